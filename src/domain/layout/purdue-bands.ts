/**
 * Purdue bands: optional horizontal bands behind the diagram (diagram.purdueBands holds their six
 * edges), one per group of Purdue levels. A zone is "in" the band holding the centre of its box;
 * a zone dropped in a band is offered the band's level, and a zone whose level the band does not
 * cover gets an info finding (rules/zone-outside-purdue-band.ts).
 */
import { effectivePurdueLevel, type PurdueLevel } from '../catalog/zone-kinds';
import type { Model, Zone } from '../model/schema';
import type { Box } from './geometry';

export interface PurdueBand {
  label: string;
  levels: readonly PurdueLevel[];
  /** The level a zone dropped in this band is given when its kind's default is not in the band. */
  suggested: PurdueLevel;
}

export const PURDUE_BANDS: readonly PurdueBand[] = [
  { label: 'Levels 5–4 · Enterprise', levels: [5, 4], suggested: 4 },
  { label: 'Level 3.5 · Industrial DMZ', levels: [3.5], suggested: 3.5 },
  { label: 'Level 3 · Site operations', levels: [3], suggested: 3 },
  { label: 'Level 2 · Supervisory control', levels: [2], suggested: 2 },
  { label: 'Levels 1–0 · Basic control and process', levels: [1, 0], suggested: 1 },
];

/** Smallest band height when dividers are dragged or bands are first laid out. */
export const MIN_BAND_HEIGHT = 60;

export function bandEdges(model: Model): readonly number[] | undefined {
  return model.diagram?.purdueBands;
}

/** Index of the band holding y, or undefined when y is above the first or below the last edge. */
export function bandAt(edges: readonly number[], y: number): number | undefined {
  for (let i = 0; i < edges.length - 1; i++) if (y >= edges[i]! && y < edges[i + 1]!) return i;
  return undefined;
}

export function bandOfBox(edges: readonly number[], box: Box): number | undefined {
  return bandAt(edges, box.y + box.height / 2);
}

/** The level to give a zone of this kind dropped at y: undefined when the kind's default fits the band. */
export function suggestedLevel(
  edges: readonly number[],
  y: number,
  zone: Pick<Zone, 'kind' | 'purdueLevel'>,
): PurdueLevel | undefined {
  const band = bandAt(edges, y);
  if (band === undefined) return undefined;
  const info = PURDUE_BANDS[band]!;
  return info.levels.includes(effectivePurdueLevel(zone)) ? undefined : info.suggested;
}

/** True when the zone's (effective) level is one the band covers. */
export function levelFitsBand(zone: Zone, band: number): boolean {
  return PURDUE_BANDS[band]?.levels.includes(effectivePurdueLevel(zone)) ?? true;
}

/**
 * First band edges for a diagram: each band spans the top-level zones of its levels where there
 * are any (so the bands start out agreeing with the drawing), evenly spread otherwise.
 */
export function initialBandEdges(
  zones: readonly { zone: Zone; abs: Box; depth: number }[],
  bounds: Box,
): number[] {
  const top = bounds.y - 40;
  const height = Math.max(bounds.height + 80, MIN_BAND_HEIGHT * PURDUE_BANDS.length);
  const even = PURDUE_BANDS.map((_, i) => top + (height * i) / PURDUE_BANDS.length);
  // Per band, the lowest top edge of its top-level zones.
  const starts = PURDUE_BANDS.map((band) => {
    const ys = zones
      .filter((z) => z.depth === 0 && band.levels.includes(effectivePurdueLevel(z.zone)))
      .map((z) => z.abs.y);
    return ys.length ? Math.min(...ys) - 32 : undefined;
  });
  const edges = [top];
  for (let i = 1; i < PURDUE_BANDS.length; i++) {
    const wanted = starts[i] ?? even[i]!;
    edges.push(Math.max(wanted, edges[i - 1]! + MIN_BAND_HEIGHT));
  }
  edges.push(Math.max(top + height, edges[edges.length - 1]! + MIN_BAND_HEIGHT));
  return edges.map(Math.round);
}

/** Moves divider `i` (1..4, an inner edge) to y, keeping every band at least MIN_BAND_HEIGHT tall. */
export function moveDivider(edges: readonly number[], i: number, y: number): number[] {
  const next = [...edges];
  if (i <= 0 || i >= edges.length) return next;
  const min = i > 0 ? edges[i - 1]! + MIN_BAND_HEIGHT : Number.NEGATIVE_INFINITY;
  const max = i < edges.length - 1 ? edges[i + 1]! - MIN_BAND_HEIGHT : Number.POSITIVE_INFINITY;
  next[i] = Math.round(Math.min(Math.max(y, min), max));
  return next;
}
