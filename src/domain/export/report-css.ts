/**
 * The style sheet of the standalone HTML documents (security-plan report, CRS, change record), in
 * a module of its own so a document that needs only the styles does not load the report builder
 * and the SVG exporter with it.
 */
import { THEMES } from './svg-theme';

const SEV = THEMES.light.severity;

export const REPORT_CSS = `
:root { --text: #0f172a; --muted: #475569; --line: #e2e8f0; --head: #f1f5f9; --accent: #1d4ed8;
  --error: ${SEV.error}; --warning: ${SEV.warning}; --info: ${SEV.info}; --ok: ${SEV.ok}; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1180px; padding: 32px 40px 48px; color: var(--text); background: #fff;
  font: 14px/1.5 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif; }
h1 { font-size: 28px; line-height: 1.2; margin: 4px 0 12px; overflow-wrap: anywhere; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--text); }
h3 { font-size: 15px; margin: 22px 0 8px; overflow-wrap: anywhere; }
p { margin: 8px 0; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0; }
.muted { color: var(--muted); }
.pre { white-space: pre-wrap; overflow-wrap: anywhere; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 16px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; }
.card b { display: block; font-size: 22px; line-height: 1.2; }
.card span { color: var(--muted); font-size: 12px; }
.card.error b { color: var(--error); } .card.warning b { color: var(--warning); } .card.info b { color: var(--info); }
nav.toc ol { columns: 2; margin: 4px 0; padding-left: 20px; }
nav.toc a { color: var(--accent); text-decoration: none; }
figure.diagram { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
figure.diagram svg { display: block; width: 100%; height: auto; }
.print-only { display: none; }
figcaption { font-size: 12px; color: var(--muted); margin-top: 6px; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
table.fixed { table-layout: fixed; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: var(--head); font-weight: 600; font-size: 12px; }
td.num, th.num { text-align: center; white-space: nowrap; overflow-wrap: normal; }
th.w6 { min-width: 6.5em; } th.w8 { min-width: 8em; } th.w10 { min-width: 10em; } th.nw { white-space: nowrap; }
th.fr small { display: block; font-weight: 400; color: var(--muted); }
td.short { background: #fee2e2; color: #991b1b; font-weight: 600; }
td.unset { color: var(--muted); text-align: center; font-style: italic; }
tbody tr:nth-child(even) td { background: #f8fafc; }
tbody tr:nth-child(even) td.short { background: #fee2e2; }
td.unknown, tbody tr:nth-child(even) td.unknown { background: #e2e8f0 repeating-linear-gradient(135deg, rgba(100,116,139,.3) 0 2px, transparent 2px 7px);
  color: #334155; font-style: italic; }
.sev { display: inline-block; border-radius: 999px; padding: 0 8px; font-size: 11px; font-weight: 700; color: #fff;
  white-space: nowrap; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
.sev.ok { background: var(--ok); }
.finding-title { font-weight: 600; }
/* References wrap in a narrow column: the finding text gets the width (issue 18, widths in report-html.ts). */
.ref { font-size: 0.92em; }
.note { border-left: 4px solid #eab308; background: #fefce8; padding: 8px 12px; margin: 8px 0; border-radius: 4px; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@page { size: auto; margin: 14mm 12mm; }
/* Each part of the printed diagram gets a landscape page of the reader's paper (A4, Letter, A3). */
@page diagram { size: landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 20pt; } h3 { font-size: 11pt; }
  table { font-size: 8pt; } th { font-size: 7.5pt; } th, td { padding: 3px 5px; }
  nav.toc { display: none; }
  figure.diagram { border: 0; padding: 0; break-inside: avoid; page-break-inside: avoid; }
  .screen-only { display: none; }
  .print-only { display: block; }
  figcaption .print-only { display: inline; }
  /* The overview stays on the first page, under the header (report-diagram.ts). */
  figure.diagram svg.overview { max-height: 120mm; }
  .diagram-part { page: diagram; break-before: page; page-break-before: always; break-inside: avoid; }
  .diagram-part .part-title { margin: 0 0 2mm; font-size: 10pt; }
  .part-view { background-repeat: no-repeat; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, .note, .card, figure, dl.meta { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  .sev, td.short, td.unknown, .card, tbody tr:nth-child(even) td, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
