import { conduitEffectiveTarget } from '../model/derive';
import { ANY, type Flow } from '../model/schema';
import { FR_INDEX } from '../security-level';
import { requiredAt, requirement } from '../standard/requirements';
import { flowText, label, listText, plural } from './format';
import type { ConduitRule } from './rule';

const DENY_BY_DEFAULT = 'SR 5.2 RE1';

const isAny = (value: string | number | undefined) =>
  typeof value === 'string' && value.trim().toLowerCase() === ANY;

export function isOpenFlow(flow: Flow): boolean {
  return isAny(flow.protocol) || isAny(flow.port);
}

export const conduitFlowAny: ConduitRule = {
  id: 'conduit-flow-any',
  title: 'Flow allows any protocol or port',
  severity: 'error',
  reference: `IEC 62443-3-3 ${DENY_BY_DEFAULT}`,
  fix: 'Replace the open flow by the protocols and ports the zones actually need; block everything else.',
  rationale:
    'A boundary should deny by default and allow by exception; a flow open to anything lets an attacker use whatever service answers.',
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
