/**
 * Where a diagram opens. Normally the whole drawing is fitted into view. The demo shown on first
 * start is too large to read when fitted on a laptop (39 % zoom, its welcome note a blur), so it
 * opens at a readable zoom with its welcome note near the top left (its first sticky note), which the demo
 * places beside the control level and its findings; "Fit to view" still shows all of it.
 */

import { stickyPlacements } from '../../domain/layout/sticky-notes';
import type { Model } from '../../domain/model/schema';
import { type Box, layoutFor, union } from './geometry';

/** Zoom at which sticky-note text (14 px) and asset names stay legible. */
export const READABLE_ZOOM = 0.85;

/** Models that open on their welcome note (by identity: the demo as boot loads it). */
const welcoming = new WeakSet<Model>();

/** Opens `model` on its welcome note rather than fitted (boot does this for the demo). */
export function openOnWelcome(model: Model): Model {
  welcoming.add(model);
  return model;
}

interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Start of the `view`-long window on one axis: the note a little in from the start (`lead` of
 * the window before it, so the diagram beside and below it shows), kept within the drawing
 * `[start, start + size]` when the drawing is the larger.
 */
function axis(note: number, lead: number, start: number, size: number, view: number): number {
  if (size <= view) return start + size / 2 - view / 2;
  return Math.min(Math.max(note - lead * view, start), start + size - view);
}

/**
 * The welcome view for a canvas of `width`×`height` px when `model` opens on its welcome note and
 * `fitted` (the whole drawing) would be smaller than readable; null to keep the fitted view.
 */
export function welcomeViewport(
  model: Model,
  drawing: Box,
  width: number,
  height: number,
  fitted: Viewport,
): Viewport | null {
  if (!welcoming.has(model) || fitted.zoom >= READABLE_ZOOM) return null;
  const note = stickyPlacements(model, layoutFor(model))[0]?.box;
  if (!note) return null;
  const zoom = READABLE_ZOOM;
  const all = union([drawing, note]);
  const x = axis(note.x, 0.1, all.x, all.width, width / zoom);
  const y = axis(note.y, 0.2, all.y, all.height, height / zoom);
  return { x: -x * zoom, y: -y * zoom, zoom };
}
