/**
 * The part of the engine's Evaluation (src/domain/engine/evaluate.ts) that exporters read. Typed
 * structurally so exporters depend only on what they use; an Evaluation is accepted as is.
 */

import type { Severity } from '../model/schema';
import type { Finding } from '../rules/rule';
import { plural } from '../text/plural';

export interface EvaluationView {
  findings: readonly Finding[];
  suppressed: number;
  counts: { error: number; warning: number; info: number };
  bySubject: ReadonlyMap<string, readonly Finding[]>;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The most severe of the findings, or undefined when there are none. */
export function worstSeverity(findings: readonly Finding[] | undefined): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings ?? [])
    if (worst === undefined || RANK[f.severity] < RANK[worst]) worst = f.severity;
  return worst;
}

export function countBySeverity(findings: readonly Finding[] | undefined): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings ?? []) counts[f.severity]++;
  return counts;
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};

/** "2 errors, 1 warning, no info" style summary, or "no findings". */
export function summariseCounts(counts: { error: number; warning: number; info: number }): string {
  const parts: string[] = [];
  if (counts.error) parts.push(plural(counts.error, 'error'));
  if (counts.warning) parts.push(plural(counts.warning, 'warning'));
  if (counts.info) parts.push(`${counts.info} info`);
  return parts.length ? parts.join(', ') : 'no findings';
}
