/**
 * The model's policy overrides: a rule can be disabled (its findings are counted as suppressed)
 * or re-graded. Entries for rule ids the engine does not know are ignored.
 */
import type { Model, Severity } from '../model/schema';
import type { Finding } from '../rules/rule';

export interface RuleOverride {
  enabled: boolean;
  severity: Severity | undefined;
}

export type PolicyLookup = (ruleId: string) => RuleOverride | undefined;

const NONE: PolicyLookup = () => undefined;

export function policyLookup(model: Model): PolicyLookup {
  const rules = model.policy?.rules;
  if (!rules) return NONE;
  return (ruleId) => {
    if (!Object.hasOwn(rules, ruleId)) return undefined;
    const entry = rules[ruleId];
    if (!entry) return undefined;
    return { enabled: entry.enabled !== false, severity: entry.severity };
  };
}

/**
 * The finding as the policy shows it: undefined when its rule is disabled, a re-graded copy when
 * the policy sets another severity, else the finding itself.
 */
export function applyOverride(finding: Finding, lookup: PolicyLookup): Finding | undefined {
  const override = lookup(finding.rule);
  if (!override) return finding;
  if (!override.enabled) return undefined;
  if (override.severity === undefined || override.severity === finding.severity) return finding;
  return { ...finding, severity: override.severity };
}
