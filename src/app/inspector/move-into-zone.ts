/**
 * The inspector's "Zone" (asset) and "Inside zone" (zone) fields: the element moves to a free
 * spot in its new zone (slotForMove), in one edit. Edits start from what the user sees, so
 * elements the fallback layout placed are pinned first and do not jump.
 */
import { reparentAsset, reparentZone } from '../../domain/edit/reparent';
import type { Model } from '../../domain/model/schema';
import { layoutFor, slotForMove } from '../canvas/geometry';
import { onPinned } from '../canvas/layout-edit';

export function moveAssetIntoZone(assetId: string, zoneId: string): (model: Model) => Model {
  return onPinned((m) => reparentAsset(m, assetId, zoneId, slotForMove(layoutFor(m), assetId, zoneId)));
}

/** `parentId` undefined makes the zone top-level (placed below the diagram). */
export function moveZoneIntoParent(zoneId: string, parentId: string | undefined): (model: Model) => Model {
  return onPinned((m) => reparentZone(m, zoneId, parentId, slotForMove(layoutFor(m), zoneId, parentId)));
}
