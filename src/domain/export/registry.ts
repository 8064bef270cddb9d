/**
 * Every export format, in one list that both the CLI (`ot-zones export --format ID`) and the
 * editor's Export menu read. Adding a format is one entry here: its id is the --format value,
 * `label` its menu text, `description` its --help line.
 *
 * Exporters are imported inside `run` (dynamic import), so reading this list costs nothing: the
 * editor keeps the exporters out of the JavaScript fetched at start-up (bundle budget, issue 6)
 * and `ot-zones check` stays quick to start.
 */
import type { Model } from '../model/schema';
import type { EvaluationView } from './findings';

export interface ExportInput {
  model: Model;
  /** The policy evaluation of the model, computed on first use. */
  evaluation(): EvaluationView;
  /** Values of this format's own options (see ExportFormat.options); absent when not given. */
  options: Readonly<Record<string, string | boolean | undefined>>;
  /** The input file's name without folder and extension ("stdin" for standard input). */
  fileStem: string;
}

export interface FormatOption {
  type: 'string' | 'boolean';
  /** One line for --help, e.g. "leave out finding markers". */
  description: string;
  /** For a string option, the placeholder in --help, e.g. "N". */
  value?: string;
}

/** The Export menu's sections, in menu order. */
export const EXPORT_GROUPS = ['Drawing', 'Documents', 'Registers', 'Policies', 'Data'] as const;
export type ExportGroup = (typeof EXPORT_GROUPS)[number];

type Output = string | Uint8Array;

interface FormatBase {
  /** Menu text. */
  label: string;
  /** One line for --help. */
  description: string;
  /** Menu section. */
  group: ExportGroup;
  /** Usual file extension of the output, e.g. ".svg". */
  extension: string;
  mime: string;
  /** The downloaded file's name for a model named `stem` (default: stem + extension). */
  fileName?(stem: string): string;
  /** Options of this format alone (CLI flags). */
  options?: Readonly<Record<string, FormatOption>>;
  /** The options the Export menu uses (the CLI takes them from flags). */
  menuOptions?(stem: string): Readonly<Record<string, string | boolean>>;
  /** Offered only by the CLI or only by the menu (default: both). */
  only?: 'cli' | 'menu';
}

/** An export of a model. */
export interface ModelExportFormat extends FormatBase {
  run(input: ExportInput): Output | Promise<Output>;
}

/** An output that does not depend on a model (the CLI's FILE may be left out). */
export interface StandaloneExportFormat extends FormatBase {
  standalone: true;
  run(): Output | Promise<Output>;
}

export type ExportFormat = ModelExportFormat | StandaloneExportFormat;

export const isStandalone = (f: ExportFormat): f is StandaloneExportFormat =>
  'standalone' in f && f.standalone;

/** A bad option value, e.g. a --generated-at that is not a date. The CLI reports it as a usage error. */
export class ExportOptionError extends Error {}

const noFindings: FormatOption = { type: 'boolean', description: 'leave out finding markers and colours' };
const generatedAt: FormatOption = {
  type: 'string',
  value: 'ISO-DATE',
  description: 'the "generated" date to print (default: now), for reproducible reports',
};
const bom: FormatOption = { type: 'boolean', description: 'start with a UTF-8 byte order mark (for Excel)' };

function date(value: string | boolean | undefined): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()))
    throw new ExportOptionError(`--generated-at: "${value}" is not a date (use e.g. 2025-03-15T10:00:00Z)`);
  return parsed;
}

async function svg({ model, evaluation, options }: ExportInput): Promise<string> {
  const { exportSvg } = await import('./svg');
  const theme = options.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark')
    throw new ExportOptionError(`--theme must be light or dark, not "${String(theme)}"`);
  return options['no-findings']
    ? exportSvg(model, { theme })
    : exportSvg(model, { evaluation: evaluation(), theme });
}

type CsvId = 'csv-assets' | 'csv-zones' | 'csv-conduits' | 'csv-flows';

function csv(id: CsvId, label: string, description: string): ModelExportFormat {
  return {
    label,
    description,
    group: 'Registers',
    extension: '.csv',
    mime: 'text/csv',
    fileName: (stem) => `${stem}-${id.slice(4)}.csv`,
    options: { bom },
    // With a byte order mark from the menu: Excel, which most users open these in, needs it to read UTF-8.
    menuOptions: () => ({ bom: true }),
    run: async ({ model, evaluation, options }) => {
      const { exportCsv } = await import('./csv');
      return exportCsv(id, model, evaluation(), { bom: options.bom === true });
    },
  };
}

/** The model format's JSON Schema as a file: 2-space indent, trailing newline. */
export async function modelJsonSchemaText(): Promise<string> {
  const { modelJsonSchema } = await import('../model/schema');
  return `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;
}

/** Format id → format. The CLI's help lists them in this order; the menu groups them by `group`. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  json: {
    label: 'Model file (JSON)',
    description: 'the model file in canonical form (stable key order, 2-space indent)',
    group: 'Data',
    extension: '.json',
    mime: 'application/json',
    run: async ({ model }) => (await import('../serialize/model-json')).serializeModel(model),
  },
  otm: {
    label: 'Open Threat Model (OTM JSON)',
    description: 'Open Threat Model 0.2.0 JSON for threat-modelling tools (IriusRisk and others)',
    group: 'Data',
    extension: '.otm.json',
    mime: 'application/json',
    run: async ({ model }) => (await import('./otm')).exportOtm(model),
  },
  schema: {
    label: 'JSON Schema of the model format',
    description: 'JSON Schema of the model format (FILE may be left out)',
    group: 'Data',
    extension: '.schema.json',
    mime: 'application/schema+json',
    fileName: () => 'ot-zones-model.schema.json',
    standalone: true,
    run: modelJsonSchemaText,
  },
  svg: {
    label: 'SVG drawing (with findings)',
    description: 'vector drawing of the diagram, with finding markers',
    group: 'Drawing',
    extension: '.svg',
    mime: 'image/svg+xml',
    options: {
      'no-findings': noFindings,
      theme: { type: 'string', value: 'light|dark', description: 'colour theme (default light)' },
    },
    run: svg,
  },
  'svg-plain': {
    label: 'SVG drawing (without findings)',
    description: 'vector drawing of the diagram, without finding markers',
    group: 'Drawing',
    extension: '.svg',
    mime: 'image/svg+xml',
    only: 'menu',
    run: (input) => svg({ ...input, options: { ...input.options, 'no-findings': true } }),
  },
  'csv-assets': csv(
    'csv-assets',
    'Asset register (CSV)',
    'asset register: zone, type, class, flags, SL-C per FR, addresses, vendor/model',
  ),
  'csv-zones': csv(
    'csv-zones',
    'Zone register (CSV)',
    'zone register: kind, Purdue level, parent, SL-T per FR, asset count',
  ),
  'csv-conduits': csv(
    'csv-conduits',
    'Conduit register (CSV)',
    'conduit register: zones, type, direction, controls, SL-T/SL-C per FR, findings',
  ),
  'csv-flows': csv(
    'csv-flows',
    'Flow register (CSV)',
    'flow register (conduit, from, to, protocol, port): a firewall review start',
  ),
  'report-html': {
    label: 'Security-plan report (HTML)',
    description: 'security-plan report: one standalone HTML file that prints well to PDF',
    group: 'Documents',
    extension: '.html',
    mime: 'text/html',
    fileName: (stem) => `${stem}-security-plan.html`,
    options: { 'generated-at': generatedAt },
    run: async ({ model, evaluation, options }) => {
      const { exportReportHtml } = await import('./report-html');
      const at = date(options['generated-at']);
      return exportReportHtml(model, evaluation(), at ? { generatedAt: at } : {});
    },
  },
  'report-md': {
    label: 'Security-plan report (Markdown)',
    description: 'security-plan report as Markdown for wikis',
    group: 'Documents',
    extension: '.md',
    mime: 'text/markdown',
    fileName: (stem) => `${stem}-security-plan.md`,
    options: {
      'generated-at': generatedAt,
      diagram: { type: 'string', value: 'FILE.svg', description: 'link this SVG file as the diagram' },
    },
    menuOptions: (stem) => ({ diagram: `${stem}.svg` }),
    run: async ({ model, evaluation, options }) => {
      const { exportReportMarkdown } = await import('./report-md');
      const at = date(options['generated-at']);
      const diagram = typeof options.diagram === 'string' ? options.diagram : undefined;
      return exportReportMarkdown(model, evaluation(), {
        ...(at ? { generatedAt: at } : {}),
        ...(diagram ? { diagramFile: diagram } : {}),
      });
    },
  },
  'crs-html': {
    label: 'Cybersecurity requirements spec, CRS (HTML)',
    description: 'cybersecurity requirements specification (62443-3-2 ZCR 6), standalone HTML',
    group: 'Documents',
    extension: '.html',
    mime: 'text/html',
    fileName: (stem) => `${stem}-crs.html`,
    options: { 'generated-at': generatedAt },
    run: async ({ model, evaluation, options }) => {
      const { exportCrsHtml } = await import('./crs-html');
      const at = date(options['generated-at']);
      return exportCrsHtml(model, evaluation(), at ? { generatedAt: at } : {});
    },
  },
  'crs-md': {
    label: 'Cybersecurity requirements spec, CRS (Markdown)',
    description: 'cybersecurity requirements specification as Markdown',
    group: 'Documents',
    extension: '.md',
    mime: 'text/markdown',
    fileName: (stem) => `${stem}-crs.md`,
    options: {
      'generated-at': generatedAt,
      diagram: { type: 'string', value: 'FILE.svg', description: 'link this SVG file as the diagram' },
    },
    menuOptions: (stem) => ({ diagram: `${stem}.svg` }),
    run: async ({ model, evaluation, options }) => {
      const { exportCrsMarkdown } = await import('./crs-md');
      const at = date(options['generated-at']);
      const diagram = typeof options.diagram === 'string' ? options.diagram : undefined;
      return exportCrsMarkdown(model, evaluation(), {
        ...(at ? { generatedAt: at } : {}),
        ...(diagram ? { diagramFile: diagram } : {}),
      });
    },
  },
  'csv-compliance': {
    label: 'Compliance matrix, SR status and SL-A (CSV)',
    description: 'IEC 62443-3-3 compliance matrix: per zone/conduit and SR, SL-T, SL-A, status, evidence',
    group: 'Registers',
    extension: '.csv',
    mime: 'text/csv',
    fileName: (stem) => `${stem}-compliance.csv`,
    options: { bom },
    menuOptions: () => ({ bom: true }),
    run: async ({ model, options }) => {
      const { exportComplianceCsv } = await import('../risk/compliance-csv');
      return exportComplianceCsv(model, { bom: options.bom === true });
    },
  },
  vsdx: {
    label: 'Visio drawing (.vsdx)',
    description: 'Visio drawing: zones as containers, assets inside, conduits as glued connectors',
    group: 'Drawing',
    extension: '.vsdx',
    mime: 'application/vnd.ms-visio.drawing',
    run: async ({ model }) => (await import('./vsdx')).exportVsdx(model),
  },
  drawio: {
    label: 'draw.io diagram',
    description: 'draw.io / diagrams.net file: zones as containers, conduits as edges',
    group: 'Drawing',
    extension: '.drawio',
    mime: 'application/xml',
    options: { 'no-findings': noFindings },
    run: async ({ model, evaluation, options }) => {
      const { exportDrawio } = await import('./drawio');
      return exportDrawio(model, options['no-findings'] ? {} : { evaluation: evaluation() });
    },
  },
  aerleon: {
    label: 'Firewall policy for Aerleon (zip)',
    description:
      'Aerleon (Capirca) policy and definitions: one filter per conduit, a term per flow, final deny',
    group: 'Policies',
    extension: '.zip',
    mime: 'application/zip',
    fileName: (stem) => `${stem}-aerleon.zip`,
    run: async ({ model, fileStem }) => (await import('./aerleon')).exportAerleon(model, fileStem),
  },
  conduitscope: {
    label: 'ConduitScope policy (YAML)',
    description: 'ConduitScope policy: zones with IPv4 networks, a conduit entry per documented flow',
    group: 'Policies',
    extension: '.yaml',
    mime: 'application/yaml',
    fileName: (stem) => `${stem}-conduitscope.yaml`,
    run: async ({ model }) => (await import('./conduitscope')).exportConduitScope(model),
  },
  'malcolm-netmap': {
    label: 'Malcolm net-map.json (zones as segments)',
    description: "Malcolm's net-map.json: zone ranges as segments, asset addresses as hosts",
    group: 'Policies',
    extension: '.json',
    mime: 'application/json',
    fileName: () => 'net-map.json',
    run: async ({ model }) => (await import('./malcolm-netmap')).exportMalcolmNetMap(model),
  },
};

/**
 * The PNG image: the SVG drawing rasterised by the browser's canvas, so it has no entry above
 * (the CLI has no browser). The menu offers it at these scales.
 */
export const PNG_EXPORT = {
  label: 'PNG image',
  extension: '.png',
  mime: 'image/png',
  scales: [1, 2, 4],
} as const;

/** The formats one surface offers, in list order. */
export function exportFormatsFor(surface: 'cli' | 'menu'): Array<[string, ExportFormat]> {
  return Object.entries(EXPORT_FORMATS).filter(([, f]) => f.only === undefined || f.only === surface);
}

/** The file name a format gives the output for a model named `stem`. */
export function exportFileName(format: ExportFormat, stem: string): string {
  return format.fileName ? format.fileName(stem) : `${stem}${format.extension}`;
}

export const PNG_SCALES = PNG_EXPORT.scales;
export type PngScale = (typeof PNG_SCALES)[number];
