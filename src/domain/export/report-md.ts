/**
 * The security-plan report as Markdown (CommonMark + GFM tables) for wikis and repositories: the
 * same content as the HTML report. User text is escaped so that it shows as written and never
 * becomes markup: Markdown punctuation gets a backslash, <, > and & become entities (no raw HTML
 * reaches the page), and line breaks inside table cells become spaces. Markdown cannot embed the
 * vector diagram portably, so it is linked as a separate SVG file, or left out with a note.
 */
import type { Model } from '../model/schema';
import { FR_IDS, type SlVector } from '../security-level';
import { mdCell, mdParagraph, mdTable, mdText } from '../text/markdown';
import { type EvaluationView, SEVERITY_LABEL, summariseCounts } from './findings';
import { buildReportData, type ReportOptions } from './report-data';
import { slShort } from './svg';

export interface MarkdownReportOptions extends ReportOptions {
  /** File name of the SVG diagram saved next to the Markdown file; without it the diagram is left out. */
  diagramFile?: string;
}

export { mdParagraph, mdTable, mdText };

const vectorCells = (v: SlVector | undefined) => (v ? v.map(String) : FR_IDS.map(() => '–'));
const frHeads = FR_IDS.map((fr, i) => `${fr} (FR${i + 1})`);
const centre = FR_IDS.map(() => ':-:');

export function exportReportMarkdown(
  model: Model,
  evaluation: EvaluationView,
  options: MarkdownReportOptions = {},
): string {
  const d = buildReportData(model, evaluation, options);
  const out: string[] = [];
  const c = d.findingCounts;

  out.push(`# Security plan: ${mdText(d.title)}`, '');
  out.push('*IEC 62443 zones and conduits*', '');
  for (const [label, value] of d.meta) out.push(`- **${label}:** ${mdText(value)}`);
  out.push(`- **Generated:** ${mdText(d.generatedAt)}`, '');
  if (d.description) out.push(mdParagraph(d.description), '');
  out.push(
    `**${d.counts.zones}** zones · **${d.counts.assets}** assets · **${d.counts.conduits}** conduits · **${d.counts.flows}** documented flows · **${c.error}** errors · **${c.warning}** warnings · **${c.info}** info`,
    '',
  );

  out.push('## 1. Zone and conduit diagram', '');
  if (options.diagramFile) {
    const file = options.diagramFile.replace(/[^A-Za-z0-9._-]/g, '_');
    out.push(`![Zone and conduit diagram of ${mdText(d.title)}](${file})`, '');
  } else
    out.push(
      '*The diagram is not embedded in Markdown. Export it as SVG (Export → SVG, or `ot-zones export FILE --format svg`) and attach it to this page.*',
      '',
    );

  out.push('## 2. Findings', '');
  out.push(
    `${mdText(summariseCounts(c))}${d.suppressed ? `; ${d.suppressed} more hidden by the policy (see section 7)` : ''}.`,
    '',
  );
  if (d.findings.length)
    out.push(
      mdTable(
        ['Severity', 'Finding', 'Element', 'Reference', 'How to fix'],
        d.findings.map((f) => [
          `**${SEVERITY_LABEL[f.severity]}**`,
          `**${mdText(f.ruleTitle)}** ${mdText(f.message)} (${mdText(f.rule)})`,
          `${mdText(f.subjectName)} (${f.subjectKind} ${mdText(f.subjectId)})`,
          mdText(f.reference),
          mdText(f.fix),
        ]),
      ),
      '',
    );

  out.push(
    '## 3. Zone register',
    '',
    'Target security level (SL-T) per foundational requirement FR1–FR7.',
    '',
  );
  if (d.zones.length)
    out.push(
      mdTable(
        ['Zone', 'Kind', 'Purdue', 'Parent', ...frHeads, 'Assets', 'Owner', 'Findings'],
        d.zones.map((z) => [
          `**${mdText(z.name)}**${z.description ? ` — ${mdText(z.description)}` : ''}`,
          mdText(z.kind),
          String(z.purdueLevel),
          mdText(z.parent),
          ...vectorCells(z.slTarget),
          String(z.assets),
          mdText(z.owner),
          countsText(z.findings),
        ]),
        ['---', '---', ':-:', '---', ...centre, ':-:', '---', '---'],
      ),
      '',
    );
  else out.push('*The model has no zones.*', '');

  out.push('## 4. Asset inventory', '');
  if (!d.assetsByZone.length) out.push('*The model has no assets.*', '');
  for (const group of d.assetsByZone)
    out.push(
      `### ${mdText(group.zone)}`,
      '',
      mdTable(
        ['Asset', 'Type', 'Class', 'Flags', 'SL-C', 'Addresses', 'Vendor / model'],
        group.assets.map((a) => [
          `**${mdText(a.name)}**`,
          mdText(a.type),
          mdText(a.class),
          mdText(a.flags.join(', ')),
          a.slCapability ? mdText(slShort(a.slCapability)) : 'unknown',
          mdText(a.addresses),
          mdText(a.vendorModel),
        ]),
      ),
      '',
    );

  out.push(
    '## 5. Conduit register',
    '',
    'Each FR cell shows target / capability (SL-T / SL-C); **bold** cells fall short. A conduit without its own SL-T takes the highest target of its zones on each FR.',
    '',
  );
  if (d.conduits.length)
    out.push(
      mdTable(
        ['Conduit', 'Zones', 'Type', ...frHeads, 'Controls', 'Findings'],
        d.conduits.map((cd) => [
          `**${mdText(cd.name)}**${cd.flags.length ? ` (${mdText(cd.flags.join(', '))})` : ''}${cd.description ? ` — ${mdText(cd.description)}` : ''}`,
          cd.zones.map(mdText).join(cd.direction === 'forward' ? ' → ' : ' ↔ '),
          `${mdText(cd.type)}, ${cd.direction === 'forward' ? 'one-way' : 'both ways'}; SL-T: ${cd.targetSource === 'conduit' ? 'own' : cd.targetSource}`,
          ...FR_IDS.map((_, i) => {
            const unknown = (cd.slTarget?.[i] ?? 0) > 0 ? 'unknown' : '–';
            const cell = `${cd.slTarget?.[i] ?? '–'} / ${cd.slCapability?.[i] ?? unknown}`;
            return cd.short[i] ? `**${cell}**` : cell;
          }),
          mdText(cd.controls.join(', ')) || 'none',
          countsText(cd.findings),
        ]),
        ['---', '---', '---', ...centre, '---', '---'],
      ),
      '',
    );
  else out.push('*The model has no conduits.*', '');

  out.push('## 6. Documented flows', '');
  if (d.flows.length)
    out.push(
      mdTable(
        ['Conduit', 'From', 'To', 'Protocol', 'Port', 'Purpose'],
        d.flows.map((f) => [
          mdText(f.conduit),
          mdText(f.from),
          mdText(f.to),
          mdText(f.protocol),
          mdText(f.port) || '–',
          mdText(f.description),
        ]),
        ['---', '---', '---', '---', ':-:', '---'],
      ),
      '',
    );
  else out.push('*No flows are documented.*', '');

  out.push('## 7. Policy: suppressed and re-graded rules', '');
  if (d.policy.length)
    out.push(
      mdTable(
        ['Rule', 'Title', 'Change', 'Findings hidden'],
        d.policy.map((p) => [mdText(p.rule), mdText(p.title), mdText(p.change), String(p.hidden)]),
        ['---', '---', '---', ':-:'],
      ),
      '',
    );
  else out.push('*No rule is disabled or re-graded: the whole policy applies.*', '');

  if (d.notes.length) {
    out.push('## 8. Notes and comments', '');
    for (const n of d.notes) {
      const by = [n.author, n.createdAt].filter(Boolean).map(mdText).join(', ');
      out.push(
        `> **${mdText(n.about)}**${by ? ` — ${by}` : ''}  `,
        ...mdParagraph(n.text)
          .split('\n')
          .map((l) => `> ${l}`),
        '',
      );
    }
  }

  if (d.changes.length) {
    out.push(`## ${d.notes.length ? 9 : 8}. Change history`, '');
    out.push(
      mdTable(
        [
          'Date',
          'Change',
          'Status',
          'Ticket / MOC',
          'Requested by',
          'Implemented by',
          'Approved by',
          'Reason',
        ],
        d.changes.map((r) => [
          mdText(r.date) || '–',
          mdText(r.title) + (r.summary ? ` — ${mdText(r.summary)}` : ''),
          r.status,
          mdText(r.ticket) || '–',
          mdText(r.requestedBy) || '–',
          mdText(r.implementedBy) || '–',
          mdText(r.approvedBy) || '–',
          mdText(r.reason) || '–',
        ]),
        ['---', '---', '---', '---', '---', '---', '---', '---'],
      ),
      '',
    );
  }

  if (d.characteristics.length) {
    const n = 8 + (d.notes.length ? 1 : 0) + (d.changes.length ? 1 : 0);
    out.push(`## ${n}. Zone and conduit characteristics (IEC 62443-3-2 ZCR 6)`, '');
    for (const block of d.characteristics) {
      out.push(`### ${mdText(block.subject)}`, '');
      out.push(
        mdTable(
          ['Characteristic', 'Recorded'],
          block.rows.map(([k, v]) => [k, mdCell(v)]),
        ),
        '',
      );
    }
  }

  out.push(
    '---',
    '',
    `*Generated by ot-zones on ${mdText(d.generatedAt)}. Findings come from the ot-zones policy rules; each names the IEC 62443 requirement it is based on. Check the findings against the full standard before relying on them.*`,
    '',
  );
  return out.join('\n');
}

function countsText(c: Record<'error' | 'warning' | 'info', number>): string {
  return c.error || c.warning || c.info ? summariseCounts(c) : '–';
}
