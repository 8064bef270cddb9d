import { PURDUE_LEVELS } from '../../catalog/zone-kinds';
import { zonePurdueLevel } from '../../model/derive';
import { flowText, label } from '../../rules/format';
import { addedFlows } from './added-flows';
import type { Risk, RiskCheck } from './risk';

/** Purdue levels a flow jumps over, e.g. 4 → 2 skips 3.5 and 3 (two levels). */
export const SKIPPED_LEVELS_FLAGGED = 2;

export function levelsSkipped(from: number, to: number): number {
  const a = PURDUE_LEVELS.indexOf(from as (typeof PURDUE_LEVELS)[number]);
  const b = PURDUE_LEVELS.indexOf(to as (typeof PURDUE_LEVELS)[number]);
  return Math.max(0, Math.abs(a - b) - 1);
}

/** A new flow that jumps two or more Purdue levels: traffic bypasses the layers meant to stop it. */
export const flowSkipsLevels: RiskCheck = {
  kind: 'flow-skips-levels',
  title: 'Flow added that skips two or more Purdue levels',
  check({ before, after, afterIndex }) {
    const risks: Risk[] = [];
    for (const { conduit, flow } of addedFlows(before, after)) {
      const from = afterIndex.zone.get(flow.from);
      const to = afterIndex.zone.get(flow.to);
      if (!from || !to) continue;
      const a = zonePurdueLevel(from);
      const b = zonePurdueLevel(to);
      const skipped = levelsSkipped(a, b);
      if (skipped >= SKIPPED_LEVELS_FLAGGED)
        risks.push({
          kind: this.kind,
          subject: { kind: 'conduit', id: conduit.id },
          message: `Conduit ${label(conduit)} gained a flow from Purdue level ${a} to ${b}, skipping ${skipped} levels: ${flowText(flow, afterIndex.zone)}.`,
        });
    }
    return risks;
  },
};
