import { label } from '../../rules/format';
import { matched } from './matched';
import type { Risk, RiskCheck } from './risk';

/** A one-way conduit made two-way: a data diode replaced by a firewall, or forward made bidirectional. */
export const conduitWeakened: RiskCheck = {
  kind: 'conduit-weakened',
  title: 'Conduit weakened (unidirectional → filtering/gateway, forward → bidirectional)',
  check({ before, after }) {
    const risks: Risk[] = [];
    for (const [was, now] of matched(before.conduits, after.conduits)) {
      if (was.type === 'unidirectional' && now.type !== 'unidirectional')
        risks.push({
          kind: this.kind,
          subject: { kind: 'conduit', id: now.id },
          message: `Conduit ${label(now)} changed from unidirectional to ${now.type}: traffic can now flow back into the protected zone.`,
        });
      else if (was.direction === 'forward' && now.direction !== 'forward' && now.type !== 'unidirectional')
        risks.push({
          kind: this.kind,
          subject: { kind: 'conduit', id: now.id },
          message: `Conduit ${label(now)} changed from forward-only to bidirectional.`,
        });
    }
    return risks;
  },
};
