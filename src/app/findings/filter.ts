/** Filtering and grouping of the findings list; pure, so it is unit tested. */
import type { Model, Severity } from '../../domain/model/schema';
import type { Finding } from '../../domain/rules/rule';

export interface FindingFilter {
  /** Only this rule; empty for all. */
  rule: string;
  /** Case-insensitive words that must all appear in the message, rule id, subject id or name. */
  text: string;
}

/** Element id → display name, for subjects and for text search. */
export function subjectNames(model: Model): Map<string, string> {
  const names = new Map<string, string>();
  for (const z of model.zones) names.set(z.id, z.name || z.id);
  for (const a of model.assets) names.set(a.id, a.name || a.id);
  for (const c of model.conduits) names.set(c.id, c.name || c.id);
  names.set('model', model.meta.name || 'Diagram');
  return names;
}

export function filterFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  names: ReadonlyMap<string, string>,
): Finding[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (filter.rule && f.rule !== filter.rule) return false;
    if (words.length === 0) return true;
    const haystack = `${f.message} ${f.rule} ${f.subject.id} ${names.get(f.subject.id) ?? ''}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** The findings by severity, keeping the engine's order inside each group. */
export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}

/** Rule id → number of findings, for the rule filter's options. */
export function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

export interface RuleOverrideView {
  rule: string;
  enabled: boolean;
  severity: Severity | undefined;
}

/** The policy overrides in the model, sorted by rule id, for the "re-enable / reset" list. */
export function ruleOverrides(model: Model): RuleOverrideView[] {
  const rules = model.policy?.rules ?? {};
  return Object.entries(rules)
    .map(([rule, o]) => ({ rule, enabled: o.enabled !== false, severity: o.severity }))
    .filter((o) => !o.enabled || o.severity !== undefined)
    .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
