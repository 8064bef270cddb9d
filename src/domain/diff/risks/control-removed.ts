import { control } from '../../catalog/controls';
import { label } from '../../rules/format';
import { matched } from './matched';
import type { Risk, RiskCheck } from './risk';

/** A security control taken off a conduit that stays (a removed conduit takes its path with it). */
export const controlRemoved: RiskCheck = {
  kind: 'control-removed',
  title: 'Control removed from a conduit',
  check({ before, after }) {
    const risks: Risk[] = [];
    for (const [was, now] of matched(before.conduits, after.conduits)) {
      const kept = new Set(now.controls ?? []);
      for (const id of was.controls ?? [])
        if (!kept.has(id))
          risks.push({
            kind: this.kind,
            subject: { kind: 'conduit', id: now.id },
            message: `Conduit ${label(now)} lost control ${control(id)?.label ?? id} (${id}).`,
          });
    }
    return risks;
  },
};
