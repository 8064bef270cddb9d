import { conduitEffectiveTarget } from '../model/derive';
import { shortfalls, slText } from '../security-level';
import { describeShortfalls, label } from './format';
import { fallsShort } from './levels';
import type { ConduitRule } from './rule';

export const conduitCapabilityBelowTarget: ConduitRule = {
  id: 'conduit-capability-below-target',
  title: 'Conduit capability below its target',
  severity: 'error',
  reference: 'IEC 62443-3-3 Annex B (SL-C must reach SL-T on every FR)',
  fix: 'Add controls or stronger boundary devices to the conduit until its SL-C reaches the target on every FR, or revisit the target.',
  rationale:
    'A conduit is only as strong as its boundary: when its capability falls short of the target, traffic between the zones is less protected than the risk assessment requires.',
  scope: 'conduit',
  check(conduit, index) {
    if (conduit.slCapability === undefined) return [];
    const target = conduitEffectiveTarget(conduit, index);
    if (!target) return [];
    if (!fallsShort(conduit.slCapability, target)) return [];
    const gaps = shortfalls(conduit.slCapability, target);
    const own = conduit.slTarget !== null && conduit.slTarget !== undefined;
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} delivers SL-C ${slText(conduit.slCapability)} but needs ${own ? `its own SL-T ${slText(target)}` : `SL-T ${slText(target)}, the highest target of its zones,`} on ${describeShortfalls(gaps)}.`,
      },
    ];
  },
};
