import { label } from './format';
import type { ZoneRule } from './rule';

export const zoneEmpty: ZoneRule = {
  id: 'zone-empty',
  title: 'Empty zone',
  severity: 'info',
  reference: 'IEC 62443-3-2 ZCR 3.1',
  fix: 'Place the assets that belong to this zone in it, or delete the zone.',
  rationale: 'A zone groups assets; an empty one is usually unfinished work or a leftover.',
  scope: 'zone',
  check(zone, index) {
    if ((index.assetsByZone.get(zone.id)?.length ?? 0) > 0) return [];
    if ((index.childZones.get(zone.id)?.length ?? 0) > 0) return [];
    return [
      {
        subject: { kind: 'zone', id: zone.id },
        message: `Zone ${label(zone)} holds no assets and no nested zones.`,
      },
    ];
  },
};
