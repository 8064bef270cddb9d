import { conduitEffectiveTarget } from '../model/derive';
import { slText } from '../security-level';
import { label } from './format';
import type { ConduitRule } from './rule';

export const conduitCapabilityUnknown: ConduitRule = {
  id: 'conduit-capability-unknown',
  title: 'Conduit capability not recorded',
  severity: 'warning',
  reference: 'IEC 62443-3-3 Annex B (SL-C must reach SL-T on every FR)',
  fix: "Record the conduit's SL-C: what its boundary devices and controls actually deliver on each FR.",
  rationale:
    'Without a recorded capability nobody can tell whether the conduit meets the level its zones require.',
  scope: 'conduit',
  check(conduit, index) {
    if (conduit.slCapability !== undefined) return [];
    const target = conduitEffectiveTarget(conduit, index);
    if (!target) return [];
    if (target.every((level) => level === 0)) return [];
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} needs SL-T ${slText(target)} but has no SL-C recorded.`,
      },
    ];
  },
};
