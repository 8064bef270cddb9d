import { conduitEffectiveTarget } from '../model/derive';
import { FR_IDS } from '../security-level';
import { label, listText, slText } from './format';
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
    const needed = FR_IDS.filter((_, i) => (target[i] ?? 0) > 0);
    if (needed.length === 0) return [];
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} needs SL-T ${slText(target)} (above 0 on ${listText(needed, 7)}) but has no SL-C recorded.`,
      },
    ];
  },
};
