/**
 * A comparison as Markdown, for a pull-request comment or a change record: the summary line, the
 * security-relevant changes first, then tables of changes by kind (each element by name and id),
 * findings introduced and resolved, and acceptances. User text is escaped (mdText): a name in a
 * model file can never become markup, HTML or a link in the comment.
 */

import type { Acceptance } from '../model/schema';
import { mdCell, mdTable, mdText } from '../text/markdown';
import { plural } from '../text/plural';
import type { FindingWithStatus } from './acceptance';
import type { Comparison } from './compare';
import { CHANGE_KINDS } from './model-diff';
import { fieldText, KIND_TITLES, summaryLine } from './summary';

export interface MarkdownOptions {
  /** Names of the two versions, e.g. file names or "saved version 'Before outage'". */
  beforeLabel: string;
  afterLabel: string;
  /** Heading level of the title (2 by default: a PR comment's own heading). */
  level?: number;
}

const code = (id: string) => `\`${id.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;

function findingRows(list: readonly FindingWithStatus[]): string[][] {
  return list.map(({ finding, key, status }) => [
    finding.severity,
    code(key),
    mdCell(finding.message),
    status === 'accepted' ? 'accepted' : 'open',
  ]);
}

function acceptanceRows(kind: string, list: readonly Acceptance[]): string[][] {
  return list.map((a) => [
    kind,
    code(a.finding),
    mdCell(a.justification),
    mdCell(a.acceptedBy ?? ''),
    mdCell(a.expires ?? ''),
  ]);
}

export function comparisonMarkdown(c: Comparison, options: MarkdownOptions): string {
  const h = (n: number) => '#'.repeat(Math.min(6, (options.level ?? 2) + n));
  const out: string[] = [];
  out.push(`${h(0)} Model changes: ${mdText(options.beforeLabel)} → ${mdText(options.afterLabel)}`, '');
  out.push(`**${summaryLine(c)}**`);
  if (c.summary.layoutOnly > 0)
    out.push(
      '',
      `_${plural(c.summary.layoutOnly, 'layout-only change')} (moved or resized on the diagram)._`,
    );

  if (c.risks.length > 0) {
    out.push('', `${h(1)} ⚠ Security-relevant changes`, '');
    out.push(
      mdTable(
        ['Kind', 'Subject', 'Why it matters'],
        c.risks.map((r) => [code(r.kind), `${r.subject.kind} ${code(r.subject.id)}`, mdCell(r.message)]),
      ),
    );
  }

  const listed = c.changes;
  if (listed.length === 0) out.push('', 'No changes to the architecture.');
  for (const kind of CHANGE_KINDS) {
    const group = listed.filter((ch) => ch.kind === kind);
    if (group.length === 0) continue;
    out.push('', `${h(1)} ${KIND_TITLES[kind]} (${group.length})`, '');
    out.push(
      mdTable(
        ['Change', 'Name', 'Id', 'Fields'],
        group.map((ch) => [
          ch.layoutOnly ? 'moved' : ch.change,
          mdCell(ch.name),
          code(ch.id),
          ch.change === 'changed' ? mdCell(ch.fields.map(fieldText).join('; ')) : '–',
        ]),
      ),
    );
  }

  if (c.findings.introduced.length > 0) {
    out.push('', `${h(1)} Findings introduced (${c.findings.introduced.length})`, '');
    out.push(mdTable(['Severity', 'Finding', 'Message', 'Status'], findingRows(c.findings.introduced)));
  }
  if (c.findings.resolved.length > 0) {
    out.push('', `${h(1)} Findings resolved (${c.findings.resolved.length})`, '');
    out.push(mdTable(['Severity', 'Finding', 'Message', 'Status'], findingRows(c.findings.resolved)));
  }
  const acceptances = [
    ...acceptanceRows('added', c.acceptances.added),
    ...acceptanceRows('removed', c.acceptances.removed),
    ...acceptanceRows('expired', c.acceptances.expired),
  ];
  if (acceptances.length > 0) {
    out.push('', `${h(1)} Risk acceptances`, '');
    out.push(mdTable(['', 'Finding', 'Justification', 'Accepted by', 'Expires'], acceptances));
  }
  return `${out.join('\n')}\n`;
}
