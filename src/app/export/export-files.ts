/**
 * The files of the Export menu, built from the domain exporters (the CLI uses the same ones).
 * Pure apart from the date, so the menu and its tests agree on names, types and contents.
 */
import { exportCrsHtml } from '../../domain/export/crs-html';
import { exportCrsMarkdown } from '../../domain/export/crs-md';
import { exportCsv } from '../../domain/export/csv';
import { exportDrawio } from '../../domain/export/drawio';
import type { EvaluationView } from '../../domain/export/findings';
import { exportReportHtml } from '../../domain/export/report-html';
import { exportReportMarkdown } from '../../domain/export/report-md';
import { exportSvg } from '../../domain/export/svg';
import { fileStem } from '../../domain/export/text';
import type { Model } from '../../domain/model/schema';
import { modelJsonSchema } from '../../domain/model/schema';
import { exportComplianceCsv } from '../../domain/risk/compliance-csv';
import { serializeModel } from '../../domain/serialize/model-json';
import type { FileExport } from './export-kinds';

export { EXPORT_LABELS, FILE_EXPORTS, type FileExport } from './export-kinds';

export interface ExportFile {
  fileName: string;
  mime: string;
  text: string;
}

/** Every file is named after the model: "riverside-water-treatment-works.svg" and so on. */
export function exportFile(
  kind: FileExport,
  model: Model,
  evaluation: EvaluationView,
  now: Date = new Date(),
): ExportFile {
  const stem = fileStem(model.meta.name);
  switch (kind) {
    case 'svg':
      return { fileName: `${stem}.svg`, mime: 'image/svg+xml', text: exportSvg(model, { evaluation }) };
    case 'svg-plain':
      return { fileName: `${stem}.svg`, mime: 'image/svg+xml', text: exportSvg(model) };
    case 'json':
      return { fileName: `${stem}.json`, mime: 'application/json', text: serializeModel(model) };
    case 'csv-assets':
    case 'csv-zones':
    case 'csv-conduits':
    case 'csv-flows':
      // With a byte order mark: Excel, which most users open these in, needs it to read UTF-8.
      return {
        fileName: `${stem}-${kind.slice(4)}.csv`,
        mime: 'text/csv',
        text: exportCsv(kind, model, evaluation, { bom: true }),
      };
    case 'report-html':
      return {
        fileName: `${stem}-security-plan.html`,
        mime: 'text/html',
        text: exportReportHtml(model, evaluation, { generatedAt: now }),
      };
    case 'report-md':
      return {
        fileName: `${stem}-security-plan.md`,
        mime: 'text/markdown',
        text: exportReportMarkdown(model, evaluation, { generatedAt: now, diagramFile: `${stem}.svg` }),
      };
    case 'crs-html':
      return {
        fileName: `${stem}-crs.html`,
        mime: 'text/html',
        text: exportCrsHtml(model, evaluation, { generatedAt: now }),
      };
    case 'crs-md':
      return {
        fileName: `${stem}-crs.md`,
        mime: 'text/markdown',
        text: exportCrsMarkdown(model, evaluation, { generatedAt: now, diagramFile: `${stem}.svg` }),
      };
    case 'csv-compliance':
      return {
        fileName: `${stem}-compliance.csv`,
        mime: 'text/csv',
        text: exportComplianceCsv(model, { bom: true }),
      };
    case 'drawio':
      return {
        fileName: `${stem}.drawio`,
        mime: 'application/xml',
        text: exportDrawio(model, { evaluation }),
      };
    case 'schema':
      return {
        fileName: 'ot-zones-model.schema.json',
        mime: 'application/schema+json',
        text: `${JSON.stringify(modelJsonSchema(), null, 2)}\n`,
      };
  }
}
