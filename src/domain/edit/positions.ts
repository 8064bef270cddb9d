/**
 * Diagram positions (`model.diagram.positions`). Positions are relative to the parent zone (assets
 * to their zone, nested zones to their parent), as in React Flow sub-flows and the exporters.
 * Moving a box changes only the diagram section, never the semantic part of the model.
 */
import type { Model, Position } from '../model/schema';
import { ownValue } from './own';

export interface Point {
  x: number;
  y: number;
}

export function positionOf(model: Model, id: string): Position | undefined {
  return ownValue(model.diagram?.positions, id);
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** Whole pixels; a size stays at least 1 (the format wants sizes above 0, and 0.4 would round to 0). */
function rounded(p: Position): Position {
  const r: Position = { x: Math.round(p.x), y: Math.round(p.y) };
  if (p.width !== undefined) r.width = Math.max(1, Math.round(p.width));
  if (p.height !== undefined) r.height = Math.max(1, Math.round(p.height));
  return r;
}

/**
 * Sets (or with `undefined`, removes) whole positions. Coordinates are rounded to whole pixels so
 * files stay readable. Returns the same model when nothing changes.
 */
export function setPositions(model: Model, updates: Readonly<Record<string, Position | undefined>>): Model {
  const current = model.diagram?.positions ?? {};
  let next: Record<string, Position> | undefined;
  for (const [id, value] of Object.entries(updates)) {
    const target = value === undefined ? undefined : rounded(value);
    if (samePosition(ownValue(current, id), target)) continue;
    next ??= { ...current };
    if (target === undefined) delete next[id];
    else next[id] = target;
  }
  if (!next) return model;
  return { ...model, diagram: { ...model.diagram, positions: next } };
}

/** Moves elements to new x/y, keeping any stored width/height. */
export function moveElements(model: Model, moves: Readonly<Record<string, Point>>): Model {
  const current = model.diagram?.positions ?? {};
  const updates: Record<string, Position> = {};
  for (const [id, p] of Object.entries(moves)) updates[id] = { ...ownValue(current, id), x: p.x, y: p.y };
  return setPositions(model, updates);
}

/** Removes the positions of the given ids (elements that were deleted). */
export function removePositions(model: Model, ids: Iterable<string>): Model {
  const updates: Record<string, undefined> = {};
  for (const id of ids) updates[id] = undefined;
  return setPositions(model, updates);
}

/**
 * Stores x/y for elements that have no stored position yet, taken from the layout the user sees.
 * Called before an edit on the canvas, so that elements placed by the automatic fallback layout
 * stay where they are instead of jumping when their neighbours get explicit positions.
 */
export function pinPositions(model: Model, shown: Iterable<{ id: string } & Point>): Model {
  const current = model.diagram?.positions ?? {};
  const updates: Record<string, Position> = {};
  for (const { id, x, y } of shown) if (!ownValue(current, id)) updates[id] = { x, y };
  return setPositions(model, updates);
}
