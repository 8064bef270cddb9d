/**
 * A comparison as a standalone HTML change record: the same content as the Markdown record
 * (summary, security-relevant changes, changes by kind, findings delta, acceptances, and the
 * change records attached to the model) laid out as real tables that paste into a document and
 * print on A4. Every piece of user text is escaped; no script, nothing fetched (CSP meta tag).
 */
import { REPORT_CSS } from '../export/report-css';
import { xmlText } from '../export/text';
import type { Acceptance, ChangeRecord } from '../model/schema';
import { plural } from '../text/plural';
import type { FindingWithStatus } from './acceptance';
import type { Comparison } from './compare';
import { CHANGE_KINDS } from './model-diff';
import { fieldText, KIND_TITLES, summaryLine } from './summary';

export interface HtmlRecordOptions {
  beforeLabel: string;
  afterLabel: string;
  /** Change records to list with the comparison (the model's; listed newest first). */
  records?: readonly ChangeRecord[];
  /** When the record was generated (ISO text), shown in the header. */
  generatedAt?: string;
}

const h = (s: string) => xmlText(s);

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((c) => `<th>${h(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const code = (s: string) => `<code>${h(s)}</code>`;

function findingRows(list: readonly FindingWithStatus[]): string[][] {
  return list.map(({ finding, key, status }) => [
    `<span class="sev ${finding.severity}">${finding.severity}</span>`,
    code(key),
    h(finding.message),
    status === 'accepted' ? 'accepted' : 'open',
  ]);
}

function acceptanceRows(kind: string, list: readonly Acceptance[]): string[][] {
  return list.map((a) => [
    kind,
    code(a.finding),
    h(a.justification),
    h(a.acceptedBy ?? ''),
    h(a.expires ?? ''),
  ]);
}

/** Newest first, undated last, ties in the file's order (as the report's change history). */
function newestFirst(records: readonly ChangeRecord[]): ChangeRecord[] {
  return records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.date ?? '').localeCompare(a.r.date ?? '') || a.i - b.i)
    .map(({ r }) => r);
}

function recordRows(records: readonly ChangeRecord[]): string[][] {
  return newestFirst(records).map((r) => [
    h(r.date ?? ''),
    `<b>${h(r.title)}</b>${r.reason ? `<br><span class="muted">${h(r.reason)}</span>` : ''}`,
    h(r.status),
    h(r.ticket ?? ''),
    h(r.requestedBy ?? ''),
    h(r.implementedBy ?? ''),
    h(r.approvedBy ?? ''),
  ]);
}

export function comparisonHtml(c: Comparison, options: HtmlRecordOptions): string {
  const title = `Model changes: ${options.beforeLabel} → ${options.afterLabel}`;
  const out: string[] = [];
  out.push(`<header><p class="eyebrow">IEC 62443 zones and conduits — change record</p>`);
  out.push(`<h1>${h(title)}</h1>`);
  out.push(`<p><b>${h(summaryLine(c))}</b></p>`);
  if (c.summary.layoutOnly > 0)
    out.push(
      `<p class="muted">${plural(c.summary.layoutOnly, 'layout-only change')} (moved or resized on the diagram).</p>`,
    );
  if (options.generatedAt) out.push(`<p class="muted">Generated ${h(options.generatedAt)}</p>`);
  out.push('</header>');

  if (c.risks.length > 0) {
    out.push('<section id="risks"><h2>⚠ Security-relevant changes</h2>');
    out.push(
      table(
        ['Kind', 'Subject', 'Why it matters'],
        c.risks.map((r) => [code(r.kind), `${h(r.subject.kind)} ${code(r.subject.id)}`, h(r.message)]),
      ),
      '</section>',
    );
  }

  if (c.changes.length === 0) out.push('<p>No changes to the architecture.</p>');
  for (const kind of CHANGE_KINDS) {
    const group = c.changes.filter((ch) => ch.kind === kind);
    if (group.length === 0) continue;
    out.push(`<section><h2>${KIND_TITLES[kind]} (${group.length})</h2>`);
    out.push(
      table(
        ['Change', 'Name', 'Id', 'Fields'],
        group.map((ch) => [
          `<span class="change ${ch.change}">${ch.layoutOnly ? 'moved' : ch.change}</span>`,
          h(ch.name),
          code(ch.id),
          ch.change === 'changed' ? ch.fields.map((f) => h(fieldText(f))).join('<br>') : '–',
        ]),
      ),
      '</section>',
    );
  }

  for (const which of ['introduced', 'resolved'] as const) {
    const list = c.findings[which];
    if (list.length === 0) continue;
    out.push(`<section><h2>Findings ${which} (${list.length})</h2>`);
    out.push(table(['Severity', 'Finding', 'Message', 'Status'], findingRows(list)), '</section>');
  }

  const acceptances = [
    ...acceptanceRows('added', c.acceptances.added),
    ...acceptanceRows('removed', c.acceptances.removed),
    ...acceptanceRows('expired', c.acceptances.expired),
  ];
  if (acceptances.length > 0)
    out.push(
      '<section><h2>Risk acceptances</h2>',
      table(['', 'Finding', 'Justification', 'Accepted by', 'Expires'], acceptances),
      '</section>',
    );

  if (options.records?.length)
    out.push(
      '<section><h2>Change records</h2>',
      table(
        ['Date', 'Change', 'Status', 'Ticket / MOC', 'Requested by', 'Implemented by', 'Approved by'],
        recordRows(options.records),
      ),
      '</section>',
    );

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ot-zones">
<title>${h(title)}</title>
<style>${REPORT_CSS}
.change.added { color: #15803d; font-weight: 600; } .change.removed { color: #b91c1c; font-weight: 600; }
.change.changed { color: #b45309; font-weight: 600; }</style>
</head>
<body>
${out.join('\n')}
</body>
</html>
`;
}
