/**
 * Moving an element into another zone (drag stop on the canvas). The caller passes the position
 * already converted to the new parent's coordinates.
 */
import type { Model } from '../model/schema';
import { moveElements, type Point } from './positions';
import { EditError, zoneAndDescendants } from './update';

export function reparentAsset(model: Model, assetId: string, zoneId: string, position: Point): Model {
  const index = model.assets.findIndex((a) => a.id === assetId);
  const asset = model.assets[index];
  if (!asset) throw new EditError(`no asset with id ${JSON.stringify(assetId)}`);
  if (!model.zones.some((z) => z.id === zoneId))
    throw new EditError(`unknown zone ${JSON.stringify(zoneId)}`);
  let next = model;
  if (asset.zoneId !== zoneId) {
    const assets = [...model.assets];
    assets[index] = { ...asset, zoneId };
    next = { ...model, assets };
  }
  return moveElements(next, { [assetId]: position });
}

/** Nests a zone in `parentId`, or makes it a top-level zone when `parentId` is undefined. Refuses cycles. */
export function reparentZone(
  model: Model,
  zoneId: string,
  parentId: string | undefined,
  position: Point,
): Model {
  const index = model.zones.findIndex((z) => z.id === zoneId);
  const zone = model.zones[index];
  if (!zone) throw new EditError(`no zone with id ${JSON.stringify(zoneId)}`);
  let next = model;
  if (zone.parentId !== parentId) {
    if (parentId !== undefined) {
      if (!model.zones.some((z) => z.id === parentId))
        throw new EditError(`unknown parent zone ${JSON.stringify(parentId)}`);
      if (zoneAndDescendants(model, zoneId).has(parentId))
        throw new EditError('a zone cannot be nested inside itself or one of its own sub-zones');
    }
    const { parentId: _old, ...rest } = zone;
    const zones = [...model.zones];
    zones[index] = parentId === undefined ? rest : { ...rest, parentId };
    next = { ...model, zones };
  }
  return moveElements(next, { [zoneId]: position });
}
