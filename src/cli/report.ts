/** The check command's two outputs: a terminal report and one JSON object for pipelines. */
import type { AcceptanceReview } from '../domain/diff/acceptance';
import { findingKey } from '../domain/diff/finding-key';
import type { Evaluation } from '../domain/engine/evaluate';
import type { Acceptance, Model, Severity } from '../domain/model/schema';
import type { Finding } from '../domain/rules/rule';
import { plural } from '../domain/text/plural';
import { oneLine, type Style, styler } from './text';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The CLI's contract order: severity, rule, subject id (then message, so ties are stable too). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      byCodeUnit(a.rule, b.rule) ||
      byCodeUnit(a.subject.id, b.subject.id) ||
      byCodeUnit(a.message, b.message),
  );
}

/** Whether a finding's severity is at or above the level, e.g. warning → errors and warnings. */
export const atOrAbove = (severity: Severity, level: Severity) => RANK[severity] <= RANK[level];

/** Open findings (accepted ones never fail a check) at or above the given level. */
export function countAtOrAbove(open: readonly Finding[], level: Severity): number {
  return open.filter((f) => atOrAbove(f.severity, level)).length;
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  subject: { kind: string; id: string };
  message: string;
  reference: string;
  fix: string;
  /** Stable across versions: rule:kind:id (see domain/diff/finding-key.ts). */
  key: string;
  /** "accepted" while a policy acceptance holds; "open" otherwise (also after it expired). */
  status: 'open' | 'accepted';
}

export interface JsonReport {
  model: string;
  /** error/warning/info count open findings; accepted ones are counted apart. */
  summary: { error: number; warning: number; info: number; suppressed: number; accepted: number };
  findings: JsonFinding[];
  acceptances: { expired: Acceptance[]; stale: Acceptance[] };
}

/** One finding as `check --format json` writes it (the diff's JSON uses the same shape). */
export function jsonFinding(f: Finding, status: 'open' | 'accepted'): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    subject: { kind: f.subject.kind, id: f.subject.id },
    message: f.message,
    reference: f.reference,
    fix: f.fix,
    key: findingKey(f),
    status,
  };
}

export function jsonReport(model: Model, evaluation: Evaluation, review: AcceptanceReview): JsonReport {
  const accepted = new Set(review.accepted);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of review.open) counts[f.severity]++;
  return {
    model: model.meta.name,
    summary: { ...counts, suppressed: evaluation.suppressed, accepted: review.accepted.length },
    findings: sortFindings(evaluation.findings).map((f) =>
      jsonFinding(f, accepted.has(f) ? 'accepted' : 'open'),
    ),
    acceptances: { expired: review.expired, stale: review.stale },
  };
}

const HEADINGS: Record<Severity, [string, Style]> = {
  error: ['Errors', 'red'],
  warning: ['Warnings', 'yellow'],
  info: ['Info', 'blue'],
};

export interface TextReportOptions {
  failOn: Severity;
  verbose: boolean;
  color: boolean;
  /** Shown in the title line, e.g. the file name. */
  source: string;
}

/** "2 errors, 1 warning, 3 info" (open findings) */
export function countsLine(open: readonly Finding[]): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of open) c[f.severity]++;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
}

/**
 * One line per finding, grouped by severity:
 *   rule-id  subject-id  message
 * with the rule and subject columns aligned; --verbose adds the fix and the reference below.
 */
export function textReport(
  model: Model,
  evaluation: Evaluation,
  review: AcceptanceReview,
  options: TextReportOptions,
): string {
  const paint = styler(options.color);
  const findings = sortFindings(review.open);
  const all = sortFindings(evaluation.findings);
  const lines: string[] = [];
  lines.push(
    `${paint('bold', oneLine(model.meta.name) || '(unnamed model)')} ${paint('dim', `(${oneLine(options.source)})`)}: ` +
      `${plural(model.zones.length, 'zone')}, ${plural(model.assets.length, 'asset')}, ${plural(model.conduits.length, 'conduit')}`,
  );
  const ruleWidth = Math.max(0, ...all.map((f) => f.rule.length));
  const subjectWidth = Math.min(32, Math.max(0, ...all.map((f) => oneLine(f.subject.id).length)));
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const [title, style] = HEADINGS[severity];
    lines.push('', paint(style, paint('bold', `${title} (${group.length})`)));
    for (const f of group) {
      const subject = oneLine(f.subject.id);
      lines.push(
        `  ${paint(style, f.rule.padEnd(ruleWidth))}  ${subject.padEnd(subjectWidth)}  ${oneLine(f.message)}`,
      );
      if (options.verbose) {
        const indent = ' '.repeat(4);
        if (f.fix) lines.push(`${indent}${paint('dim', 'fix:')} ${oneLine(f.fix)}`);
        if (f.reference) lines.push(`${indent}${paint('dim', 'ref:')} ${oneLine(f.reference)}`);
      }
    }
  }
  const accepted = sortFindings(review.accepted);
  if (accepted.length > 0) {
    lines.push('', paint('dim', paint('bold', `Accepted (${accepted.length})`)));
    const byKey = new Map(review.findings.map((f) => [f.finding, f.acceptance]));
    for (const f of accepted) {
      const a = byKey.get(f);
      const until = a?.expires ? `, until ${a.expires}` : '';
      lines.push(
        `  ${paint('dim', f.rule.padEnd(ruleWidth))}  ${oneLine(f.subject.id).padEnd(subjectWidth)}  ${f.severity}${until}: ${oneLine(a?.justification ?? '')}`,
      );
    }
  }
  for (const a of review.expired)
    lines.push(
      '',
      paint(
        'yellow',
        `Acceptance of ${oneLine(a.finding)} expired on ${a.expires}; the finding is open again.`,
      ),
    );
  for (const a of review.stale)
    lines.push(
      '',
      paint(
        'dim',
        `Stale acceptance: ${oneLine(a.finding)} no longer occurs; remove it from policy.acceptances.`,
      ),
    );
  if (findings.length === 0 && accepted.length === 0) lines.push('', paint('green', 'No findings.'));
  const failing = countAtOrAbove(review.open, options.failOn);
  const suppressed =
    evaluation.suppressed > 0 ? `; ${evaluation.suppressed} suppressed by the model's policy` : '';
  const verdict =
    failing > 0
      ? paint('red', `FAIL: ${plural(failing, 'finding')} at or above --fail-on ${options.failOn}`)
      : paint('green', `PASS at --fail-on ${options.failOn}`);
  const acceptedNote = accepted.length > 0 ? `; ${accepted.length} accepted` : '';
  lines.push('', `${countsLine(review.open)}${acceptedNote}${suppressed}. ${verdict}`);
  return `${lines.join('\n')}\n`;
}
