import { shortfalls, slText } from '../security-level';
import { describeShortfalls, label } from './format';
import { fallsShort } from './levels';
import type { AssetRule } from './rule';

export const assetCapabilityBelowZoneTarget: AssetRule = {
  id: 'asset-capability-below-zone-target',
  title: 'Asset capability below its zone target',
  severity: 'warning',
  reference: 'IEC 62443-3-3 Annex B; IEC 62443-4-2',
  fix: 'Harden or replace the asset, add compensating controls in the zone, or move the asset to a zone with a matching target.',
  rationale:
    "A zone's target is met only if its components can deliver it; a weaker asset is the easiest way in.",
  scope: 'asset',
  check(asset, index) {
    if (asset.slCapability === undefined) return [];
    const zone = index.zone.get(asset.zoneId);
    if (!zone || zone.slTarget === null || zone.slTarget === undefined) return [];
    if (!fallsShort(asset.slCapability, zone.slTarget)) return [];
    const gaps = shortfalls(asset.slCapability, zone.slTarget);
    return [
      {
        subject: { kind: 'asset', id: asset.id },
        message: `Asset ${label(asset)} offers SL-C ${slText(asset.slCapability)} but zone ${label(zone)} needs SL-T ${slText(zone.slTarget)} on ${describeShortfalls(gaps)}.`,
      },
    ];
  },
};
