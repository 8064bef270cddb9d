/**
 * The Cybersecurity Requirements Specification (IEC 62443-3-2 ZCR 6) as Markdown for wikis: the
 * same content as crs-html (both render crs-data.ts), user text escaped so it shows literally.
 */
import type { Model } from '../model/schema';
import { buildCrsData, type CrsData, type CrsElement } from './crs-data';
import type { EvaluationView } from './findings';
import { type MarkdownReportOptions, mdParagraph, mdTable, mdText } from './report-md';
import { slShort } from './svg';

const sl = (e: CrsElement) => (e.noSlTarget ? 'none' : e.slTarget ? slShort(e.slTarget) : 'not set');

function elementSection(e: CrsElement, n: string): string {
  const parts = [
    `### ${n} ${e.kind === 'zone' ? 'Zone' : 'Conduit'}: ${mdText(e.name)} (${mdText(e.id)})`,
    '',
    mdText(e.what),
  ];
  if (e.description) parts.push('', mdParagraph(e.description));
  parts.push('');
  if (e.characteristics.length)
    for (const [k, v] of e.characteristics) parts.push(`- **${k}:** ${mdParagraph(v)}`);
  else parts.push('*No characteristics recorded.*');
  parts.push(
    '',
    `**${e.kind === 'zone' ? 'Assets' : 'Documented flows'}:** ${e.contents.length ? e.contents.map(mdText).join('; ') : 'none'}`,
    '',
    e.noSlTarget
      ? `**No SL-T:** ${mdParagraph(e.noSlTarget)}`
      : `**SL-T:** ${sl(e)}${e.suggestedSl !== undefined ? ` (risk suggests ${e.suggestedSl})` : ''} · **SL-A:** ${slShort(e.slAchieved)}${e.slCapability ? ` · **SL-C${e.kind === 'zone' ? ' (weakest asset)' : ''}:** [${e.slCapability.join(', ')}]` : ''}`,
    '',
    '#### Risks',
    '',
    e.risks.length
      ? mdTable(
          ['Risk', 'Threat', 'Unmitigated', 'Countermeasures', 'Residual', 'Owner', 'Status'],
          e.risks.map((r) => [
            `${mdText(r.title)} (${mdText(r.id)})`,
            mdText(r.threat),
            mdText(r.unmitigated),
            mdText(r.countermeasures),
            `${mdText(r.residual)}${r.aboveTolerance ? ' **above tolerance**' : ''}`,
            mdText(r.owner),
            mdText(r.status),
          ]),
        )
      : '*No risks recorded.*',
    '',
    '#### IEC 62443-3-3 requirements at the SL-T',
    '',
    e.requirements.length
      ? mdTable(
          ['FR', 'Requirement', 'Summary (our words)', 'From SL', 'Status', 'Evidence'],
          e.requirements.map((r) => [
            r.fr,
            `${r.id}${r.required ? '' : ' (above SL-T)'}`,
            mdText(r.title),
            String(r.fromSl),
            r.status,
            mdText(r.evidence),
          ]),
        )
      : '*No requirement applies (no SL-T set).*',
    '',
    '#### Findings',
    '',
    e.findings.length
      ? e.findings.map((f) => `- **${f.severity}** ${mdText(f.title)}: ${mdText(f.message)}`).join('\n')
      : '*No open findings.*',
  );
  return parts.join('\n');
}

export function renderCrsMarkdown(data: CrsData, diagramFile?: string): string {
  const zones = data.elements.filter((e) => e.kind === 'zone');
  const conduits = data.elements.filter((e) => e.kind === 'conduit');
  const m = data.matrix;
  const lines = [
    `# Cybersecurity requirements specification: ${mdText(data.title)}`,
    '',
    '*IEC 62443-3-2 ZCR 6*',
    '',
    ...data.meta.map(([k, v]) => `- **${k}:** ${mdText(v)}`),
    `- **Generated:** ${data.generatedAt}`,
    '',
    '## 1. System under consideration',
    '',
    data.description ? mdParagraph(data.description) : '*No description of the system is recorded.*',
    '',
    `${zones.length} zones and ${conduits.length} conduits.`,
    '',
    '### Summary',
    '',
    mdTable(
      [
        'Zone / conduit',
        'Kind',
        'SL-T',
        'Suggested',
        'SL-A',
        'Risks',
        'Worst unmitigated',
        'Worst residual',
        'Findings',
      ],
      data.elements.map((e) => [
        mdText(e.name),
        e.kind,
        sl(e),
        e.suggestedSl === undefined ? '–' : String(e.suggestedSl),
        slShort(e.slAchieved),
        String(e.risks.length),
        e.worstUnmitigated || '–',
        e.worstResidual || '–',
        String(e.findings.length),
      ]),
    ),
    '',
    '### Risk matrix',
    '',
    mdTable(
      ['Likelihood / consequence', ...m.consequence.map((c, i) => `${i + 1} ${mdText(c)}`)],
      m.likelihood
        .map((label, l) => [`${l + 1} ${mdText(label)}`, ...(m.cells[l] ?? []).map(mdText)])
        .reverse(),
    ),
    '',
    `Tolerable up to **${mdText(m.tolerable)}**. SL-T suggested per unmitigated level: ${m.mapping.map(([l, s]) => `${mdText(l)} → ${s}`).join(', ')}.` +
      (m.own
        ? ''
        : ' *This is the ot-zones default matrix, an example to adapt to the organisation’s risk criteria, not the standard’s.*'),
    '',
    '## 2. Zone and conduit diagram',
    '',
    diagramFile
      ? `![Zone and conduit diagram](${diagramFile.replace(/[^A-Za-z0-9._-]/g, '_')})`
      : '*The diagram is not embedded in Markdown. Export it as SVG (`ot-zones export FILE --format svg`) and attach it.*',
    '',
    '## 3. Zones',
    '',
    zones.map((e, i) => elementSection(e, `3.${i + 1}`)).join('\n\n') || '*The model has no zones.*',
    '',
    '## 4. Conduits',
    '',
    conduits.map((e, i) => elementSection(e, `4.${i + 1}`)).join('\n\n') || '*The model has no conduits.*',
    '',
    '## 5. Accepted deviations',
    '',
    data.accepted.length
      ? mdTable(
          ['Rule', 'Title', 'Change'],
          data.accepted.map((a) => [mdText(a.rule), mdText(a.title), a.change]),
        )
      : '*The policy disables or re-grades no rule: every check applies.*',
    '',
    '---',
    '',
    `*Generated by ot-zones on ${data.generatedAt}. Requirement summaries are ot-zones’ own words, not the text of IEC 62443-3-3.*`,
    '',
  ];
  return lines.join('\n');
}

export function exportCrsMarkdown(
  model: Model,
  evaluation: EvaluationView,
  options: MarkdownReportOptions = {},
): string {
  return renderCrsMarkdown(buildCrsData(model, evaluation, options), options.diagramFile);
}
