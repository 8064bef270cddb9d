/** The check command's two outputs: a terminal report and one JSON object for pipelines. */
import type { Evaluation } from '../domain/engine/evaluate';
import type { Model, Severity } from '../domain/model/schema';
import type { Finding } from '../domain/rules/rule';
import { oneLine, plural, type Style, styler } from './text';

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

/** Findings at or above the given level, e.g. warning → errors and warnings. */
export function countAtOrAbove(evaluation: Evaluation, level: Severity): number {
  return SEVERITIES.filter((s) => RANK[s] <= RANK[level]).reduce((n, s) => n + evaluation.counts[s], 0);
}

export interface JsonReport {
  model: string;
  summary: { error: number; warning: number; info: number; suppressed: number };
  findings: Array<{
    rule: string;
    severity: Severity;
    subject: { kind: string; id: string };
    message: string;
    reference: string;
    fix: string;
  }>;
}

export function jsonReport(model: Model, evaluation: Evaluation): JsonReport {
  return {
    model: model.meta.name,
    summary: { ...pickCounts(evaluation), suppressed: evaluation.suppressed },
    findings: sortFindings(evaluation.findings).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      subject: { kind: f.subject.kind, id: f.subject.id },
      message: f.message,
      reference: f.reference,
      fix: f.fix,
    })),
  };
}

const pickCounts = (e: Evaluation) => ({
  error: e.counts.error,
  warning: e.counts.warning,
  info: e.counts.info,
});

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

/** "2 errors, 1 warning, 3 info" */
export function countsLine(evaluation: Evaluation): string {
  const c = evaluation.counts;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
}

/**
 * One line per finding, grouped by severity:
 *   rule-id  subject-id  message
 * with the rule and subject columns aligned; --verbose adds the fix and the reference below.
 */
export function textReport(model: Model, evaluation: Evaluation, options: TextReportOptions): string {
  const paint = styler(options.color);
  const findings = sortFindings(evaluation.findings);
  const lines: string[] = [];
  lines.push(
    `${paint('bold', oneLine(model.meta.name) || '(unnamed model)')} ${paint('dim', `(${oneLine(options.source)})`)}: ` +
      `${plural(model.zones.length, 'zone')}, ${plural(model.assets.length, 'asset')}, ${plural(model.conduits.length, 'conduit')}`,
  );
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
  const subjectWidth = Math.min(32, Math.max(0, ...findings.map((f) => oneLine(f.subject.id).length)));
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
  if (findings.length === 0) lines.push('', paint('green', 'No findings.'));
  const failing = countAtOrAbove(evaluation, options.failOn);
  const suppressed =
    evaluation.suppressed > 0 ? `; ${evaluation.suppressed} suppressed by the model's policy` : '';
  const verdict =
    failing > 0
      ? paint('red', `FAIL: ${plural(failing, 'finding')} at or above --fail-on ${options.failOn}`)
      : paint('green', `PASS at --fail-on ${options.failOn}`);
  lines.push('', `${countsLine(evaluation)}${suppressed}. ${verdict}`);
  return `${lines.join('\n')}\n`;
}
