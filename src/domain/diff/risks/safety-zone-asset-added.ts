import { label } from '../../rules/format';
import type { Risk, RiskCheck } from './risk';

/** An asset added to (or moved into) a safety zone: the SIS boundary now holds one more device. */
export const safetyZoneAssetAdded: RiskCheck = {
  kind: 'safety-zone-asset-added',
  title: 'Asset added to a safety zone',
  check({ before, after, afterIndex }) {
    const old = new Map(before.assets.map((a) => [a.id, a]));
    const risks: Risk[] = [];
    for (const asset of after.assets) {
      const zone = afterIndex.zone.get(asset.zoneId);
      if (zone?.kind !== 'safety') continue;
      const was = old.get(asset.id);
      if (was && was.zoneId === asset.zoneId) continue;
      risks.push({
        kind: this.kind,
        subject: { kind: 'asset', id: asset.id },
        message: `Asset ${label(asset)} ${was ? 'moved into' : 'added to'} safety zone ${label(zone)}.`,
      });
    }
    return risks;
  },
};
