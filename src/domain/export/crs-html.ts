/**
 * The Cybersecurity Requirements Specification (IEC 62443-3-2 ZCR 6) as one standalone HTML file,
 * built like the security-plan report: inline CSS, the diagram inline as SVG, no script, a CSP that
 * forbids scripts and remote loads, every piece of user text escaped. Prints to PDF.
 */
import type { Model } from '../model/schema';
import { FR_IDS, type SlVector } from '../security-level';
import { buildCrsData, type CrsData, type CrsElement } from './crs-data';
import type { EvaluationView } from './findings';
import { REPORT_CSS } from './report-css';
import type { ReportOptions } from './report-data';
import { type DiagramSection, diagramFigure } from './report-diagram';
import { frHeader, htmlTable, sevPill, vectorCells } from './report-html';
import { renderSvg, slShort } from './svg';
import { xmlText } from './text';

const h = (s: string) => xmlText(s);
const hm = (s: string) => xmlText(s, { multiline: true });

const CRS_CSS = `
.el { break-before: auto; }
dl.chars { display: grid; grid-template-columns: 14em 1fr; gap: 4px 16px; margin: 8px 0 12px; }
dl.chars dt { color: var(--muted); }
dl.chars dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
td.over { background: #fee2e2; color: #991b1b; font-weight: 600; }
td.met { color: #166534; } td.notmet { color: #991b1b; font-weight: 600; } td.partly { color: #92400e; }
.matrix td { text-align: center; font-size: 12px; }
.lvl-0 { background: #dcfce7; } .lvl-1 { background: #fef9c3; } .lvl-2 { background: #fed7aa; } .lvl-3 { background: #fecaca; } .lvl-4 { background: #f5d0fe; }
@media print { .matrix td, td.over { -webkit-print-color-adjust: exact; print-color-adjust: exact; } section.el { break-before: page; } }
`;

const statusClass = (status: string) =>
  status === 'Met' ? 'met' : status === 'Not met' ? 'notmet' : status === 'Partly met' ? 'partly' : 'muted';

function slCell(v: SlVector | undefined) {
  return v ? h(slShort(v)) : '<span class="muted">not set</span>';
}

function elementSection(e: CrsElement, n: string): string {
  const target = e.noSlTarget
    ? `<p><b>No SL-T:</b> <span class="pre">${hm(e.noSlTarget)}</span></p>`
    : `<p><b>SL-T:</b> ${slCell(e.slTarget)}${e.suggestedSl !== undefined ? ` <span class="muted">(risk suggests ${e.suggestedSl})</span>` : ''} · <b>SL-A:</b> ${h(slShort(e.slAchieved))}</p>`;
  const levels = htmlTable(
    `<th class="w6"></th>${frHeader('')}`,
    [
      `<tr><td>SL-T</td>${vectorCells(e.slTarget)}</tr>`,
      ...(e.slCapability
        ? [
            `<tr><td>${e.kind === 'zone' ? 'SL-C (weakest asset)' : 'SL-C'}</td>${e.slCapability.map((c, i) => (c === 'unknown' ? '<td class="num unknown">unknown</td>' : `<td class="num${e.slTarget && (e.slTarget[i] ?? 0) > c ? ' short' : ''}">${c}</td>`)).join('')}</tr>`,
          ]
        : []),
      `<tr><td>SL-A</td>${e.slAchieved.map((a, i) => `<td class="num${e.slTarget && (e.slTarget[i] ?? 0) > a ? ' short' : ''}">${a}</td>`).join('')}</tr>`,
    ],
    '',
  );
  return `<section class="el" id="${e.kind}-${h(e.id)}">
<h3>${n} ${e.kind === 'zone' ? 'Zone' : 'Conduit'}: ${h(e.name)} <span class="muted">(${h(e.id)})</span></h3>
<p class="muted">${h(e.what)}</p>
${e.description ? `<p class="pre">${hm(e.description)}</p>` : ''}
${e.characteristics.length ? `<dl class="chars">${e.characteristics.map(([k, v]) => `<dt>${k}</dt><dd>${hm(v)}</dd>`).join('')}</dl>` : '<p class="empty">No characteristics recorded.</p>'}
<p><b>${e.kind === 'zone' ? 'Assets' : 'Documented flows'}:</b> ${e.contents.length ? e.contents.map(h).join('; ') : '<span class="muted">none</span>'}</p>
${target}
${levels}
<h4>Risks</h4>
${htmlTable(
  '<th>Risk</th><th class="w8">Threat</th><th class="w8">Unmitigated</th><th class="w8">Countermeasures</th><th class="w8">Residual</th><th>Owner / status</th>',
  e.risks.map(
    (r) =>
      `<tr><td><b>${h(r.title)}</b><div class="muted">${h(r.id)}${r.consequenceCategories ? ` · ${h(r.consequenceCategories)}` : ''}</div>${r.vulnerability ? `<div class="muted">Vulnerability: ${h(r.vulnerability)}</div>` : ''}</td><td>${h(r.threat)}</td><td>${h(r.unmitigated)}</td><td class="pre">${hm(r.countermeasures)}</td><td class="${r.aboveTolerance ? 'over' : ''}">${h(r.residual)}</td><td>${h(r.owner)}<div class="muted">${h(r.status)}</div></td></tr>`,
  ),
  'No risks recorded.',
)}
<h4>IEC 62443-3-3 requirements at the SL-T</h4>
${htmlTable(
  '<th class="nw">FR</th><th class="nw">Requirement</th><th>Summary (our words)</th><th class="num">From SL</th><th class="nw">Status</th><th class="w10">Evidence</th>',
  e.requirements.map(
    (r) =>
      `<tr><td class="nw">${h(r.fr)}</td><td class="nw">${h(r.id)}${r.required ? '' : ' <span class="muted">(above SL-T)</span>'}</td><td>${h(r.title)}</td><td class="num">${r.fromSl}</td><td class="${statusClass(r.status)}">${h(r.status)}</td><td class="pre">${hm(r.evidence)}</td></tr>`,
  ),
  'No requirement applies (no SL-T set).',
)}
<h4>Findings</h4>
${htmlTable(
  '<th>Severity</th><th>Finding</th>',
  e.findings.map(
    (f) =>
      `<tr><td>${sevPill(f.severity)}</td><td><div class="finding-title">${h(f.title)}</div>${h(f.message)}</td></tr>`,
  ),
  'No open findings.',
)}
</section>`;
}

function summary(data: CrsData): string {
  return htmlTable(
    '<th class="w10">Zone / conduit</th><th class="nw">SL-T</th><th class="nw">Suggested</th><th class="nw">SL-A</th><th class="num">Risks</th><th class="nw">Worst unmitigated</th><th class="nw">Worst residual</th><th class="num">Findings</th>',
    data.elements.map(
      (e) =>
        `<tr><td><a href="#${e.kind}-${h(e.id)}">${h(e.name)}</a><div class="muted">${e.kind}</div></td><td class="num">${e.noSlTarget ? 'none' : slCell(e.slTarget)}</td><td class="num">${e.suggestedSl ?? '–'}</td><td class="num">${h(slShort(e.slAchieved))}</td><td class="num">${e.risks.length}</td><td>${h(e.worstUnmitigated) || '–'}</td><td class="${e.risks.some((r) => r.aboveTolerance) ? 'over' : ''}">${h(e.worstResidual) || '–'}</td><td class="num">${e.findings.length}</td></tr>`,
    ),
    'The model has no zones or conduits.',
  );
}

function matrixTable(data: CrsData): string {
  const { matrix } = data;
  const rank = new Map(matrix.mapping.map(([label], i) => [label, i]));
  const rows = matrix.likelihood
    .map((label, l) => ({ label, l }))
    .reverse()
    .map(
      ({ label, l }) =>
        `<tr><th>${l + 1} ${h(label)}</th>${(matrix.cells[l] ?? []).map((c) => `<td class="lvl-${Math.min(4, rank.get(c) ?? 0)}">${h(c)}</td>`).join('')}</tr>`,
    );
  return `<table class="matrix"><thead><tr><th>Likelihood ↓ / consequence →</th>${matrix.consequence.map((c, i) => `<th class="num">${i + 1} ${h(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>
<p>Tolerable up to <b>${h(matrix.tolerable)}</b>. SL-T suggested per unmitigated level: ${matrix.mapping.map(([l, sl]) => `${h(l)} → ${sl}`).join(', ')}.${matrix.own ? '' : ' <span class="muted">This is the ot-zones default matrix, an example to adapt to the organisation’s risk criteria, not the standard’s.</span>'}</p>`;
}

export function renderCrsHtml(data: CrsData, diagram: DiagramSection): string {
  const zones = data.elements.filter((e) => e.kind === 'zone');
  const conduits = data.elements.filter((e) => e.kind === 'conduit');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ot-zones">
<title>Cybersecurity requirements specification: ${h(data.title)}</title>
<style>${REPORT_CSS}${CRS_CSS}${diagram.css}</style>
</head>
<body>
<header>
<p class="eyebrow">IEC 62443-3-2 ZCR 6 — cybersecurity requirements specification</p>
<h1>${h(data.title)}</h1>
<dl class="meta">
${data.meta.map(([k, v]) => `<dt>${k}</dt><dd>${h(v)}</dd>`).join('\n')}
<dt>Generated</dt><dd>${h(data.generatedAt)}</dd>
</dl>
</header>
<main>
<section id="suc">
<h2>1. System under consideration</h2>
${data.description ? `<p class="pre">${hm(data.description)}</p>` : '<p class="empty">No description of the system is recorded (model description).</p>'}
<p>${zones.length} zones and ${conduits.length} conduits. Security levels per foundational requirement ${FR_IDS.map((fr, i) => `FR${i + 1} ${fr}`).join(', ')}.</p>
<h3>Summary</h3>
${summary(data)}
<h3>Risk matrix</h3>
${matrixTable(data)}
</section>
<section id="diagram">
<h2>2. Zone and conduit diagram</h2>
${diagram.figure}
</section>
${diagram.parts}
<section id="zones">
<h2>3. Zones</h2>
${zones.map((e, i) => elementSection(e, `3.${i + 1}`)).join('\n') || '<p class="empty">The model has no zones.</p>'}
</section>
<section id="conduits">
<h2>4. Conduits</h2>
${conduits.map((e, i) => elementSection(e, `4.${i + 1}`)).join('\n') || '<p class="empty">The model has no conduits.</p>'}
</section>
<section id="accepted">
<h2>5. Accepted deviations</h2>
${htmlTable(
  '<th>Rule</th><th>Title</th><th>Change</th>',
  data.accepted.map((a) => `<tr><td>${h(a.rule)}</td><td>${h(a.title)}</td><td>${h(a.change)}</td></tr>`),
  'The policy disables or re-grades no rule: every check applies.',
)}
</section>
</main>
<footer>Generated by ot-zones on ${h(data.generatedAt)}. Requirement summaries are ot-zones’ own words, not the text of IEC 62443-3-3; read the standard for the requirements themselves.</footer>
</body>
</html>
`;
}

export function exportCrsHtml(model: Model, evaluation: EvaluationView, options: ReportOptions = {}): string {
  const drawing = renderSvg(model, { evaluation, findings: true, xmlDeclaration: false });
  const diagram = diagramFigure(
    drawing,
    'Zones with their target security level (SL-T); conduits with their type and SL-T / SL-C.',
  );
  return renderCrsHtml(buildCrsData(model, evaluation, options), diagram);
}
