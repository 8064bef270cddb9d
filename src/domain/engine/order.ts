/** The one order findings are listed in: severity (error, warning, info), rule id, subject id, message. */
import type { Severity } from '../model/schema';
import type { Finding } from '../rules/rule';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// Plain code-unit comparison: the same order in every locale, browser and Node.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.rule, b.rule) ||
    compareText(a.subject.id, b.subject.id) ||
    compareText(a.message, b.message) ||
    compareText(a.reference, b.reference) ||
    compareText(a.fix, b.fix)
  );
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.rule === b.rule &&
      a.severity === b.severity &&
      a.subject.kind === b.subject.kind &&
      a.subject.id === b.subject.id &&
      a.message === b.message &&
      a.reference === b.reference &&
      a.fix === b.fix)
  );
}

export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameFinding(a[i]!, b[i]!)) return false;
  return true;
}
