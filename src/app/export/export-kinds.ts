/**
 * What the Export menu offers, without the exporters themselves: the menu is in the first screen,
 * while the exporters (SVG, reports, draw.io, CSV, PNG rasterising) load when an export is chosen,
 * keeping them out of the JavaScript fetched at start-up (bundle budget, issue 6).
 */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export const FILE_EXPORTS = [
  'svg',
  'svg-plain',
  'json',
  'csv-assets',
  'csv-zones',
  'csv-conduits',
  'csv-flows',
  'report-html',
  'report-md',
  'crs-html',
  'crs-md',
  'csv-compliance',
  'drawio',
  'schema',
] as const;
export type FileExport = (typeof FILE_EXPORTS)[number];

/** Menu text for each export, grouped as the menu shows them. */
export const EXPORT_LABELS: Record<FileExport, string> = {
  svg: 'SVG drawing (with findings)',
  'svg-plain': 'SVG drawing (without findings)',
  json: 'Model file (JSON)',
  'csv-assets': 'Asset register (CSV)',
  'csv-zones': 'Zone register (CSV)',
  'csv-conduits': 'Conduit register (CSV)',
  'csv-flows': 'Flow register (CSV)',
  'report-html': 'Security-plan report (HTML)',
  'report-md': 'Security-plan report (Markdown)',
  'crs-html': 'Cybersecurity requirements spec, CRS (HTML)',
  'crs-md': 'Cybersecurity requirements spec, CRS (Markdown)',
  'csv-compliance': 'Compliance matrix, SR status and SL-A (CSV)',
  drawio: 'draw.io diagram',
  schema: 'JSON Schema of the model format',
};
