/** The diff command's text and JSON outputs (Markdown lives in the domain, shared with the app). */
import type { FindingWithStatus } from '../domain/diff/acceptance';
import type { Comparison } from '../domain/diff/compare';
import { CHANGE_KINDS } from '../domain/diff/model-diff';
import type { Risk } from '../domain/diff/risks';
import { fieldText, KIND_TITLES, summaryLine } from '../domain/diff/summary';
import type { Acceptance } from '../domain/model/schema';
import { type JsonFinding, jsonFinding, sortFindings } from './report';
import { oneLine, styler } from './text';

export interface DiffJson {
  summary: {
    added: number;
    removed: number;
    changed: number;
    layoutOnly: number;
    findingsIntroduced: number;
    findingsResolved: number;
    risks: number;
  };
  changes: Array<{
    kind: string;
    id: string;
    change: 'added' | 'removed' | 'changed';
    /** before/after are null where the field is absent on that side. */
    fields: Array<{ path: string; before: unknown; after: unknown }>;
  }>;
  findings: { introduced: JsonFinding[]; resolved: JsonFinding[] };
  risks: Risk[];
  acceptances: { added: Acceptance[]; removed: Acceptance[]; expired: Acceptance[] };
}

/** Introduced/resolved findings in the check command's order (severity, rule, subject id). */
function ordered(list: readonly FindingWithStatus[]): FindingWithStatus[] {
  const byFinding = new Map(list.map((f) => [f.finding, f]));
  return sortFindings(list.map((f) => f.finding)).map((f) => byFinding.get(f)!);
}

export function diffJson(c: Comparison): DiffJson {
  const s = c.summary;
  return {
    summary: {
      added: s.added,
      removed: s.removed,
      changed: s.changed,
      layoutOnly: s.layoutOnly,
      findingsIntroduced: s.findingsIntroduced,
      findingsResolved: s.findingsResolved,
      risks: s.risks,
    },
    changes: c.changes.map((ch) => ({
      kind: ch.kind,
      id: ch.id,
      change: ch.change,
      fields: ch.fields.map((f) => ({ path: f.path, before: f.before ?? null, after: f.after ?? null })),
    })),
    findings: {
      introduced: ordered(c.findings.introduced).map((f) => jsonFinding(f.finding, f.status)),
      resolved: ordered(c.findings.resolved).map((f) => jsonFinding(f.finding, f.status)),
    },
    risks: c.risks.map((r) => ({
      kind: r.kind,
      subject: { kind: r.subject.kind, id: r.subject.id },
      message: r.message,
    })),
    acceptances: c.acceptances,
  };
}

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

export function diffText(
  c: Comparison,
  options: { before: string; after: string; color: boolean; verdict?: string },
): string {
  const paint = styler(options.color);
  const lines: string[] = [];
  lines.push(`${paint('bold', 'Comparing')} ${oneLine(options.before)} → ${oneLine(options.after)}`);
  lines.push(summaryLine(c));
  if (c.summary.layoutOnly > 0 && !c.changes.some((ch) => ch.layoutOnly))
    lines.push(paint('dim', `(${c.summary.layoutOnly} layout-only; --include-layout lists them)`));

  if (c.risks.length > 0) {
    lines.push('', paint('red', paint('bold', `Security-relevant changes (${c.risks.length})`)));
    const width = Math.max(...c.risks.map((r) => r.kind.length));
    for (const r of c.risks) lines.push(`  ${paint('red', r.kind.padEnd(width))}  ${oneLine(r.message)}`);
  }
  for (const kind of CHANGE_KINDS) {
    const group = c.changes.filter((ch) => ch.kind === kind);
    if (group.length === 0) continue;
    lines.push('', paint('bold', `${KIND_TITLES[kind]} (${group.length})`));
    for (const ch of group) {
      const style = ch.change === 'added' ? 'green' : ch.change === 'removed' ? 'red' : 'yellow';
      const name = ch.name && ch.name !== ch.id ? ` "${oneLine(ch.name)}"` : '';
      lines.push(
        `  ${paint(style, SIGN[ch.change])} ${oneLine(ch.id)}${name}${ch.layoutOnly ? paint('dim', ' (layout)') : ''}`,
      );
      if (ch.change === 'changed') for (const f of ch.fields) lines.push(`      ${oneLine(fieldText(f))}`);
    }
  }
  const findingLines = (title: string, list: readonly FindingWithStatus[]) => {
    if (list.length === 0) return;
    lines.push('', paint('bold', `${title} (${list.length})`));
    for (const f of ordered(list))
      lines.push(
        `  ${f.finding.severity.padEnd(7)}  ${oneLine(f.key)}${f.status === 'accepted' ? paint('dim', ' [accepted]') : ''}  ${oneLine(f.finding.message)}`,
      );
  };
  findingLines('Findings introduced', c.findings.introduced);
  findingLines('Findings resolved', c.findings.resolved);
  const acceptances: Array<[string, readonly Acceptance[]]> = [
    ['added', c.acceptances.added],
    ['removed', c.acceptances.removed],
    ['expired', c.acceptances.expired],
  ];
  if (acceptances.some(([, list]) => list.length > 0)) {
    lines.push('', paint('bold', 'Risk acceptances'));
    for (const [what, list] of acceptances)
      for (const a of list)
        lines.push(
          `  ${what.padEnd(7)}  ${oneLine(a.finding)}${a.expires ? ` (expires ${a.expires})` : ''}: ${oneLine(a.justification)}`,
        );
  }
  if (c.changes.length === 0 && c.findings.introduced.length === 0 && c.findings.resolved.length === 0)
    lines.push('', paint('green', 'No changes.'));
  if (options.verdict) lines.push('', options.verdict);
  return `${lines.join('\n')}\n`;
}
