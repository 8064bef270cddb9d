/**
 * Plane geometry of the drawing: points and boxes, and the obstacles (asset cards, zone headers and
 * bodies) that conduit lines, hubs and labels keep clear of.
 */
import { BoxGrid } from '../../layout/box-grid';
import type { DiagramLayout } from '../../layout/diagram';
import { type Box, SIZE } from '../../layout/geometry';
import type { Point } from '../../layout/orthogonal-route';
import type { Conduit } from '../../model/schema';

export type { Point };

export const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where the ray from the box's centre towards `toward` leaves the box. */
export function borderPoint(b: Box, toward: Point): Point {
  const c = centre(b);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return { x: c.x, y: b.y };
  const tx = dx === 0 ? Number.POSITIVE_INFINITY : b.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Number.POSITIVE_INFINITY : b.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

export const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * What conduit lines, hubs and labels avoid, each with the weight a label pays per square pixel of
 * it covered: asset cards, zone headers and zone bodies (a label may sit on the body of a zone the
 * conduit runs inside). In that order, so sums over a look-up add up exactly as a full scan would.
 */
export interface Obstacle extends Box {
  kind: 'card' | 'header' | 'zone';
  weight: number;
  /** The zone, for headers and bodies; the asset's zone for cards. */
  zoneId?: string;
}
export type Obstacles = BoxGrid<Obstacle>;

export function obstacleGrid(layout: DiagramLayout): Obstacles {
  const grid = new BoxGrid<Obstacle>();
  for (const a of layout.assets) grid.add({ ...a.abs, kind: 'card', weight: 2, zoneId: a.asset.zoneId });
  for (const z of layout.zones)
    grid.add({ ...z.abs, height: SIZE.header, kind: 'header', weight: 1.5, zoneId: z.zone.id });
  for (const z of layout.zones) grid.add({ ...z.abs, kind: 'zone', weight: 1, zoneId: z.zone.id });
  return grid;
}

/** Zones that hold one of the conduit's zones: the conduit runs inside them, labels may too. */
export function enclosingZones(layout: DiagramLayout, conduit: Conduit): Set<string> {
  const around = new Set<string>();
  for (const id of conduit.zoneIds)
    for (let p = layout.zone.get(id)?.parentId; p !== undefined; p = layout.zone.get(p)?.parentId) {
      if (around.has(p)) break;
      around.add(p);
    }
  return around;
}

/**
 * The point nearest `start` (on growing circles) where a box of `size` hits nothing `blocked`
 * says it hits.
 */
export function freeSpot(
  start: Point,
  size: { width: number; height: number },
  blocked: (box: Box) => boolean,
  maxRadius = 600,
): Point | undefined {
  const boxAt = (p: Point) => ({
    x: p.x - size.width / 2 - 6,
    y: p.y - size.height / 2 - 6,
    width: size.width + 12,
    height: size.height + 12,
  });
  if (!blocked(boxAt(start))) return start;
  for (let r = 20; r <= maxRadius; r += 20) {
    const steps = Math.max(8, Math.round(r / 10));
    for (let i = 0; i < steps; i++) {
      const angle = (i / steps) * 2 * Math.PI - Math.PI / 2;
      const p = {
        x: Math.round(start.x + r * Math.cos(angle)),
        y: Math.round(start.y + r * Math.sin(angle)),
      };
      if (!blocked(boxAt(p))) return p;
    }
  }
  return undefined;
}
