import { isOneWay } from '../model/derive';
import { plural } from '../text/plural';
import { flowText, label, listText } from './format';
import type { ConduitRule } from './rule';

export const unidirectionalReverseFlow: ConduitRule = {
  id: 'unidirectional-reverse-flow',
  title: 'Flow against a one-way conduit',
  severity: 'error',
  reference: 'IEC 62443-3-3 SR 5.2',
  fix: 'Remove the flow, or make the conduit bidirectional and protect the return path accordingly.',
  rationale:
    'A one-way conduit is chosen so nothing can flow back; a documented reverse flow means either the design or the documentation is wrong.',
  scope: 'conduit',
  check(conduit, index) {
    if (!isOneWay(conduit)) return [];
    const source = conduit.zoneIds[0];
    if (source === undefined) return [];
    // Forward means from the first zone to each of the others; anything else runs against it.
    const reverse = conduit.flows?.filter((f) => f.from !== source || f.to === source);
    if (!reverse || reverse.length === 0) return [];
    const sourceZone = index.zone.get(source);
    const kind = conduit.type === 'unidirectional' ? 'unidirectional' : 'forward-only';
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} is ${kind} from ${sourceZone ? label(sourceZone) : `"${source}"`}, but ${plural(
          reverse.length,
          'flow runs',
          'flows run',
        )} against that direction: ${listText(reverse.map((f) => flowText(f, index.zone)))}.`,
      },
    ];
  },
};
