import { conduitEffectiveTarget, isOpenFlow } from '../model/derive';
import { FR_INDEX } from '../security-level';
import { requiredAt, requirement } from '../standard/requirements';
import { plural } from '../text/plural';
import { flowText, label, listText } from './format';
import type { ConduitRule } from './rule';

const DENY_BY_DEFAULT = 'SR 5.2 RE1';

export { isOpenFlow };

export const conduitFlowAny: ConduitRule = {
  id: 'conduit-flow-any',
  title: 'Flow allows any protocol or port',
  severity: 'error',
  reference: `IEC 62443-3-3 ${DENY_BY_DEFAULT}`,
  fix: 'Replace the open flow by the protocols and ports the zones actually need; block everything else.',
  rationale:
    'A boundary should deny by default and allow by exception; a flow open to anything lets an attacker use whatever service answers, so the conduit no longer counts as a filtering barrier in reach, attack path, containment and defense in depth.',
  scope: 'conduit',
  check(conduit, index) {
    const open = conduit.flows?.filter(isOpenFlow);
    if (!open || open.length === 0) return [];
    const target = conduitEffectiveTarget(conduit, index);
    const fromSl = requirement(DENY_BY_DEFAULT).fromSl;
    const required = requiredAt(DENY_BY_DEFAULT, target);
    const rdf = target ? `its RDF target is ${target[FR_INDEX.RDF]}` : 'it has no RDF target';
    const why = required
      ? `${rdf}, and deny-by-default applies from RDF ${fromSl}`
      : `${rdf} (deny-by-default becomes mandatory from RDF ${fromSl})`;
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        severity: required ? 'error' : 'warning',
        message: `Conduit ${label(conduit)} has ${plural(open.length, 'flow')} open to any protocol or port (${listText(
          open.map((f) => flowText(f, index.zone)),
        )}); ${why}.`,
      },
    ];
  },
};
