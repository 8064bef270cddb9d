import { label } from '../../rules/format';
import { matched } from './matched';
import { loweredFrs, type Risk, type RiskCheck } from './risk';

/** A zone's or conduit's SL-T lowered on any FR (or removed): fewer requirements will be checked. */
export const slTargetLowered: RiskCheck = {
  kind: 'sl-target-lowered',
  title: 'SL-T lowered on an FR',
  check({ before, after }) {
    const risks: Risk[] = [];
    for (const [was, now] of matched(before.zones, after.zones)) {
      const frs = loweredFrs(was.slTarget, now.slTarget);
      if (frs.length > 0)
        risks.push({
          kind: this.kind,
          subject: { kind: 'zone', id: now.id },
          message: `Zone ${label(now)}: SL-T lowered (${frs.join(', ')}); the rules now demand less of its assets and conduits.`,
        });
    }
    for (const [was, now] of matched(before.conduits, after.conduits)) {
      const frs = loweredFrs(was.slTarget, now.slTarget);
      if (frs.length > 0)
        risks.push({
          kind: this.kind,
          subject: { kind: 'conduit', id: now.id },
          message: `Conduit ${label(now)}: SL-T lowered (${frs.join(', ')}).`,
        });
    }
    return risks;
  },
};
