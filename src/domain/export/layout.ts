/**
 * Geometry of the diagram for exporters, from `model.diagram.positions`. As in the editor (React
 * Flow sub-flows), an asset's position is relative to its zone and a nested zone's position is
 * relative to its parent zone. Elements without a position get a deterministic fallback place, so
 * a model written by hand or by a script still exports as a readable drawing:
 * - top-level zones are stacked in rows by Purdue level, highest (enterprise) at the top, below
 *   whatever is already placed;
 * - assets and nested zones are laid out in a grid inside their zone, below placed content;
 * - a zone grows (never shrinks) so that everything in it stays inside.
 *
 * This mirrors the canvas (src/app/canvas/geometry.ts: same sizes, same fallback) so that an export
 * looks like the editor. The app's module cannot be imported here (the domain has no app code).
 */
import { effectivePurdueLevel } from '../catalog/zone-kinds';
import { buildIndex } from '../model/derive';
import type { Asset, Model, Note, Position, Zone } from '../model/schema';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const SIZES = {
  zoneHeader: 40,
  zonePadding: 20,
  zoneMinWidth: 200,
  zoneMinHeight: 116,
  /** Size of a zone that has no stored size and no content. */
  newZoneWidth: 380,
  assetWidth: 160,
  assetHeight: 56,
  noteWidth: 200,
  noteHeight: 96,
  gap: 20,
  rowGap: 100,
  columnGap: 100,
} as const;

export interface ZoneBox {
  zone: Zone;
  /** Position relative to the parent zone (or the canvas for top-level zones). */
  rel: Box;
  abs: Box;
  /** The parent actually used: undefined for top-level zones (and for broken parent links). */
  parentId: string | undefined;
  depth: number;
}
export interface AssetBox {
  asset: Asset;
  rel: Box;
  abs: Box;
}
export interface NoteBox {
  note: Note;
  abs: Box;
}

export interface DiagramLayout {
  /** Parents before their children, then model order. */
  zones: ZoneBox[];
  zoneById: ReadonlyMap<string, ZoneBox>;
  assets: AssetBox[];
  /** Sticky notes (notes without a target). */
  notes: NoteBox[];
  /** Union of everything drawn; empty models give a zero box at the origin. */
  bounds: Box;
}

interface Measured {
  zone: Zone;
  width: number;
  height: number;
  /** Child zones and assets with their positions relative to this zone. */
  childZones: Array<{ measured: Measured; x: number; y: number }>;
  assets: Array<{ asset: Asset; box: Box }>;
}

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;

export function union(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map(right));
  const maxY = Math.max(...boxes.map(bottom));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The parent a zone is drawn in: only an existing zone, and never one that leads to a cycle. */
function effectiveParents(zones: readonly Zone[]): Map<string, string | undefined> {
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

export function layoutDiagram(model: Model): DiagramLayout {
  const stored: Readonly<Record<string, Position>> = model.diagram?.positions ?? {};
  // Own keys only: an element whose id is "constructor" or "toString" has no inherited position.
  const positionOf = (id: string): Position | undefined =>
    Object.hasOwn(stored, id) ? stored[id] : undefined;
  const index = buildIndex(model);
  const parents = effectiveParents(model.zones);
  const children = new Map<string, Zone[]>();
  for (const zone of model.zones) {
    const parent = parents.get(zone.id);
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(zone);
    else children.set(parent, [zone]);
  }
  const { zoneHeader, zonePadding: pad, gap } = SIZES;

  const measure = (zone: Zone): Measured => {
    const pos = positionOf(zone.id);
    const childZones: Measured['childZones'] = [];
    const assets: Measured['assets'] = [];
    const placed: Box[] = [];
    const loose: Array<{ kind: 'asset'; asset: Asset } | { kind: 'zone'; measured: Measured }> = [];

    // Asset cards have one size on the canvas, whatever the file says.
    for (const asset of index.assetsByZone.get(zone.id) ?? []) {
      const p = positionOf(asset.id);
      if (p) {
        const box = { x: p.x, y: p.y, width: SIZES.assetWidth, height: SIZES.assetHeight };
        assets.push({ asset, box });
        placed.push(box);
      } else loose.push({ kind: 'asset', asset });
    }
    for (const child of children.get(zone.id) ?? []) {
      const measured = measure(child);
      const p = positionOf(child.id);
      if (p) {
        childZones.push({ measured, x: p.x, y: p.y });
        placed.push({ x: p.x, y: p.y, width: measured.width, height: measured.height });
      } else loose.push({ kind: 'zone', measured });
    }

    // Unplaced children: a grid below placed content, wrapping at the zone's width (stored, or one
    // that makes the grid of assets roughly square).
    const looseAssets = loose.filter((l) => l.kind === 'asset').length;
    const columns = Math.max(2, Math.min(4, Math.ceil(Math.sqrt(looseAssets))));
    const wrapAt = pos?.width ?? pad + columns * (SIZES.assetWidth + gap);
    let x = pad;
    let y = placed.length ? Math.max(zoneHeader, Math.max(...placed.map(bottom)) + gap) : zoneHeader;
    let rowHeight = 0;
    for (const item of loose) {
      const width = item.kind === 'asset' ? SIZES.assetWidth : item.measured.width;
      const height = item.kind === 'asset' ? SIZES.assetHeight : item.measured.height;
      if (x > pad && x + width + pad > wrapAt) {
        x = pad;
        y += rowHeight + gap;
        rowHeight = 0;
      }
      if (item.kind === 'asset') assets.push({ asset: item.asset, box: { x, y, width, height } });
      else childZones.push({ measured: item.measured, x, y });
      placed.push({ x, y, width, height });
      x += width + gap;
      rowHeight = Math.max(rowHeight, height);
    }

    const contentRight = placed.length ? Math.max(...placed.map(right)) + pad : 0;
    const contentBottom = placed.length ? Math.max(...placed.map(bottom)) + pad : 0;
    return {
      zone,
      width: Math.max(
        pos?.width ?? (placed.length ? 0 : SIZES.newZoneWidth),
        SIZES.zoneMinWidth,
        contentRight,
      ),
      height: Math.max(
        pos?.height ?? (placed.length ? 0 : SIZES.zoneMinHeight),
        SIZES.zoneMinHeight,
        contentBottom,
      ),
      childZones,
      assets,
    };
  };

  const roots = model.zones.filter((z) => parents.get(z.id) === undefined).map(measure);
  const rootPlaces: Array<{ measured: Measured; x: number; y: number }> = [];
  const placedRoots = roots.filter((m) => positionOf(m.zone.id));
  for (const m of placedRoots) {
    const p = positionOf(m.zone.id)!;
    rootPlaces.push({ measured: m, x: p.x, y: p.y });
  }
  const placedBounds = union(
    rootPlaces.map((r) => ({ x: r.x, y: r.y, width: r.measured.width, height: r.measured.height })),
  );

  // Unplaced top-level zones: one row per Purdue level, enterprise and external at the top.
  const looseRoots = roots.filter((m) => !positionOf(m.zone.id));
  const levels = [...new Set(looseRoots.map((m) => effectivePurdueLevel(m.zone)))].sort((a, b) => b - a);
  let rowY = rootPlaces.length ? bottom(placedBounds) + SIZES.rowGap : 0;
  for (const level of levels) {
    let x = rootPlaces.length ? placedBounds.x : 0;
    let rowHeight = 0;
    for (const m of looseRoots.filter((r) => effectivePurdueLevel(r.zone) === level)) {
      rootPlaces.push({ measured: m, x, y: rowY });
      x += m.width + SIZES.columnGap;
      rowHeight = Math.max(rowHeight, m.height);
    }
    rowY += rowHeight + SIZES.rowGap;
  }

  const zones: ZoneBox[] = [];
  const assets: AssetBox[] = [];
  const place = (
    m: Measured,
    rx: number,
    ry: number,
    ox: number,
    oy: number,
    depth: number,
    parentId?: string,
  ) => {
    const rel = { x: rx, y: ry, width: m.width, height: m.height };
    const abs = { x: ox + rx, y: oy + ry, width: m.width, height: m.height };
    zones.push({ zone: m.zone, rel, abs, parentId, depth });
    for (const { asset, box } of m.assets)
      assets.push({ asset, rel: box, abs: { ...box, x: abs.x + box.x, y: abs.y + box.y } });
    for (const c of m.childZones) place(c.measured, c.x, c.y, abs.x, abs.y, depth + 1, m.zone.id);
  };
  // Keep model order among top-level zones (rootPlaces is placed-first).
  const order = new Map(model.zones.map((z, i) => [z.id, i]));
  rootPlaces.sort((a, b) => order.get(a.measured.zone.id)! - order.get(b.measured.zone.id)!);
  for (const r of rootPlaces) place(r.measured, r.x, r.y, 0, 0, 0);

  const zoneBounds = union(zones.filter((z) => z.depth === 0).map((z) => z.abs));
  const notes: NoteBox[] = [];
  let noteY = zoneBounds.y;
  for (const note of model.notes ?? []) {
    if (note.targetId !== undefined) continue;
    const p = positionOf(note.id);
    if (p) {
      notes.push({
        note,
        abs: { x: p.x, y: p.y, width: p.width ?? SIZES.noteWidth, height: p.height ?? SIZES.noteHeight },
      });
    } else {
      const x = zones.length ? right(zoneBounds) + SIZES.columnGap / 2 : 0;
      notes.push({ note, abs: { x, y: noteY, width: SIZES.noteWidth, height: SIZES.noteHeight } });
      noteY += SIZES.noteHeight + gap;
    }
  }

  return {
    zones,
    zoneById: new Map(zones.map((z) => [z.zone.id, z])),
    assets,
    notes,
    bounds: union([...zones.filter((z) => z.depth === 0).map((z) => z.abs), ...notes.map((n) => n.abs)]),
  };
}
