/**
 * Where conduit labels and junctions go so they do not sit on top of zones they do not belong
 * to: label positions along the line, junctions nudged out of foreign zones. Uses the layout (not
 * live drag positions); labels keep their fraction along the line while zones are dragged.
 */
import { floatingSegment } from './edges/floating';
import type { Box, ViewLayout } from './geometry';

/** Boxes closer than this count as touching. */
export const HIT_MARGIN = 6;
const MARGIN = HIT_MARGIN;

function hits(box: Box, obstacles: readonly Box[]): boolean {
  return obstacles.some(
    (o) =>
      box.x < o.x + o.width + MARGIN &&
      o.x - MARGIN < box.x + box.width &&
      box.y < o.y + o.height + MARGIN &&
      o.y - MARGIN < box.y + box.height,
  );
}

/** The zone and its ancestors. */
function withAncestors(layout: ViewLayout, zoneId: string): string[] {
  const ids: string[] = [];
  for (
    let id: string | undefined = zoneId;
    id !== undefined && !ids.includes(id);
    id = layout.zone.get(id)?.parentId
  )
    ids.push(id);
  return ids;
}

/** Zone boxes a conduit's line may cross: its own zones and all their ancestors. */
export function lineObstacles(layout: ViewLayout, zoneIds: readonly string[]): Box[] {
  const own = new Set(zoneIds.flatMap((z) => withAncestors(layout, z)));
  return layout.zones.filter((z) => !own.has(z.zone.id)).map((z) => z.abs);
}

/** Zone boxes to keep clear of entirely: everything except the conduit's own zones. */
export function strictObstacles(layout: ViewLayout, zoneIds: readonly string[]): Box[] {
  const own = new Set(zoneIds);
  return layout.zones.filter((z) => !own.has(z.zone.id)).map((z) => z.abs);
}

/** Zone boxes a junction must stay out of: every zone except ancestors shared by all of its zones. */
export function junctionObstacles(layout: ViewLayout, zoneIds: readonly string[]): Box[] {
  const [first, ...rest] = zoneIds.map((z) => new Set(withAncestors(layout, z).slice(1)));
  const shared = new Set([...(first ?? [])].filter((id) => rest.every((s) => s.has(id))));
  return layout.zones.filter((z) => !shared.has(z.zone.id)).map((z) => z.abs);
}

/** Estimated size of a conduit label (text is small and truncated at 220px). */
export function labelSize(name: string): { width: number; height: number } {
  return { width: Math.min(220, 70 + name.length * 6), height: 22 };
}

/** Spots along the line tried for a label, best first. */
export const FRACTIONS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];

/** Asset cards: a label or junction on one would hide its name and its finding badge. */
export function assetObstacles(layout: ViewLayout): Box[] {
  return layout.assets.map((a) => a.abs);
}

/**
 * Fraction along the line between the two zones where the label overlaps nothing in the first
 * list of obstacles, else nothing in the next, and so on (0.5 when every spot is covered). The
 * canvas asks for: no foreign zone nor asset card; else no zone the line need not cross nor asset
 * card; else no zone the line need not cross.
 */
export function labelFraction(
  a: Box,
  b: Box,
  label: { width: number; height: number },
  ...tiers: ReadonlyArray<readonly Box[]>
): number {
  const s = floatingSegment(a, b);
  for (const obstacles of tiers)
    for (const t of FRACTIONS) {
      const x = s.sx + (s.tx - s.sx) * t;
      const y = s.sy + (s.ty - s.sy) * t;
      if (!hits({ x: x - label.width / 2, y: y - label.height / 2, ...label }, obstacles)) return t;
    }
  return 0.5;
}

/** The box a label occupies at fraction `t` of the line between two zones. */
export function labelBox(a: Box, b: Box, t: number, label: { width: number; height: number }): Box {
  const s = floatingSegment(a, b);
  const x = s.sx + (s.tx - s.sx) * t;
  const y = s.sy + (s.ty - s.sy) * t;
  return { x: x - label.width / 2, y: y - label.height / 2, ...label };
}

/**
 * A junction position near `centre` whose dot and label (below it) overlap no foreign zone:
 * the centre itself when free, else the nearest free point on growing rings around it.
 */
export function junctionPlace(
  centre: { x: number; y: number },
  dot: number,
  label: { width: number; height: number },
  obstacles: readonly Box[],
): { x: number; y: number } {
  const footprint = (p: { x: number; y: number }): Box => ({
    x: p.x - Math.max(dot, label.width) / 2,
    y: p.y - dot / 2,
    width: Math.max(dot, label.width),
    height: dot + 4 + label.height,
  });
  if (!hits(footprint(centre), obstacles)) return centre;
  for (let r = 20; r <= 600; r += 20) {
    const steps = Math.max(8, Math.round(r / 10));
    let best: { x: number; y: number } | undefined;
    for (let i = 0; i < steps; i++) {
      const angle = (i / steps) * 2 * Math.PI - Math.PI / 2;
      const p = { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
      if (!hits(footprint(p), obstacles)) {
        best = p;
        break;
      }
    }
    if (best) return { x: Math.round(best.x), y: Math.round(best.y) };
  }
  return centre;
}
