import { label } from './format';
import type { ConduitRule } from './rule';

export const conduitFlowsUndocumented: ConduitRule = {
  id: 'conduit-flows-undocumented',
  title: 'Conduit lists no flows',
  severity: 'info',
  reference: 'IEC 62443-3-3 SR 5.2',
  fix: 'List the flows the conduit carries: from which zone to which, protocol and port.',
  rationale:
    'A boundary can only allow what is known; without documented flows its rules cannot be reviewed.',
  scope: 'conduit',
  check(conduit) {
    if (conduit.flows && conduit.flows.length > 0) return [];
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} documents no flows.`,
      },
    ];
  },
};
