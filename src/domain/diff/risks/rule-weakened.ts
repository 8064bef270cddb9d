import { SEVERITY_RANK } from '../../engine/order';
import type { Model, Severity } from '../../model/schema';
import { ruleById } from '../../rules';
import type { Risk, RiskCheck } from './risk';

/** The severity the policy gives a rule (undefined when the rule is disabled or unknown). */
function effectiveSeverity(model: Model, ruleId: string): Severity | undefined {
  const rule = ruleById(ruleId);
  if (!rule) return undefined;
  const entry = model.policy?.rules?.[ruleId];
  if (entry?.enabled === false) return undefined;
  return entry?.severity ?? rule.severity;
}

/** A policy rule disabled or given a lower severity: findings that used to show or fail no longer do. */
export const ruleWeakened: RiskCheck = {
  kind: 'rule-weakened',
  title: 'Policy rule disabled or downgraded',
  check({ before, after }) {
    const ids = new Set([
      ...Object.keys(before.policy?.rules ?? {}),
      ...Object.keys(after.policy?.rules ?? {}),
    ]);
    const risks: Risk[] = [];
    for (const id of [...ids].sort()) {
      if (!ruleById(id)) continue;
      const was = effectiveSeverity(before, id);
      const now = effectiveSeverity(after, id);
      if (was === undefined) continue;
      if (now === undefined)
        risks.push({ kind: this.kind, subject: { kind: 'policy', id }, message: `Rule ${id} was disabled.` });
      else if (SEVERITY_RANK[now] > SEVERITY_RANK[was])
        risks.push({
          kind: this.kind,
          subject: { kind: 'policy', id },
          message: `Rule ${id} was downgraded from ${was} to ${now}.`,
        });
    }
    return risks;
  },
};
