import { isOpenFlow } from '../../rules/conduit-flow-any';
import { flowText, label } from '../../rules/format';
import { addedFlows } from './added-flows';
import type { RiskCheck } from './risk';

/** A new flow open to any port or protocol: the conduit stops denying by default. */
export const flowAnyPort: RiskCheck = {
  kind: 'flow-any-port',
  title: 'Flow added that allows any port or protocol',
  check({ before, after, afterIndex }) {
    return addedFlows(before, after)
      .filter(({ flow }) => isOpenFlow(flow))
      .map(({ conduit, flow }) => ({
        kind: this.kind,
        subject: { kind: 'conduit' as const, id: conduit.id },
        message: `Conduit ${label(conduit)} gained a flow open to any port or protocol: ${flowText(flow, afterIndex.zone)}.`,
      }));
  },
};
