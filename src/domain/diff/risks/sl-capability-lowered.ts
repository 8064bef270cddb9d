import { label } from '../../rules/format';
import { matched } from './matched';
import { loweredFrs, type Risk, type RiskCheck } from './risk';

/** An asset's or conduit's SL-C lowered on any FR (or removed): the measures it brings got weaker. */
export const slCapabilityLowered: RiskCheck = {
  kind: 'sl-capability-lowered',
  title: 'SL-C lowered on an FR',
  check({ before, after }) {
    const risks: Risk[] = [];
    for (const [was, now] of matched(before.assets, after.assets)) {
      const frs = loweredFrs(was.slCapability, now.slCapability);
      if (frs.length > 0)
        risks.push({
          kind: this.kind,
          subject: { kind: 'asset', id: now.id },
          message: `Asset ${label(now)}: SL-C lowered (${frs.join(', ')}).`,
        });
    }
    for (const [was, now] of matched(before.conduits, after.conduits)) {
      const frs = loweredFrs(was.slCapability, now.slCapability);
      if (frs.length > 0)
        risks.push({
          kind: this.kind,
          subject: { kind: 'conduit', id: now.id },
          message: `Conduit ${label(now)}: SL-C lowered (${frs.join(', ')}).`,
        });
    }
    return risks;
  },
};
