import { assetType } from '../catalog/asset-types';
import { label } from './format';
import { assetFlag } from './levels';
import type { AssetRule } from './rule';

export const nonSafetyAssetInSafetyZone: AssetRule = {
  id: 'non-safety-asset-in-safety-zone',
  title: 'Non-safety asset inside a safety zone',
  severity: 'warning',
  reference: 'IEC 62443-3-2 ZCR 3.3',
  fix: 'Move the asset out of the safety zone, or mark it safety-related if it is part of the safety function.',
  rationale: 'Every extra device in a safety zone widens the attack surface of the safety function.',
  scope: 'asset',
  check(asset, index) {
    const zone = index.zone.get(asset.zoneId);
    if (zone?.kind !== 'safety') return [];
    if (assetFlag(asset, 'safetyRelated')) return [];
    const how =
      asset.safetyRelated === false
        ? 'is marked not safety-related'
        : `is not safety-related (type ${assetType(asset.type).label})`;
    return [
      {
        subject: { kind: 'asset', id: asset.id },
        message: `Asset ${label(asset)} in safety zone ${label(zone)} ${how}.`,
      },
    ];
  },
};
