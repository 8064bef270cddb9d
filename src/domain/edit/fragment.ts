/**
 * Copy and paste: a fragment is a self-contained piece of a model (zones with everything inside
 * them, loose assets, the conduits among the copied zones) plus its geometry. It travels as JSON
 * (clipboard, localStorage between tabs), so `parseFragment` validates it like a model file.
 * Pasting gives every element a fresh id and remaps all references.
 */
import { z } from 'zod';
import { LIMITS } from '../model/limits';
import {
  type Asset,
  AssetSchema,
  type Conduit,
  ConduitSchema,
  type Model,
  type Position,
  PositionSchema,
  type Zone,
  ZoneSchema,
} from '../model/schema';
import { idAllocator, uniqueName, withSuffix } from './ids';
import { hasOwnEntry, ownValue } from './own';
import { type Point, setPositions } from './positions';
import { EditError, zoneAndDescendants } from './update';

export const FRAGMENT_FORMAT = 'ot-zones-fragment';

const PointSchema = z.strictObject({
  x: z.number().refine(Number.isFinite),
  y: z.number().refine(Number.isFinite),
});

const FragmentSchema = z.strictObject({
  format: z.literal(FRAGMENT_FORMAT),
  version: z.literal(1),
  zones: z.array(ZoneSchema).max(LIMITS.elements),
  assets: z.array(AssetSchema).max(LIMITS.elements),
  conduits: z.array(ConduitSchema).max(LIMITS.elements),
  /** Positions as in the model: relative to the parent zone. */
  positions: z.record(z.string(), PositionSchema),
  /** Absolute top-left of each root element (one whose parent zone is not in the fragment). */
  roots: z.record(z.string(), PointSchema),
});

export type Fragment = z.infer<typeof FragmentSchema>;

/** Where elements are drawn; the editor passes its layout so unplaced elements copy where they are seen. */
export interface FragmentGeometry {
  relative(id: string): Position | undefined;
  absolute(id: string): Point | undefined;
}

/** Geometry from stored positions only (absolute = sum of relative positions up the zone tree). */
export function storedGeometry(model: Model): FragmentGeometry {
  const positions = model.diagram?.positions ?? {};
  const zoneById = new Map(model.zones.map((zone) => [zone.id, zone]));
  const assetById = new Map(model.assets.map((a) => [a.id, a]));
  const absolute = (id: string, seen = new Set<string>()): Point | undefined => {
    const p = ownValue(positions, id);
    if (!p || seen.has(id)) return p && { x: p.x, y: p.y };
    seen.add(id);
    const parent = zoneById.get(id)?.parentId ?? assetById.get(id)?.zoneId;
    const base = parent === undefined ? undefined : absolute(parent, seen);
    return base ? { x: base.x + p.x, y: base.y + p.y } : { x: p.x, y: p.y };
  };
  return { relative: (id) => ownValue(positions, id), absolute: (id) => absolute(id) };
}

/**
 * The fragment for the selected ids: selected zones with all nested zones and assets, selected
 * assets, and conduits whose zones are all copied. Null when nothing copyable is selected.
 */
export function extractFragment(
  model: Model,
  ids: Iterable<string>,
  geometry: FragmentGeometry = storedGeometry(model),
): Fragment | null {
  const wanted = new Set(ids);
  const zoneIds = new Set<string>();
  for (const zone of model.zones)
    if (wanted.has(zone.id)) for (const d of zoneAndDescendants(model, zone.id)) zoneIds.add(d);
  const zones = model.zones.filter((zone) => zoneIds.has(zone.id));
  const assets = model.assets.filter((a) => wanted.has(a.id) || zoneIds.has(a.zoneId));
  if (zones.length === 0 && assets.length === 0) return null;
  const conduits = model.conduits.filter((c) => c.zoneIds.every((zid) => zoneIds.has(zid)));

  const positions: Record<string, Position> = {};
  const roots: Record<string, Point> = {};
  for (const el of [...zones, ...assets]) {
    const rel = geometry.relative(el.id);
    if (rel) positions[el.id] = rel;
    const parent = 'zoneId' in el ? el.zoneId : el.parentId;
    if (parent === undefined || !zoneIds.has(parent))
      roots[el.id] = geometry.absolute(el.id) ?? { x: 0, y: 0 };
  }
  return { format: FRAGMENT_FORMAT, version: 1, zones, assets, conduits, positions, roots };
}

/** Validates a fragment read from the clipboard; null when it is not one (or is inconsistent). */
export function parseFragment(value: unknown): Fragment | null {
  const parsed = FragmentSchema.safeParse(value);
  if (!parsed.success) return null;
  const f = parsed.data;
  const ids = [...f.zones, ...f.assets, ...f.conduits].map((e) => e.id);
  if (new Set(ids).size !== ids.length) return null;
  // Every zone must reach a root by following parents inside the fragment (no cycles).
  const byId = new Map(f.zones.map((zone) => [zone.id, zone]));
  for (const zone of f.zones) {
    const seen = new Set<string>();
    for (
      let cur: Zone | undefined = zone;
      cur;
      cur = cur.parentId === undefined ? undefined : byId.get(cur.parentId)
    ) {
      if (seen.has(cur.id)) return null;
      seen.add(cur.id);
    }
  }
  return f;
}

export interface PasteOptions {
  /** Paste the fragment's root elements into this zone (arranged from `origin` inside it). */
  into?: string;
  /** Top-left inside `into` where the roots go (relative to that zone). */
  origin?: Point;
  /** Shift applied to roots that keep their original parent or go to the top level. */
  offset: Point;
}

export interface Pasted {
  model: Model;
  /** New ids of the root elements (what the editor selects after pasting). */
  rootIds: string[];
  /** Old id → new id for every pasted element. */
  idMap: ReadonlyMap<string, string>;
}

export function pasteFragment(model: Model, fragment: Fragment, options: PasteOptions): Pasted {
  const into = options.into;
  if (into !== undefined && !model.zones.some((zone) => zone.id === into))
    throw new EditError(`unknown zone ${JSON.stringify(into)}`);
  const modelZoneIds = new Set(model.zones.map((zone) => zone.id));
  const fragmentZoneIds = new Set(fragment.zones.map((zone) => zone.id));
  const isRoot = (id: string) => hasOwnEntry(fragment.roots, id);

  const allocate = idAllocator(model);
  const idMap = new Map<string, string>();
  for (const zone of fragment.zones) idMap.set(zone.id, allocate('zone'));
  for (const a of fragment.assets) idMap.set(a.id, allocate(a.type));
  const conduitsToCopy = fragment.conduits.filter((c) => c.zoneIds.every((zid) => fragmentZoneIds.has(zid)));
  for (const c of conduitsToCopy) idMap.set(c.id, allocate('conduit'));
  const newId = (id: string) => idMap.get(id)!;

  // Roots going into `into` keep their arrangement relative to each other.
  const rootPoints = Object.values(fragment.roots);
  const minX = Math.min(...rootPoints.map((p) => p.x));
  const minY = Math.min(...rootPoints.map((p) => p.y));
  const origin = options.origin ?? { x: 16, y: 56 };

  const positions: Record<string, Position> = {};
  const place = (oldId: string, keptParent: boolean) => {
    const rel = ownValue(fragment.positions, oldId);
    const abs = ownValue(fragment.roots, oldId) ?? { x: 0, y: 0 };
    const size = rel ? { width: rel.width, height: rel.height } : {};
    let p: Point;
    if (!isRoot(oldId)) p = rel ?? { x: 16, y: 56 };
    else if (into !== undefined) p = { x: abs.x - minX + origin.x, y: abs.y - minY + origin.y };
    else if (keptParent && rel) p = { x: rel.x + options.offset.x, y: rel.y + options.offset.y };
    else p = { x: abs.x + options.offset.x, y: abs.y + options.offset.y };
    const position: Position = { x: p.x, y: p.y };
    if (size.width !== undefined) position.width = size.width;
    if (size.height !== undefined) position.height = size.height;
    positions[newId(oldId)] = position;
  };

  const zoneNames = new Set(model.zones.map((zone) => zone.name));
  const assetNames = new Set(model.assets.map((a) => a.name));
  const copyName = (name: string, names: Set<string>) => {
    const result = names.has(name) ? uniqueName(withSuffix(name, ' copy'), names) : name;
    names.add(result);
    return result;
  };

  const zones: Zone[] = fragment.zones.map((zone) => {
    const { parentId: oldParent, ...rest } = zone;
    let parentId: string | undefined;
    let kept = false;
    if (oldParent !== undefined && fragmentZoneIds.has(oldParent)) parentId = newId(oldParent);
    else if (into !== undefined) parentId = into;
    else if (oldParent !== undefined && modelZoneIds.has(oldParent)) {
      parentId = oldParent;
      kept = true;
    }
    place(zone.id, kept || oldParent === undefined);
    const copy: Zone = { ...rest, id: newId(zone.id), name: copyName(zone.name, zoneNames) };
    if (parentId !== undefined) copy.parentId = parentId;
    return copy;
  });

  const assets: Asset[] = fragment.assets.map((a) => {
    let zoneId: string;
    if (fragmentZoneIds.has(a.zoneId)) zoneId = newId(a.zoneId);
    else if (into !== undefined) zoneId = into;
    else if (modelZoneIds.has(a.zoneId)) zoneId = a.zoneId;
    else throw new EditError('assets always live in a zone: select a zone to paste them into');
    place(a.id, zoneId === a.zoneId);
    return { ...a, id: newId(a.id), zoneId, name: copyName(a.name, assetNames) };
  });

  const conduits: Conduit[] = conduitsToCopy.map((c) => {
    const copy: Conduit = { ...c, id: newId(c.id), zoneIds: c.zoneIds.map(newId) };
    if (c.flows) copy.flows = c.flows.map((f) => ({ ...f, from: newId(f.from), to: newId(f.to) }));
    return copy;
  });

  const next: Model = {
    ...model,
    zones: zones.length ? [...model.zones, ...zones] : model.zones,
    assets: assets.length ? [...model.assets, ...assets] : model.assets,
    conduits: conduits.length ? [...model.conduits, ...conduits] : model.conduits,
  };
  const rootIds = Object.keys(fragment.roots)
    .filter((id) => idMap.has(id))
    .map(newId);
  return { model: setPositions(next, positions), rootIds, idMap };
}
