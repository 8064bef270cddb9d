/**
 * Where every zone and asset is drawn, from `model.diagram.positions` (relative to the parent
 * zone, as React Flow sub-flows expect) with a deterministic fallback for elements that have no
 * stored position: unplaced children go in a grid below placed content, unplaced top-level zones in
 * rows by Purdue level. A zone is never smaller than its content. Pure; memoised per model object in derived/model.ts.
 *
 * One module for the canvas (src/app/canvas re-exports it) and the exporters (SVG, PNG, draw.io),
 * so an exported drawing is placed exactly as the editor shows it.
 */
import { effectivePurdueLevel } from '../catalog/zone-kinds';
import { ownValue } from '../edit/own';
import type { Asset, Model, Position, Zone } from '../model/schema';

/** Sizes shared by the canvas nodes, the exporters and the fallback layout (the demo model is drawn on this grid). */
export const SIZE = {
  header: 40,
  pad: 20,
  gap: 20,
  assetWidth: 160,
  assetHeight: 56,
  zoneMinWidth: 200,
  zoneMinHeight: 116,
  newZoneWidth: 380,
  newZoneHeight: 192,
  /** A sticky note without a stored size. */
  noteWidth: 220,
  noteHeight: 120,
  rowGap: 100,
  columnGap: 100,
  grid: 4,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ZoneGeometry {
  zone: Zone;
  /** The parent actually drawn: undefined for top-level zones and for broken or cyclic parent links. */
  parentId: string | undefined;
  depth: number;
  /** Relative to the parent zone (or the canvas). */
  rel: Box;
  abs: Box;
  /** True when the position comes from the model, false when the fallback layout chose it. */
  stored: boolean;
}

export interface AssetGeometry {
  asset: Asset;
  rel: Box;
  abs: Box;
  stored: boolean;
}

export interface ViewLayout {
  /** Parents before children (depth-first), top-level zones in model order. */
  zones: readonly ZoneGeometry[];
  zone: ReadonlyMap<string, ZoneGeometry>;
  assets: readonly AssetGeometry[];
  asset: ReadonlyMap<string, AssetGeometry>;
  /** Union of all top-level zones. */
  bounds: Box;
}

export const right = (b: Box) => b.x + b.width;
export const bottom = (b: Box) => b.y + b.height;

export function union(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, right(b));
    maxY = Math.max(maxY, bottom(b));
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function contains(outer: Box, p: { x: number; y: number }): boolean {
  return p.x >= outer.x && p.x <= right(outer) && p.y >= outer.y && p.y <= bottom(outer);
}

export function containsBox(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer)
  );
}

/** The parent each zone is drawn in: an existing zone that does not lead to a cycle. */
function drawnParents(zones: readonly Zone[]): Map<string, string | undefined> {
  const byId = new Map(zones.map((z) => [z.id, z]));
  const result = new Map<string, string | undefined>();
  for (const zone of zones) {
    let parent = zone.parentId !== undefined && byId.has(zone.parentId) ? zone.parentId : undefined;
    const seen = new Set([zone.id]);
    for (let cursor = parent; cursor !== undefined; cursor = byId.get(cursor)?.parentId) {
      if (seen.has(cursor)) {
        parent = undefined;
        break;
      }
      seen.add(cursor);
    }
    result.set(zone.id, parent);
  }
  return result;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Largest `edge` of the boxes (a loop: spreading 100,000 boxes into Math.max overflows the stack). */
function maxOf(boxes: readonly Box[], edge: (b: Box) => number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const b of boxes) max = Math.max(max, edge(b));
  return max;
}

interface Measured {
  zone: Zone;
  width: number;
  height: number;
  zones: Array<{ m: Measured; x: number; y: number; stored: boolean }>;
  assets: Array<{ asset: Asset; box: Box; stored: boolean }>;
}

type Item = { kind: 'asset'; asset: Asset } | { kind: 'zone'; m: Measured };

export function computeLayout(model: Model): ViewLayout {
  // Own entries only: an element with id "constructor" has no position on Object.prototype.
  const positionOf = (id: string): Position | undefined => ownValue(model.diagram?.positions, id);
  const parents = drawnParents(model.zones);
  const childZones = new Map<string, Zone[]>();
  for (const z of model.zones) {
    const p = parents.get(z.id);
    if (p !== undefined) pushTo(childZones, p, z);
  }
  const assetsByZone = new Map<string, Asset[]>();
  for (const a of model.assets) pushTo(assetsByZone, a.zoneId, a);
  const { header, pad, gap } = SIZE;

  const measure = (zone: Zone): Measured => {
    const own = positionOf(zone.id);
    const result: Measured = { zone, width: 0, height: 0, zones: [], assets: [] };
    const placed: Box[] = [];
    const loose: Item[] = [];
    for (const asset of assetsByZone.get(zone.id) ?? []) {
      const p = positionOf(asset.id);
      if (!p) {
        loose.push({ kind: 'asset', asset });
        continue;
      }
      const box = { x: p.x, y: p.y, width: SIZE.assetWidth, height: SIZE.assetHeight };
      result.assets.push({ asset, box, stored: true });
      placed.push(box);
    }
    for (const child of childZones.get(zone.id) ?? []) {
      const m = measure(child);
      const p = positionOf(child.id);
      if (!p) {
        loose.push({ kind: 'zone', m });
        continue;
      }
      result.zones.push({ m, x: p.x, y: p.y, stored: true });
      placed.push({ x: p.x, y: p.y, width: m.width, height: m.height });
    }
    // Unplaced children: a grid below what is placed, wrapping at the zone's width.
    const looseAssets = loose.filter((l) => l.kind === 'asset').length;
    const columns = Math.max(2, Math.min(4, Math.ceil(Math.sqrt(looseAssets))));
    const wrapAt = own?.width ?? pad + columns * (SIZE.assetWidth + gap);
    let x = pad;
    let y = placed.length ? Math.max(header, maxOf(placed, bottom) + gap) : header;
    let rowHeight = 0;
    for (const item of loose) {
      const w = item.kind === 'asset' ? SIZE.assetWidth : item.m.width;
      const h = item.kind === 'asset' ? SIZE.assetHeight : item.m.height;
      if (x > pad && x + w + pad > wrapAt) {
        x = pad;
        y += rowHeight + gap;
        rowHeight = 0;
      }
      if (item.kind === 'asset')
        result.assets.push({ asset: item.asset, box: { x, y, width: w, height: h }, stored: false });
      else result.zones.push({ m: item.m, x, y, stored: false });
      placed.push({ x, y, width: w, height: h });
      x += w + gap;
      rowHeight = Math.max(rowHeight, h);
    }
    const contentRight = placed.length ? maxOf(placed, right) + pad : 0;
    const contentBottom = placed.length ? maxOf(placed, bottom) + pad : 0;
    result.width = Math.max(
      own?.width ?? (placed.length ? 0 : SIZE.newZoneWidth),
      SIZE.zoneMinWidth,
      contentRight,
    );
    result.height = Math.max(
      own?.height ?? (placed.length ? 0 : SIZE.zoneMinHeight),
      SIZE.zoneMinHeight,
      contentBottom,
    );
    return result;
  };

  const roots = model.zones.filter((z) => parents.get(z.id) === undefined).map(measure);
  const rootPlaces = new Map<string, { x: number; y: number; stored: boolean }>();
  const placedBoxes: Box[] = [];
  for (const m of roots) {
    const p = positionOf(m.zone.id);
    if (!p) continue;
    rootPlaces.set(m.zone.id, { x: p.x, y: p.y, stored: true });
    placedBoxes.push({ x: p.x, y: p.y, width: m.width, height: m.height });
  }
  const placedBounds = union(placedBoxes);
  const looseRoots = roots.filter((m) => !positionOf(m.zone.id));
  const levels = [...new Set(looseRoots.map((m) => effectivePurdueLevel(m.zone)))].sort((a, b) => b - a);
  let rowY = placedBoxes.length ? bottom(placedBounds) + SIZE.rowGap : 0;
  for (const level of levels) {
    let x = placedBoxes.length ? placedBounds.x : 0;
    let rowHeight = 0;
    for (const m of looseRoots) {
      if (effectivePurdueLevel(m.zone) !== level) continue;
      rootPlaces.set(m.zone.id, { x, y: rowY, stored: false });
      x += m.width + SIZE.columnGap;
      rowHeight = Math.max(rowHeight, m.height);
    }
    rowY += rowHeight + SIZE.rowGap;
  }

  const zones: ZoneGeometry[] = [];
  const assets: AssetGeometry[] = [];
  const place = (m: Measured, rel: Box, origin: { x: number; y: number }, depth: number, stored: boolean) => {
    const abs = { ...rel, x: origin.x + rel.x, y: origin.y + rel.y };
    zones.push({ zone: m.zone, parentId: parents.get(m.zone.id), depth, rel, abs, stored });
    for (const a of m.assets)
      assets.push({
        asset: a.asset,
        rel: a.box,
        abs: { ...a.box, x: abs.x + a.box.x, y: abs.y + a.box.y },
        stored: a.stored,
      });
    for (const c of m.zones)
      place(c.m, { x: c.x, y: c.y, width: c.m.width, height: c.m.height }, abs, depth + 1, c.stored);
  };
  for (const m of roots) {
    const p = rootPlaces.get(m.zone.id)!;
    place(m, { x: p.x, y: p.y, width: m.width, height: m.height }, { x: 0, y: 0 }, 0, p.stored);
  }
  return {
    zones,
    zone: new Map(zones.map((z) => [z.zone.id, z])),
    assets,
    asset: new Map(assets.map((a) => [a.asset.id, a])),
    bounds: union(zones.filter((z) => z.depth === 0).map((z) => z.abs)),
  };
}

/** Same zones in the same order with the same parents and Purdue levels: all the layout reads. */
function sameZoneShape(a: readonly Zone[], b: readonly Zone[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x !== y &&
      (x.id !== y.id ||
        x.parentId !== y.parentId ||
        effectivePurdueLevel(x) !== effectivePurdueLevel(y) ||
        x.kind !== y.kind)
    )
      return false;
  }
  return true;
}

/** Same assets in the same order, each in the same zone: all the layout reads. */
function sameAssetShape(a: readonly Asset[], b: readonly Asset[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.zoneId !== y.zoneId)) return false;
  }
  return true;
}

/** Elements by id, or undefined when an id repeats (then only a full layout is safe). */
function byUniqueId<T extends { id: string }>(list: readonly T[]): Map<string, T> | undefined {
  const map = new Map<string, T>();
  for (const item of list) map.set(item.id, item);
  return map.size === list.length ? map : undefined;
}

/**
 * The previous layout with the edited zone and asset objects in it, for a model whose layout
 * inputs (positions, zone tree, Purdue levels, asset membership) are unchanged: every box stays
 * where it was. Unchanged elements keep their geometry objects. Undefined when not applicable.
 */
export function relinkLayout(prev: ViewLayout, before: Model, model: Model): ViewLayout | undefined {
  if (model.diagram?.positions !== before.diagram?.positions) return undefined;
  if (!sameZoneShape(before.zones, model.zones) || !sameAssetShape(before.assets, model.assets))
    return undefined;
  let zones = prev.zones;
  let zone = prev.zone;
  if (model.zones !== before.zones) {
    const current = byUniqueId(model.zones);
    if (!current) return undefined;
    zones = prev.zones.map((g) => {
      const z = current.get(g.zone.id);
      return z && z !== g.zone ? { ...g, zone: z } : g;
    });
    zone = new Map(zones.map((g) => [g.zone.id, g]));
  }
  let assets = prev.assets;
  let asset = prev.asset;
  if (model.assets !== before.assets) {
    const current = byUniqueId(model.assets);
    if (!current) return undefined;
    assets = prev.assets.map((g) => {
      const a = current.get(g.asset.id);
      return a && a !== g.asset ? { ...g, asset: a } : g;
    });
    asset = new Map(assets.map((g) => [g.asset.id, g]));
  }
  return { zones, zone, assets, asset, bounds: prev.bounds };
}

/** The deepest zone whose box contains the point, skipping `exclude` (e.g. a dragged zone and its sub-zones). */
export function deepestZoneAt(
  layout: ViewLayout,
  point: { x: number; y: number },
  exclude?: ReadonlySet<string>,
): ZoneGeometry | undefined {
  let best: ZoneGeometry | undefined;
  for (const z of layout.zones) {
    if (exclude?.has(z.zone.id) || !contains(z.abs, point)) continue;
    if (!best || z.depth >= best.depth) best = z;
  }
  return best;
}

/** The deepest zone that fully contains the box, skipping `exclude`. */
export function deepestZoneAround(
  layout: ViewLayout,
  box: Box,
  exclude?: ReadonlySet<string>,
): ZoneGeometry | undefined {
  let best: ZoneGeometry | undefined;
  for (const z of layout.zones) {
    if (exclude?.has(z.zone.id) || !containsBox(z.abs, box)) continue;
    if (!best || z.depth >= best.depth) best = z;
  }
  return best;
}

/** Ids of a zone and every zone drawn inside it. */
export function subtreeZoneIds(layout: ViewLayout, zoneId: string): Set<string> {
  const ids = new Set([zoneId]);
  // layout.zones is parents-first, so one pass finds every descendant.
  for (const z of layout.zones) if (z.parentId !== undefined && ids.has(z.parentId)) ids.add(z.zone.id);
  return ids;
}

/** True when the boxes share area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
}

/**
 * A free spot (relative to the zone) for a new child of the given size: the first grid cell that
 * overlaps nothing, scanning rows below the header. Used by keyboard insertion.
 */
export function freeSlotInZone(layout: ViewLayout, zoneId: string, size: { width: number; height: number }) {
  const zone = layout.zone.get(zoneId);
  const taken: Box[] = [];
  for (const a of layout.assets) if (a.asset.zoneId === zoneId) taken.push(a.rel);
  for (const z of layout.zones) if (z.parentId === zoneId) taken.push(z.rel);
  const width = zone?.rel.width ?? SIZE.newZoneWidth;
  const stepX = SIZE.assetWidth + SIZE.gap;
  const stepY = SIZE.assetHeight + SIZE.gap;
  for (let y = SIZE.header; ; y += stepY) {
    for (let x = SIZE.pad; x === SIZE.pad || x + size.width + SIZE.pad <= width; x += stepX) {
      const candidate = { x, y, ...size };
      if (!taken.some((t) => overlaps(t, candidate))) return { x, y };
    }
  }
}

/** A spot for a new top-level zone: below everything drawn, left-aligned with it. */
export function belowDiagram(layout: ViewLayout): { x: number; y: number } {
  if (layout.zones.length === 0) return { x: 0, y: 0 };
  return { x: snap(layout.bounds.x), y: snap(bottom(layout.bounds) + SIZE.rowGap) };
}

/**
 * Where an element lands when it is moved into another zone without a drop point (the
 * inspector's zone field): a free spot inside that zone, as a paste or keyboard insertion places
 * a new child, or below the diagram for a zone made top-level. Its old position means nothing in
 * the new zone, which would otherwise grow to reach it. Relative to the new parent.
 */
export function slotForMove(
  layout: ViewLayout,
  id: string,
  parentId: string | undefined,
): { x: number; y: number } {
  if (parentId === undefined) return belowDiagram(layout);
  const own = layout.zone.get(id)?.rel ?? layout.asset.get(id)?.rel;
  const size = own
    ? { width: own.width, height: own.height }
    : { width: SIZE.assetWidth, height: SIZE.assetHeight };
  return freeSlotInZone(layout, parentId, size);
}

export function snap(value: number): number {
  return Math.round(value / SIZE.grid) * SIZE.grid;
}
