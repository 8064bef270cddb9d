/**
 * A free spot for a new element near where it was asked for: dropped assets and new sticky notes
 * land there instead of on top of another element (the keyboard insertion already does).
 */
import type { Box } from './geometry';

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export interface SpotOptions {
  /** Grid step of the search (the diagram's snap grid). */
  step: number;
  /** Space kept around the taken boxes. */
  gap?: number;
  /** The area the spot must stay in (its top-left), e.g. inside a zone below its header. */
  within?: { minX: number; minY: number; maxX?: number; maxY?: number };
  /** How far to search, in steps, before giving up and keeping the wanted spot. */
  maxRings?: number;
}

/** The spot nearest to `wanted` (top-left, on the grid) where `size` overlaps none of `taken`. */
export function freeSpotNear(
  taken: readonly Box[],
  size: { width: number; height: number },
  wanted: { x: number; y: number },
  options: SpotOptions,
): { x: number; y: number } {
  const { step, gap = 0, within, maxRings = 60 } = options;
  const clamp = (p: { x: number; y: number }) => ({
    x: Math.max(within?.minX ?? -Infinity, Math.min(within?.maxX ?? Infinity, p.x)),
    y: Math.max(within?.minY ?? -Infinity, Math.min(within?.maxY ?? Infinity, p.y)),
  });
  const free = (p: { x: number; y: number }) => {
    const box = { x: p.x - gap, y: p.y - gap, width: size.width + 2 * gap, height: size.height + 2 * gap };
    return !taken.some((t) => intersects(t, box));
  };
  const start = clamp({ x: Math.round(wanted.x / step) * step, y: Math.round(wanted.y / step) * step });
  if (free(start)) return start;
  for (let ring = 1; ring <= maxRings; ring++) {
    // Candidates on this ring, nearest first.
    const ringSpots: Array<{ x: number; y: number; d: number }> = [];
    for (let dx = -ring; dx <= ring; dx++)
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const p = clamp({ x: start.x + dx * step, y: start.y + dy * step });
        ringSpots.push({ ...p, d: (p.x - wanted.x) ** 2 + (p.y - wanted.y) ** 2 });
      }
    ringSpots.sort((a, b) => a.d - b.d || a.y - b.y || a.x - b.x);
    const hit = ringSpots.find(free);
    if (hit) return { x: hit.x, y: hit.y };
  }
  return start;
}
