/**
 * Derived views of a model: lookups by id, membership, and each element's effective values
 * (catalog defaults filled in). Pure functions; callers build one index per model version.
 */
import { type AssetClass, assetType } from '../catalog/asset-types';
import { control } from '../catalog/controls';
import { effectivePurdueLevel, type PurdueLevel } from '../catalog/zone-kinds';
import { maxVector, type SlVector, toVector } from '../security-level';
import { ANY, type Asset, type Conduit, type Flow, type Model, type Zone } from './schema';

export interface ModelIndex {
  model: Model;
  zone: ReadonlyMap<string, Zone>;
  asset: ReadonlyMap<string, Asset>;
  conduit: ReadonlyMap<string, Conduit>;
  assetsByZone: ReadonlyMap<string, readonly Asset[]>;
  childZones: ReadonlyMap<string, readonly Zone[]>;
  conduitsByZone: ReadonlyMap<string, readonly Conduit[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildIndex(model: Model): ModelIndex {
  const assetsByZone = new Map<string, Asset[]>();
  const childZones = new Map<string, Zone[]>();
  const conduitsByZone = new Map<string, Conduit[]>();
  for (const a of model.assets) push(assetsByZone, a.zoneId, a);
  for (const z of model.zones) if (z.parentId !== undefined) push(childZones, z.parentId, z);
  for (const c of model.conduits) for (const zid of c.zoneIds) push(conduitsByZone, zid, c);
  return {
    model,
    zone: new Map(model.zones.map((z) => [z.id, z])),
    asset: new Map(model.assets.map((a) => [a.id, a])),
    conduit: new Map(model.conduits.map((c) => [c.id, c])),
    assetsByZone,
    childZones,
    conduitsByZone,
  };
}

export const EMPTY: readonly never[] = [];

export interface AssetTraits {
  class: AssetClass;
  safetyRelated: boolean;
  wireless: boolean;
  transient: boolean;
  externalNetwork: boolean;
}

/** The asset's flags, with the catalog default for its type where the file says nothing. */
export function assetTraits(asset: Asset): AssetTraits {
  const t = assetType(asset.type);
  return {
    class: t.class,
    safetyRelated: asset.safetyRelated ?? t.safetyRelated ?? false,
    wireless: asset.wireless ?? t.wireless ?? false,
    transient: asset.transient ?? t.transient ?? false,
    externalNetwork: asset.externalNetwork ?? t.externalNetwork ?? false,
  };
}

export function zonePurdueLevel(zone: Zone): PurdueLevel {
  return effectivePurdueLevel(zone);
}

/** The zone's SL-T as a vector, or undefined when it is not assessed. */
export function zoneTarget(zone: Zone): SlVector | undefined {
  return zone.slTarget === null || zone.slTarget === undefined ? undefined : toVector(zone.slTarget);
}

/** Per-FR maximum of the targets of the conduit's zones; undefined when none is assessed. */
export function conduitZonesTarget(conduit: Conduit, index: ModelIndex): SlVector | undefined {
  return maxVector(conduit.zoneIds.map((id) => index.zone.get(id)?.slTarget));
}

/** The conduit's own SL-T when set, else the per-FR maximum of its zones' targets. */
export function conduitEffectiveTarget(conduit: Conduit, index: ModelIndex): SlVector | undefined {
  if (conduit.slTarget !== null && conduit.slTarget !== undefined) return toVector(conduit.slTarget);
  return conduitZonesTarget(conduit, index);
}

export function hasControl(conduit: Conduit, controlId: string): boolean {
  return conduit.controls?.includes(controlId) ?? false;
}

/** One-way when the type is unidirectional or the direction is forward (zoneIds[0] → others). */
export function isOneWay(conduit: Conduit): boolean {
  return conduit.type === 'unidirectional' || conduit.direction === 'forward';
}

const isAny = (value: string | number | undefined) =>
  typeof value === 'string' && value.trim().toLowerCase() === ANY;

/** A flow open to any protocol or any port (deny-by-default broken). */
export function isOpenFlow(flow: Flow): boolean {
  return isAny(flow.protocol) || isAny(flow.port);
}

/** Whether one of the conduit's documented flows allows any protocol or port. */
export function hasOpenFlow(conduit: Conduit): boolean {
  return conduit.flows?.some(isOpenFlow) ?? false;
}

/** A filtering or unidirectional conduit, or one with a filtering control: it would filter if its rules do. */
export function isFilteringKind(conduit: Conduit): boolean {
  if (conduit.type === 'filtering' || conduit.type === 'unidirectional') return true;
  return conduit.controls?.some((c) => control(c)?.filtering) ?? false;
}

/**
 * A filtering barrier for defense in depth: a conduit of a filtering kind whose flows allow no
 * "any" protocol or port. A firewall that passes anything is no barrier, for reach, attack path,
 * containment and `defense-in-depth-shallow` alike.
 */
export function isFilteringBarrier(conduit: Conduit): boolean {
  return isFilteringKind(conduit) && !hasOpenFlow(conduit);
}

/** The directed hops a conduit allows: forward conduits from zoneIds[0] only; otherwise every ordered pair. */
export function conduitHops(conduit: Conduit): Array<[from: string, to: string]> {
  const [first, ...rest] = conduit.zoneIds;
  if (first === undefined) return [];
  if (isOneWay(conduit)) return rest.map((to) => [first, to]);
  const hops: Array<[string, string]> = [];
  for (const a of conduit.zoneIds) for (const b of conduit.zoneIds) if (a !== b) hops.push([a, b]);
  return hops;
}

/** Ancestors of a zone, nearest first. Safe on cyclic input (stops at a repeat). */
export function zoneAncestors(zone: Zone, index: ModelIndex): Zone[] {
  const result: Zone[] = [];
  const seen = new Set([zone.id]);
  let parent = zone.parentId === undefined ? undefined : index.zone.get(zone.parentId);
  while (parent && !seen.has(parent.id)) {
    result.push(parent);
    seen.add(parent.id);
    parent = parent.parentId === undefined ? undefined : index.zone.get(parent.parentId);
  }
  return result;
}
