/**
 * The order in which presentation mode walks the diagram: zones in reading order (top to bottom,
 * then left to right, so a Purdue layout is presented from the enterprise down to the field),
 * then conduits in the order of their midpoints. Pure.
 */

import type { Model } from '../../domain/model/schema';
import type { Box, ViewLayout } from '../canvas/geometry';
import { union } from '../canvas/geometry';

export interface PresentationStep {
  kind: 'zone' | 'conduit';
  id: string;
  /** What to frame on the canvas. */
  box: Box;
}

const readingOrder = (a: { y: number; x: number }, b: { y: number; x: number }) =>
  Math.round(a.y / 40) - Math.round(b.y / 40) || a.x - b.x;

export function presentationSteps(model: Model, layout: ViewLayout): PresentationStep[] {
  const zones = layout.zones
    .map((g) => ({ kind: 'zone' as const, id: g.zone.id, box: g.abs, x: g.abs.x, y: g.abs.y }))
    .sort(readingOrder);
  const conduits = model.conduits
    .map((c) => {
      const boxes = c.zoneIds.flatMap((z) => layout.zone.get(z)?.abs ?? []);
      if (boxes.length === 0) return null;
      const box = union(boxes);
      return { kind: 'conduit' as const, id: c.id, box, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    })
    .filter((s) => s !== null)
    .sort(readingOrder);
  return [...zones, ...conduits].map(({ kind, id, box }) => ({ kind, id, box }));
}
