/** Resolves what the user picked as compromised (a zone or an asset) to the zone it stands for. */
import type { ModelIndex } from '../model/derive';

export type Resolved = { ok: true; zoneId: string; assetId?: string } | { ok: false; message: string };

export function resolveZoneOrAsset(index: ModelIndex, id: string): Resolved {
  if (index.zone.has(id)) return { ok: true, zoneId: id };
  const asset = index.asset.get(id);
  if (asset) {
    if (!index.zone.has(asset.zoneId))
      return {
        ok: false,
        message: `asset ${JSON.stringify(id)} sits in unknown zone ${JSON.stringify(asset.zoneId)}`,
      };
    return { ok: true, zoneId: asset.zoneId, assetId: id };
  }
  return { ok: false, message: `no zone or asset has id ${JSON.stringify(id)}` };
}

export function resolveZone(index: ModelIndex, id: string): Resolved {
  if (index.zone.has(id)) return { ok: true, zoneId: id };
  return { ok: false, message: `no zone has id ${JSON.stringify(id)}` };
}
