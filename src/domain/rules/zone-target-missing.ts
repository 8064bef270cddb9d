import { label } from './format';
import type { ZoneRule } from './rule';

export const zoneTargetMissing: ZoneRule = {
  id: 'zone-target-missing',
  title: 'Zone has no target security level',
  severity: 'info',
  reference: 'IEC 62443-3-2 ZCR 5.6',
  fix: 'Assess the zone and set its SL-T (one level, or one per FR).',
  rationale:
    'Every zone you own needs a target from the risk assessment; without one, no capability check can run for it or its conduits.',
  scope: 'zone',
  check(zone) {
    // External zones belong to someone else: their level is not ours to set.
    if (zone.kind === 'external') return [];
    if (zone.slTarget !== null && zone.slTarget !== undefined) return [];
    return [{ subject: { kind: 'zone', id: zone.id }, message: `Zone ${label(zone)} has no SL-T set.` }];
  },
};
