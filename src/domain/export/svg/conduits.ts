/**
 * Conduit lines: routed orthogonally around zone and asset boxes (layout/orthogonal-route.ts),
 * drawn with a dash pattern and width per type and polygon arrowheads.
 */

import type { Box } from '../../layout/geometry';
import { SIZE } from '../../layout/geometry';
import { routeOrthogonal, type UsedSteps } from '../../layout/orthogonal-route';
import { conduitEffectiveTarget } from '../../model/derive';
import { deviceZoneIds } from '../../model/device-ends';
import type { Conduit } from '../../model/schema';
import { shortfalls } from '../../security-level';
import { worstSeverity } from '../findings';
import { num } from '../text';
import { type Ctx, colourFor, findingsNote, findingsOf, slShort } from './context';
import { borderPoint, centre, contains, enclosingZones, freeSpot, overlapArea, type Point } from './geometry';
import { tag, titleEl } from './markup';

export const CONDUIT_TYPE_LABEL: Record<Conduit['type'], string> = {
  filtering: 'Filtering',
  gateway: 'Gateway',
  unidirectional: 'Unidirectional',
};

/** Dash pattern and width per conduit type, so the type reads without colour. */
export const CONDUIT_STROKE: Record<Conduit['type'], { dash?: string; width: number }> = {
  filtering: { width: 2 },
  gateway: { dash: '7 4', width: 2 },
  unidirectional: { width: 3 },
};

export interface ConduitPath {
  points: Point[];
  arrowAtEnd: boolean;
  arrowAtStart: boolean;
}

export interface ConduitGeometry {
  conduit: Conduit;
  /** Polylines drawn: one between two zones, or one spoke per zone from the hub. */
  paths: ConduitPath[];
  /** The hub of a conduit joining three or more zones (its label goes there). */
  hub?: Point;
}

/**
 * The zones and cards a conduit's route keeps clear of: every zone that is neither one of its
 * zones nor encloses one (only the outermost such: a zone covers its content), and the cards in
 * the zones it runs inside.
 */
export function routeObstacles(ctx: Ctx, conduit: Conduit, around: ReadonlySet<string>): Box[] {
  const ends = new Set(conduit.zoneIds);
  const out: Box[] = [];
  for (const z of ctx.layout.zones) {
    if (ends.has(z.zone.id) || around.has(z.zone.id)) continue;
    if (z.parentId === undefined || around.has(z.parentId)) out.push(z.abs);
  }
  for (const a of ctx.layout.assets) if (around.has(a.asset.zoneId)) out.push(a.abs);
  return out;
}

/**
 * From a nested zone to the ancestor that contains it: a vertical segment through the larger free
 * band, above the nested zone (up to the ancestor's header) or below it (down to its bottom edge).
 */
function nestedSegment(ctx: Ctx, outer: Box, inner: Box): [outerEnd: Point, innerEnd: Point] {
  const x = inner.x + inner.width / 2;
  const above: [Point, Point] = [
    { x, y: outer.y + SIZE.header },
    { x, y: inner.y },
  ];
  const below: [Point, Point] = [
    { x, y: outer.y + outer.height },
    { x, y: inner.y + inner.height },
  ];
  const clear = ([p, q]: [Point, Point]) => {
    const top = Math.min(p.y, q.y);
    const end = Math.max(p.y, q.y);
    return !ctx.obstacles.near({ x, y: top, width: 0, height: end - top }).some((i) => {
      const o = ctx.obstacles.items[i]!;
      return o.kind === 'card' && x > o.x && x < o.x + o.width && top < o.y + o.height && end > o.y;
    });
  };
  const length = ([p, q]: [Point, Point]) => Math.abs(q.y - p.y);
  const candidates = [above, below].sort(
    (m, n) => Number(clear(n)) - Number(clear(m)) || length(n) - length(m),
  );
  return candidates[0]!;
}

/** A straight segment between two boxes' borders (the fallback when no route exists). */
const straight = (a: Box, b: Box): Point[] => [borderPoint(a, centre(b)), borderPoint(b, centre(a))];

/**
 * The conduit's lines. `used` collects the grid steps routes have taken so far, so later routes
 * prefer other channels over running on top of earlier ones (order: model order, so the drawing
 * stays deterministic).
 */
export function conduitGeometry(
  ctx: Ctx,
  conduit: Conduit,
  hubSize: { width: number; height: number },
  used: UsedSteps,
): ConduitGeometry | undefined {
  const boxes = conduit.zoneIds.map((id) => ctx.layout.zone.get(id)?.abs);
  if (boxes.some((b) => b === undefined) || boxes.length < 2) return undefined;
  const zones = boxes as Box[];
  const oneWay = conduit.type === 'unidirectional' || conduit.direction === 'forward';
  const around = enclosingZones(ctx.layout, conduit);
  if (zones.length === 2) {
    const [a, b] = zones as [Box, Box];
    let points: Point[];
    if (contains(a, b)) points = nestedSegment(ctx, a, b);
    else if (contains(b, a)) points = nestedSegment(ctx, b, a).reverse();
    else
      points =
        routeOrthogonal({ box: a }, { box: b }, routeObstacles(ctx, conduit, around), { used }) ??
        straight(a, b);
    return { conduit, paths: [{ points, arrowAtEnd: true, arrowAtStart: !oneWay }] };
  }
  // Three or more zones: spokes from a hub near the centroid of the zones' centres, moved to the
  // nearest spot where its label covers no zone or card (as the canvas places its junction).
  const centres = zones.map(centre);
  const centroid = {
    x: centres.reduce((s, p) => s + p.x, 0) / centres.length,
    y: centres.reduce((s, p) => s + p.y, 0) / centres.length,
  };
  const hub =
    freeSpot(centroid, hubSize, (box) =>
      ctx.obstacles.near(box).some((i) => {
        const o = ctx.obstacles.items[i]!;
        return !(o.kind === 'zone' && around.has(o.zoneId!)) && overlapArea(box, o) > 0;
      }),
    ) ?? centroid;
  const obstacles = routeObstacles(ctx, conduit, around);
  return {
    conduit,
    hub,
    paths: zones.map((b, i) => ({
      points: routeOrthogonal({ point: hub }, { box: b }, obstacles, { used }) ?? [hub, borderPoint(b, hub)],
      // forward: zoneIds[0] sends to the others; the first spoke points away from its zone.
      arrowAtEnd: !oneWay || i > 0,
      arrowAtStart: false,
    })),
  };
}

/**
 * Centres of the security device marks of a conduit (conduit.deviceAt): on its line, 20 px in from
 * the border of each zone that holds the device. Two-zone paths run zoneIds[0] → zoneIds[1]; hub
 * spokes run from the hub to zone i.
 */
export function deviceSpots(g: ConduitGeometry): Point[] {
  const devices = deviceZoneIds(g.conduit);
  if (devices.length === 0) return [];
  const spot = (at: Point, toward: Point): Point => {
    const len = Math.hypot(toward.x - at.x, toward.y - at.y) || 1;
    const step = Math.min(20, len / 2);
    return { x: at.x + ((toward.x - at.x) / len) * step, y: at.y + ((toward.y - at.y) / len) * step };
  };
  const spots: Point[] = [];
  g.paths.forEach((p, i) => {
    const pts = p.points;
    if (pts.length < 2) return;
    const end = () => spot(pts[pts.length - 1]!, pts[pts.length - 2]!);
    if (g.hub) {
      if (devices.includes(g.conduit.zoneIds[i]!)) spots.push(end());
      return;
    }
    if (devices.includes(g.conduit.zoneIds[0]!)) spots.push(spot(pts[0]!, pts[1]!));
    if (devices.includes(g.conduit.zoneIds[1]!)) spots.push(end());
  });
  return spots;
}

/** A security device (firewall, diode, gateway) drawn as a small brick-walled box near a zone's border. */
export function deviceMark(spot: Point, colour: string, ctx: Ctx): string {
  const x = spot.x - 8;
  const y = spot.y - 6.5;
  const bricks = [
    `M${num(x)} ${num(y + 4.3)}h16`,
    `M${num(x)} ${num(y + 8.7)}h16`,
    `M${num(x + 8)} ${num(y)}v4.3`,
    `M${num(x + 4)} ${num(y + 4.3)}v4.4`,
    `M${num(x + 12)} ${num(y + 4.3)}v4.4`,
    `M${num(x + 8)} ${num(y + 8.7)}v4.3`,
  ].join('');
  return tag(
    'g',
    { class: 'device' },
    tag('rect', {
      x: num(x),
      y: num(y),
      width: 16,
      height: 13,
      rx: 2,
      fill: ctx.theme.card,
      stroke: colour,
      'stroke-width': 1.6,
    }),
    tag('path', { d: bricks, fill: 'none', stroke: colour, 'stroke-width': 1.1 }),
  );
}

export function arrowhead(from: Point, to: Point, colour: string): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = 11;
  const back = { x: to.x - ux * size, y: to.y - uy * size };
  const left = { x: back.x - uy * size * 0.5, y: back.y + ux * size * 0.5 };
  const right = { x: back.x + uy * size * 0.5, y: back.y - ux * size * 0.5 };
  return tag('polygon', {
    points: [to, left, right].map((p) => `${num(p.x)},${num(p.y)}`).join(' '),
    fill: colour,
  });
}

export function conduitColour(ctx: Ctx, conduit: Conduit): string {
  const own = colourFor(ctx, conduit.id);
  if (own) return own;
  if (!ctx.evaluation) return ctx.theme.conduit;
  return ctx.theme.severity[worstSeverity(findingsOf(ctx, conduit.id)) ?? 'ok'];
}

export function conduitBadge(ctx: Ctx, conduit: Conduit): { label: string; short: boolean } {
  const target = conduitEffectiveTarget(conduit, ctx.index);
  const capability = conduit.slCapability;
  const short = target !== undefined && capability !== undefined && shortfalls(capability, target).length > 0;
  return { label: `SL-T ${slShort(target)} · SL-C ${slShort(capability)}`, short };
}

export function conduitTooltip(ctx: Ctx, conduit: Conduit): string {
  const zones = conduit.zoneIds.map((id) => ctx.index.zone.get(id)?.name ?? id);
  const arrow = conduit.type === 'unidirectional' || conduit.direction === 'forward' ? ' → ' : ' ↔ ';
  return `${conduit.name} — ${CONDUIT_TYPE_LABEL[conduit.type]}: ${zones.join(arrow)}; ${conduitBadge(ctx, conduit).label}${findingsNote(findingsOf(ctx, conduit.id))}`;
}

/** The polyline as "x,y x,y …". */
const pointList = (points: readonly Point[]) => points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');

export function drawConduitLine(ctx: Ctx, g: ConduitGeometry): string {
  const colour = conduitColour(ctx, g.conduit);
  const stroke = CONDUIT_STROKE[g.conduit.type];
  const parts: string[] = [titleEl(conduitTooltip(ctx, g.conduit))];
  for (const p of g.paths) {
    const pts = p.points;
    if (pts.length < 2) continue;
    parts.push(
      tag('polyline', {
        points: pointList(pts),
        fill: 'none',
        stroke: colour,
        'stroke-width': stroke.width,
        'stroke-dasharray': stroke.dash,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    );
    if (p.arrowAtEnd) parts.push(arrowhead(pts[pts.length - 2]!, pts[pts.length - 1]!, colour));
    if (p.arrowAtStart) parts.push(arrowhead(pts[1]!, pts[0]!, colour));
  }
  if (g.hub) parts.push(tag('circle', { cx: g.hub.x, cy: g.hub.y, r: 4, fill: colour }));
  // Security device marks where the conduit meets the zone(s) holding the device.
  for (const spot of deviceSpots(g)) parts.push(deviceMark(spot, colour, ctx));
  return tag('g', {}, ...parts);
}
