/** Adding zones, assets and conduits from the canvas (palette drops, keyboard, connect). */
import { assetType } from '../catalog/asset-types';
import { ZONE_KIND_INFO, type ZoneKind } from '../catalog/zone-kinds';
import type { Asset, Conduit, ConduitType, Model, Zone } from '../model/schema';
import { clipName, idAllocator, uniqueName } from './ids';
import { type Point, setPositions } from './positions';
import { EditError } from './update';

export interface Added {
  model: Model;
  id: string;
}

export interface AddZoneInput {
  kind: ZoneKind;
  name?: string;
  /** Nest inside this zone; the position is then relative to it. */
  parentId?: string;
  position: Point;
  size?: { width: number; height: number };
}

export function addZone(model: Model, input: AddZoneInput): Added {
  if (!Object.hasOwn(ZONE_KIND_INFO, input.kind))
    throw new EditError(`unknown zone kind ${JSON.stringify(input.kind)}`);
  if (input.parentId !== undefined && !model.zones.some((z) => z.id === input.parentId))
    throw new EditError(`unknown parent zone ${JSON.stringify(input.parentId)}`);
  const id = idAllocator(model)('zone');
  const names = new Set(model.zones.map((z) => z.name));
  const zone: Zone = {
    id,
    name: input.name ?? uniqueName(ZONE_KIND_INFO[input.kind].label, names),
    kind: input.kind,
  };
  if (input.parentId !== undefined) zone.parentId = input.parentId;
  const next = { ...model, zones: [...model.zones, zone] };
  return { model: setPositions(next, { [id]: { ...input.position, ...input.size } }), id };
}

export interface AddAssetInput {
  /** Catalog type id; unknown ids are kept (they check as "generic"). */
  type: string;
  zoneId: string;
  name?: string;
  /** Relative to the zone. */
  position: Point;
}

export function addAsset(model: Model, input: AddAssetInput): Added {
  if (!model.zones.some((z) => z.id === input.zoneId))
    throw new EditError(`unknown zone ${JSON.stringify(input.zoneId)}`);
  const id = idAllocator(model)(input.type);
  const names = new Set(model.assets.map((a) => a.name));
  const asset: Asset = {
    id,
    name: input.name ?? uniqueName(assetType(input.type).label, names),
    type: input.type,
    zoneId: input.zoneId,
  };
  const next = { ...model, assets: [...model.assets, asset] };
  return { model: setPositions(next, { [id]: input.position }), id };
}

/** Longest zone name quoted in full in a default conduit name; longer ones end in "…". */
export const CONDUIT_NAME_PART = 60;

/**
 * "Operations ↔ Control", or "DMZ → Enterprise" for one-way conduits. Each zone name is clipped to
 * a readable length, and the whole to the format's name limit (a conduit may join many zones).
 */
export function conduitName(zones: readonly Zone[], oneWay: boolean): string {
  const names = zones.map((z) => clipName(z.name || z.id, CONDUIT_NAME_PART));
  return clipName(names.join(oneWay ? ' → ' : ' ↔ '));
}

export interface AddConduitInput {
  zoneIds: readonly string[];
  type?: ConduitType;
  name?: string;
}

export function addConduit(model: Model, input: AddConduitInput): Added {
  const zoneIds = [...input.zoneIds];
  if (new Set(zoneIds).size !== zoneIds.length) throw new EditError('a conduit cannot join a zone to itself');
  if (zoneIds.length < 2) throw new EditError('a conduit joins at least two zones');
  const zones = zoneIds.map((zid) => {
    const zone = model.zones.find((z) => z.id === zid);
    if (!zone) throw new EditError(`unknown zone ${JSON.stringify(zid)}`);
    return zone;
  });
  const type = input.type ?? 'filtering';
  const id = idAllocator(model)('conduit');
  const conduit: Conduit = {
    id,
    name: input.name ?? conduitName(zones, type === 'unidirectional'),
    zoneIds,
    type,
  };
  return { model: { ...model, conduits: [...model.conduits, conduit] }, id };
}
