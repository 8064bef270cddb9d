import { assetType } from '../catalog/asset-types';
import { ZONE_KIND_INFO } from '../catalog/zone-kinds';
import { flagOrigin, label } from './format';
import { assetFlag } from './levels';
import type { AssetRule } from './rule';

export const safetyAssetOutsideSafetyZone: AssetRule = {
  id: 'safety-asset-outside-safety-zone',
  title: 'Safety-related asset outside a safety zone',
  severity: 'error',
  reference: 'IEC 62443-3-2 ZCR 3.3',
  fix: 'Move the asset into a zone of kind "safety", or clear its safety-related flag if it does not perform a safety function.',
  rationale:
    'Safety functions are the last line of defence for people and plant; they need a zone of their own so a compromise of basic control cannot reach them.',
  scope: 'asset',
  check(asset, index) {
    if (!assetFlag(asset, 'safetyRelated')) return [];
    const zone = index.zone.get(asset.zoneId);
    if (!zone || zone.kind === 'safety') return [];
    const origin = flagOrigin(asset.safetyRelated, 'safety-related', assetType(asset.type).label);
    return [
      {
        subject: { kind: 'asset', id: asset.id },
        message: `Asset ${label(asset)} is ${origin} but sits in ${ZONE_KIND_INFO[zone.kind].label.toLowerCase()} zone ${label(zone)}, not in a safety zone.`,
      },
    ];
  },
};
