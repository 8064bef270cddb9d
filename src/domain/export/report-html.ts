/**
 * The security-plan report as one standalone HTML file: inline CSS, the vector diagram inline, no
 * script at all, nothing fetched. A Content-Security-Policy meta tag forbids scripts and remote
 * loads as a second line of defence behind escaping. Prints to PDF on A4 or Letter: tables repeat
 * their header on each page, rows are never cut, and the diagram prints as an overview plus parts
 * on landscape pages at a readable size (report-diagram.ts).
 */
import type { Model, Severity } from '../model/schema';
import { FR_IDS, type SlVector } from '../security-level';
import { type EvaluationView, SEVERITY_LABEL, summariseCounts } from './findings';
import { REPORT_CSS } from './report-css';
import { buildReportData, type ConduitRow, type ReportData, type ReportOptions } from './report-data';
import { type DiagramSection, diagramFigure } from './report-diagram';
import { renderSvg, slShort } from './svg';
import { xmlText } from './text';

/** Escaped single-line user text. */
const h = (s: string) => xmlText(s);
/** Escaped multi-line user text (shown with white-space: pre-wrap). */
const hm = (s: string) => xmlText(s, { multiline: true });

const DIAGRAM_CAPTION =
  'Zones with their kind, Purdue level and target security level (SL-T); conduits with their type, direction and SL-T / SL-C. Elements with findings are marked by severity.';

export function sevPill(severity: Severity): string {
  return `<span class="sev ${severity}">${SEVERITY_LABEL[severity]}</span>`;
}

export function frHeader(prefix: string): string {
  return FR_IDS.map(
    (fr, i) => `<th class="num fr" title="${prefix} FR${i + 1}">${fr}<small>FR${i + 1}</small></th>`,
  ).join('');
}

export function vectorCells(v: SlVector | undefined, unsetLabel = 'not set'): string {
  if (!v) return `<td class="unset" colspan="7">${unsetLabel}</td>`;
  return v.map((n) => `<td class="num">${n}</td>`).join('');
}

function targetCapabilityCells(c: ConduitRow): string {
  if (!c.slTarget && !c.slCapability) return '<td class="unset" colspan="7">not set</td>';
  return FR_IDS.map((_, i) => {
    const t = c.slTarget?.[i];
    const cap = c.slCapability?.[i];
    const unknown = cap === undefined && (t ?? 0) > 0;
    const text = `${t ?? '–'} / ${cap ?? (unknown ? 'unknown' : '–')}`;
    return `<td class="num${c.short[i] ? ' short' : unknown ? ' unknown' : ''}">${text}</td>`;
  }).join('');
}

function countsText(c: Record<Severity, number>): string {
  const parts = (['error', 'warning', 'info'] as const)
    .filter((s) => c[s] > 0)
    .map((s) => `<span class="sev ${s}">${c[s]}</span>`);
  return parts.length ? parts.join(' ') : '<span class="muted">–</span>';
}

/** A table, or `empty` without rows; `widths` (CSS lengths per column) fix the column widths. */
export const htmlTable = (head: string, rows: string[], empty: string, widths?: readonly string[]) =>
  rows.length
    ? `<table${widths ? ' class="fixed"' : ''}>${widths ? `<colgroup>${widths.map((w) => `<col style="width:${w}">`).join('')}</colgroup>` : ''}<thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
    : `<p class="empty">${empty}</p>`;

function render(data: ReportData, diagram: DiagramSection): string {
  const c = data.findingCounts;
  const sections: string[] = [];

  sections.push(`<section id="diagram">
<h2>1. Zone and conduit diagram</h2>
${diagram.figure}
</section>
${diagram.parts}`);

  sections.push(`<section id="findings">
<h2>2. Findings</h2>
<p>${h(summariseCounts(c))}${data.suppressed ? `; ${data.suppressed} more hidden by the policy (see section 7)` : ''}.</p>
${htmlTable(
  '<th>Severity</th><th class="finding">Finding</th><th class="w8">Element</th><th>Reference</th><th class="w10">How to fix</th>',
  data.findings.map(
    (f) =>
      `<tr><td>${sevPill(f.severity)}</td><td><div class="finding-title">${h(f.ruleTitle)}</div>${h(f.message)}<div class="muted">${h(f.rule)}</div></td><td>${h(f.subjectName)}<div class="muted">${f.subjectKind} ${h(f.subjectId)}</div></td><td class="ref">${h(f.reference)}</td><td>${h(f.fix)}</td></tr>`,
  ),
  'The policy check found nothing to report.',
  // Fixed widths: the finding text gets the room, references wrap in a narrow column (issue 18).
  ['9%', '41%', '15%', '13%', '22%'],
)}
</section>`);

  sections.push(`<section id="zones">
<h2>3. Zone register</h2>
<p class="muted">Target security level (SL-T) per foundational requirement FR1–FR7.</p>
${htmlTable(
  `<th class="w10">Zone</th><th class="w6">Kind</th><th class="num">Purdue</th><th class="w6">Parent</th>${frHeader('SL-T')}<th class="num">Assets</th><th class="w6">Owner</th><th class="nw">Findings</th>`,
  data.zones.map(
    (z) =>
      `<tr><td><b>${h(z.name)}</b>${z.description ? `<div class="muted pre">${hm(z.description)}</div>` : ''}</td><td>${h(z.kind)}</td><td class="num">${z.purdueLevel}</td><td>${h(z.parent)}</td>${vectorCells(z.slTarget)}<td class="num">${z.assets}</td><td>${h(z.owner)}</td><td>${countsText(z.findings)}</td></tr>`,
  ),
  'The model has no zones.',
)}
</section>`);

  sections.push(`<section id="assets">
<h2>4. Asset inventory</h2>
${
  data.assetsByZone.length
    ? data.assetsByZone
        .map(
          (group) => `<h3>${h(group.zone)}</h3>
${htmlTable(
  '<th class="w10">Asset</th><th class="w8">Type</th><th class="w6">Class</th><th class="w6">Flags</th><th class="num">SL-C</th><th class="w8">Addresses</th><th class="w8">Vendor / model</th>',
  group.assets.map(
    (a) =>
      `<tr><td><b>${h(a.name)}</b></td><td>${h(a.type)}</td><td>${h(a.class)}</td><td>${h(a.flags.join(', '))}</td>${a.slCapability ? `<td class="num">${h(slShort(a.slCapability))}</td>` : '<td class="num unknown">unknown</td>'}<td>${h(a.addresses)}</td><td>${h(a.vendorModel)}</td></tr>`,
  ),
  '',
)}`,
        )
        .join('\n')
    : '<p class="empty">The model has no assets.</p>'
}
</section>`);

  sections.push(`<section id="conduits">
<h2>5. Conduit register</h2>
<p class="muted">Each FR cell shows target / capability (SL-T / SL-C); highlighted cells fall short, hatched cells have no SL-C recorded (unknown, not compliant). A conduit without its own SL-T (“SL-T: zones”) takes the highest target of its zones on each FR.</p>
${htmlTable(
  `<th class="w10">Conduit</th><th class="w8">Zones</th><th class="w6">Type</th>${frHeader('SL-T / SL-C')}<th class="w8">Controls</th><th class="nw">Findings</th>`,
  data.conduits.map(
    (cd) =>
      `<tr><td><b>${h(cd.name)}</b>${cd.flags.length ? `<div class="muted">${h(cd.flags.join(', '))}</div>` : ''}${cd.description ? `<div class="muted pre">${hm(cd.description)}</div>` : ''}</td><td>${cd.zones.map(h).join(cd.direction === 'forward' ? ' →<br>' : ' ↔<br>')}</td><td>${h(cd.type)}<div class="muted">${cd.direction === 'forward' ? 'one-way' : 'both ways'}</div><div class="muted">SL-T: ${cd.targetSource === 'conduit' ? 'own' : cd.targetSource}</div></td>${targetCapabilityCells(cd)}<td>${h(cd.controls.join(', ')) || '<span class="muted">none</span>'}</td><td>${countsText(cd.findings)}</td></tr>`,
  ),
  'The model has no conduits.',
)}
</section>`);

  sections.push(`<section id="flows">
<h2>6. Documented flows</h2>
${htmlTable(
  '<th class="w8">Conduit</th><th class="w8">From</th><th class="w8">To</th><th class="w6">Protocol</th><th class="num">Port</th><th class="w10">Purpose</th>',
  data.flows.map(
    (f) =>
      `<tr><td>${h(f.conduit)}</td><td>${h(f.from)}</td><td>${h(f.to)}</td><td>${h(f.protocol)}</td><td class="num">${h(f.port) || '–'}</td><td class="pre">${hm(f.description)}</td></tr>`,
  ),
  'No flows are documented.',
)}
</section>`);

  sections.push(`<section id="policy">
<h2>7. Policy: suppressed and re-graded rules</h2>
${
  data.policy.length
    ? htmlTable(
        '<th>Rule</th><th>Title</th><th>Change</th><th class="num">Findings hidden</th>',
        data.policy.map(
          (p) =>
            `<tr><td>${h(p.rule)}</td><td>${h(p.title)}</td><td>${h(p.change)}</td><td class="num">${p.hidden}</td></tr>`,
        ),
        '',
      )
    : '<p class="empty">No rule is disabled or re-graded: the whole policy applies.</p>'
}
</section>`);

  if (data.notes.length)
    sections.push(`<section id="notes">
<h2>8. Notes and comments</h2>
${data.notes
  .map(
    (n) =>
      `<div class="note"><div class="muted">${h(n.about)}${n.author ? ` — ${h(n.author)}` : ''}${n.createdAt ? `, ${h(n.createdAt)}` : ''}</div><div class="pre">${hm(n.text)}</div></div>`,
  )
  .join('\n')}
</section>`);

  if (data.changes.length)
    sections.push(`<section id="changes">
<h2>${data.notes.length ? 9 : 8}. Change history</h2>
${htmlTable(
  '<th>Date</th><th>Change</th><th>Status</th><th>Ticket / MOC</th><th>Requested by</th><th>Implemented by</th><th>Approved by</th><th>Reason</th>',
  data.changes.map(
    (r) =>
      `<tr><td>${h(r.date) || '–'}</td><td>${h(r.title)}${r.summary ? `<div class="muted">${h(r.summary)}</div>` : ''}</td><td>${h(r.status)}</td><td>${h(r.ticket) || '–'}</td><td>${h(r.requestedBy) || '–'}</td><td>${h(r.implementedBy) || '–'}</td><td>${h(r.approvedBy) || '–'}</td><td>${h(r.reason) || '–'}</td></tr>`,
  ),
  '',
)}
</section>`);

  if (data.characteristics.length)
    sections.push(`<section id="characteristics">
<h2>${8 + (data.notes.length ? 1 : 0) + (data.changes.length ? 1 : 0)}. Zone and conduit characteristics (IEC 62443-3-2 ZCR 6)</h2>
${data.characteristics
  .map(
    (b) =>
      `<h3>${h(b.subject)}</h3>\n${htmlTable(
        '<th>Characteristic</th><th>Recorded</th>',
        b.rows.map(([k, v]) => `<tr><td>${h(k)}</td><td class="pre">${hm(v)}</td></tr>`),
        '',
      )}`,
  )
  .join('\n')}
</section>`);

  const tocItems = [
    ['diagram', 'Zone and conduit diagram'],
    ['findings', 'Findings'],
    ['zones', 'Zone register'],
    ['assets', 'Asset inventory'],
    ['conduits', 'Conduit register'],
    ['flows', 'Documented flows'],
    ['policy', 'Policy'],
    ...(data.notes.length ? [['notes', 'Notes and comments']] : []),
    ...(data.changes.length ? [['changes', 'Change history']] : []),
    ...(data.characteristics.length ? [['characteristics', 'Zone and conduit characteristics']] : []),
  ];

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ot-zones">
<title>Security plan: ${h(data.title)}</title>
<style>${REPORT_CSS}${diagram.css}</style>
</head>
<body>
<header>
<p class="eyebrow">IEC 62443 zones and conduits — security plan</p>
<h1>${h(data.title)}</h1>
<dl class="meta">
${data.meta.map(([k, v]) => `<dt>${k}</dt><dd>${h(v)}</dd>`).join('\n')}
<dt>Generated</dt><dd>${h(data.generatedAt)}</dd>
</dl>
${data.description ? `<p class="pre">${hm(data.description)}</p>` : ''}
<div class="cards">
<div class="card"><b>${data.counts.zones}</b><span>zones</span></div>
<div class="card"><b>${data.counts.assets}</b><span>assets</span></div>
<div class="card"><b>${data.counts.conduits}</b><span>conduits</span></div>
<div class="card"><b>${data.counts.flows}</b><span>documented flows</span></div>
<div class="card error"><b>${c.error}</b><span>errors</span></div>
<div class="card warning"><b>${c.warning}</b><span>warnings</span></div>
<div class="card info"><b>${c.info}</b><span>info</span></div>
</div>
<nav class="toc"><b>Contents</b><ol>
${tocItems.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('\n')}
</ol></nav>
</header>
<main>
${sections.join('\n')}
</main>
<footer>Generated by ot-zones on ${h(data.generatedAt)}. Findings come from the ot-zones policy rules; each names the IEC 62443 requirement it is based on. Check the findings against the full standard before relying on them.</footer>
</body>
</html>
`;
}

export function exportReportHtml(
  model: Model,
  evaluation: EvaluationView,
  options: ReportOptions = {},
): string {
  const data = buildReportData(model, evaluation, options);
  const drawing = renderSvg(model, { evaluation, findings: true, xmlDeclaration: false });
  return render(data, diagramFigure(drawing, DIAGRAM_CAPTION));
}
