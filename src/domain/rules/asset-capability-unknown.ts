import { slText, toVector } from '../security-level';
import { label } from './format';
import type { AssetRule } from './rule';

/**
 * Unknown is not compliant: an asset in a zone with an SL-T above 0 but no recorded SL-C cannot be
 * shown to deliver that target (the asset counterpart of `conduit-capability-unknown`).
 */
export const assetCapabilityUnknown: AssetRule = {
  id: 'asset-capability-unknown',
  title: 'Asset capability not recorded',
  severity: 'warning',
  reference: 'IEC 62443-3-3 Annex B; IEC 62443-4-2',
  fix: "Record the asset's SL-C (from the vendor's IEC 62443-4-2 certificate or your own assessment) on each FR.",
  rationale:
    "A zone's target is met only if its components can deliver it; without a recorded capability nobody can tell.",
  scope: 'asset',
  check(asset, index) {
    if (asset.slCapability !== undefined) return [];
    const zone = index.zone.get(asset.zoneId);
    if (!zone || zone.slTarget === null || zone.slTarget === undefined) return [];
    const target = toVector(zone.slTarget);
    if (target.every((level) => level === 0)) return [];
    return [
      {
        subject: { kind: 'asset', id: asset.id },
        message: `Asset ${label(asset)} has no SL-C recorded, so nobody can tell whether it meets SL-T ${slText(zone.slTarget)} of zone ${label(zone)}.`,
      },
    ];
  },
};
