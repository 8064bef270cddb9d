import { conduitZonesTarget } from '../model/derive';
import { shortfalls, slText } from '../security-level';
import { describeShortfalls, label, labelList } from './format';
import { fallsShort } from './levels';
import type { ConduitRule } from './rule';

export const conduitTargetBelowZones: ConduitRule = {
  id: 'conduit-target-below-zones',
  title: 'Conduit target below its zones',
  severity: 'warning',
  reference: 'IEC 62443-3-2 ZCR 5.6',
  fix: 'Raise the conduit SL-T to at least the highest target of the zones it joins on every FR, or clear it so it follows the zones.',
  rationale:
    'A conduit carries traffic into every zone it joins, so a target below the most demanding of them leaves that zone under-protected.',
  scope: 'conduit',
  check(conduit, index) {
    if (conduit.slTarget === null || conduit.slTarget === undefined) return [];
    const zonesTarget = conduitZonesTarget(conduit, index);
    if (!zonesTarget) return [];
    if (!fallsShort(conduit.slTarget, zonesTarget)) return [];
    const gaps = shortfalls(conduit.slTarget, zonesTarget);
    // The zones that ask for more than the conduit's own target on some FR.
    const demanding = conduit.zoneIds.flatMap((id) => {
      const z = index.zone.get(id);
      if (!z || z.slTarget === null || z.slTarget === undefined) return [];
      return fallsShort(conduit.slTarget!, z.slTarget) ? [z] : [];
    });
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} has SL-T ${slText(conduit.slTarget)} but joins ${labelList(demanding)} needing SL-T ${slText(zonesTarget)}: below on ${describeShortfalls(gaps)}.`,
      },
    ];
  },
};
