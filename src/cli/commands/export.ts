/**
 * `ot-zones export FILE --format F [--out PATH]`: the app's exports, from the same domain code.
 *
 * To add a format, add an entry to EXPORT_FORMATS below: its id is the --format value. Formats
 * that need options of their own declare them in `options` (e.g. { 'no-findings': boolean });
 * the command accepts them only together with that format. Import heavy exporters inside `run`
 * (dynamic import) so `check` stays quick to start.
 */
import { basename, extname } from 'node:path';
import { type Evaluation, evaluate } from '../../domain/engine/evaluate';
import type { Model } from '../../domain/model/schema';
import { serializeModel } from '../../domain/serialize/model-json';
import { expectPositionals, type OptionSpec, parseCommandArgs, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { loadModelFile, STDIN } from '../load';
import { writeOutput } from '../output';
import { modelJsonSchemaText } from './schema';

export interface ExportInput {
  model: Model;
  /** The policy evaluation of the model, computed on first use. */
  evaluation(): Evaluation;
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

interface FormatBase {
  /** One line for --help. */
  description: string;
  /** Usual file extension of the output, e.g. ".svg". */
  extension: string;
  options?: Readonly<Record<string, FormatOption>>;
}

/** An export of the model in FILE. */
export interface ModelExportFormat extends FormatBase {
  run(input: ExportInput): string | Uint8Array | Promise<string | Uint8Array>;
}

/** An output that does not depend on a model (FILE may be left out). */
export interface StandaloneExportFormat extends FormatBase {
  standalone: true;
  run(): string | Uint8Array | Promise<string | Uint8Array>;
}

export type ExportFormat = ModelExportFormat | StandaloneExportFormat;

/** --format id → exporter. Help lists them in this order. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  json: {
    description: 'the model file in canonical form (stable key order, 2-space indent)',
    extension: '.json',
    run: ({ model }) => serializeModel(model),
  },
  schema: {
    description: 'JSON Schema of the model format (FILE may be left out)',
    extension: '.schema.json',
    standalone: true,
    run: () => modelJsonSchemaText(),
  },
  ...documentFormats(),
};

/** The diagram, register, report and draw.io formats (owned by the exports work, issue 4). */
function documentFormats(): Record<string, ExportFormat> {
  const noFindings: FormatOption = { type: 'boolean', description: 'leave out finding markers and colours' };
  const generatedAt: FormatOption = {
    type: 'string',
    value: 'ISO-DATE',
    description: 'the "generated" date to print (default: now), for reproducible reports',
  };
  const bom: FormatOption = {
    type: 'boolean',
    description: 'start with a UTF-8 byte order mark (for Excel)',
  };
  const date = (value: string | boolean | undefined): Date | undefined => {
    if (typeof value !== 'string') return undefined;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime()))
      throw new UsageError(
        `--generated-at: "${value}" is not a date (use e.g. 2025-03-15T10:00:00Z)`,
        usage(),
      );
    return parsed;
  };
  const csv = (
    id: 'csv-assets' | 'csv-zones' | 'csv-conduits' | 'csv-flows',
    description: string,
  ): ExportFormat => ({
    description,
    extension: '.csv',
    options: { bom },
    run: async ({ model, evaluation, options }) => {
      const { exportCsv } = await import('../../domain/export/csv');
      return exportCsv(id, model, evaluation(), { bom: options.bom === true });
    },
  });
  return {
    svg: {
      description: 'vector drawing of the diagram, with finding markers',
      extension: '.svg',
      options: {
        'no-findings': noFindings,
        theme: { type: 'string', value: 'light|dark', description: 'colour theme (default light)' },
      },
      run: async ({ model, evaluation, options }) => {
        const { exportSvg } = await import('../../domain/export/svg');
        const theme = options.theme ?? 'light';
        if (theme !== 'light' && theme !== 'dark')
          throw new UsageError(`--theme must be light or dark, not "${String(theme)}"`, usage());
        return options['no-findings']
          ? exportSvg(model, { theme })
          : exportSvg(model, { evaluation: evaluation(), theme });
      },
    },
    'csv-assets': csv(
      'csv-assets',
      'asset register: zone, type, class, flags, SL-C per FR, addresses, vendor/model',
    ),
    'csv-zones': csv('csv-zones', 'zone register: kind, Purdue level, parent, SL-T per FR, asset count'),
    'csv-conduits': csv(
      'csv-conduits',
      'conduit register: zones, type, direction, controls, SL-T/SL-C per FR, findings',
    ),
    'csv-flows': csv(
      'csv-flows',
      'flow register (conduit, from, to, protocol, port): a firewall review start',
    ),
    'report-html': {
      description: 'security-plan report: one standalone HTML file that prints well to PDF',
      extension: '.html',
      options: { 'generated-at': generatedAt },
      run: async ({ model, evaluation, options }) => {
        const { exportReportHtml } = await import('../../domain/export/report-html');
        const at = date(options['generated-at']);
        return exportReportHtml(model, evaluation(), at ? { generatedAt: at } : {});
      },
    },
    'report-md': {
      description: 'security-plan report as Markdown for wikis',
      extension: '.md',
      options: {
        'generated-at': generatedAt,
        diagram: { type: 'string', value: 'FILE.svg', description: 'link this SVG file as the diagram' },
      },
      run: async ({ model, evaluation, options }) => {
        const { exportReportMarkdown } = await import('../../domain/export/report-md');
        const at = date(options['generated-at']);
        const diagram = typeof options.diagram === 'string' ? options.diagram : undefined;
        return exportReportMarkdown(model, evaluation(), {
          ...(at ? { generatedAt: at } : {}),
          ...(diagram ? { diagramFile: diagram } : {}),
        });
      },
    },
    'csv-compliance': {
      description: 'IEC 62443-3-3 compliance matrix: per zone/conduit and SR, SL-T, SL-A, status, evidence',
      extension: '.csv',
      options: { bom },
      run: async ({ model, options }) => {
        const { exportComplianceCsv } = await import('../../domain/risk/compliance-csv');
        return exportComplianceCsv(model, { bom: options.bom === true });
      },
    },
    'crs-html': {
      description: 'cybersecurity requirements specification (62443-3-2 ZCR 6), standalone HTML',
      extension: '.html',
      options: { 'generated-at': generatedAt },
      run: async ({ model, evaluation, options }) => {
        const { exportCrsHtml } = await import('../../domain/export/crs-html');
        const at = date(options['generated-at']);
        return exportCrsHtml(model, evaluation(), at ? { generatedAt: at } : {});
      },
    },
    'crs-md': {
      description: 'cybersecurity requirements specification as Markdown',
      extension: '.md',
      options: {
        'generated-at': generatedAt,
        diagram: { type: 'string', value: 'FILE.svg', description: 'link this SVG file as the diagram' },
      },
      run: async ({ model, evaluation, options }) => {
        const { exportCrsMarkdown } = await import('../../domain/export/crs-md');
        const at = date(options['generated-at']);
        const diagram = typeof options.diagram === 'string' ? options.diagram : undefined;
        return exportCrsMarkdown(model, evaluation(), {
          ...(at ? { generatedAt: at } : {}),
          ...(diagram ? { diagramFile: diagram } : {}),
        });
      },
    },
    drawio: {
      description: 'draw.io / diagrams.net file: zones as containers, conduits as edges',
      extension: '.drawio',
      options: { 'no-findings': noFindings },
      run: async ({ model, evaluation, options }) => {
        const { exportDrawio } = await import('../../domain/export/drawio');
        return exportDrawio(model, options['no-findings'] ? {} : { evaluation: evaluation() });
      },
    },
  };
}

const isStandalone = (f: ExportFormat): f is StandaloneExportFormat => 'standalone' in f && f.standalone;

const formatIds = () => Object.keys(EXPORT_FORMATS);
const usage = () => `ot-zones export FILE --format ${formatIds().join('|')} [--out PATH]`;

function formatOptionSpec(): OptionSpec {
  const spec: OptionSpec = {};
  for (const format of Object.values(EXPORT_FORMATS))
    for (const [name, option] of Object.entries(format.options ?? {})) spec[name] = { type: option.type };
  return spec;
}

/** Format lines sit under the --format option's description column. */
const PAD = ' '.repeat(20);

function helpText(): string {
  const ids = formatIds();
  const width = Math.max(...ids.map((id) => id.length));
  const formats = ids
    .map((id) => {
      const f = EXPORT_FORMATS[id]!;
      const own = Object.entries(f.options ?? {}).map(
        ([name, o]) =>
          `\n${PAD}${' '.repeat(width)}  --${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}: ${o.description}`,
      );
      return `${PAD}${id.padEnd(width)}  ${f.description}${own.join('')}`;
    })
    .join('\n');
  return `Usage: ${usage()}

Exports a model file in another format, using the same code as the editor's Export menu.

Arguments:
  FILE              the model file (.json); "-" reads standard input

Options:
  -f, --format F    the output format (required), one of:
${formats}
  -o, --out PATH    write to PATH (replaced whole, never half-written) instead of stdout
  -h, --help        show this help

Exit status: 0 when written; 2 when FILE cannot be read as a model or PATH cannot be written.

Examples:
  ot-zones export plant.json --format json --out plant.json    # rewrite in canonical form
  ot-zones export --format schema --out ot-zones.schema.json`;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a model file (json, schema, …) to stdout or a file',
  get usage() {
    return usage();
  },
  get help() {
    return helpText();
  },

  async run(args, io) {
    const own = formatOptionSpec();
    const { values, positionals } = parseCommandArgs(
      args,
      { ...own, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
      usage(),
    );
    const formatId = stringOption(values.format);
    if (formatId === undefined)
      throw new UsageError(`--format is required (${formatIds().join(', ')})`, usage());
    if (!Object.hasOwn(EXPORT_FORMATS, formatId))
      throw new UsageError(`unknown format "${formatId}"; use one of ${formatIds().join(', ')}`, usage());
    const format = EXPORT_FORMATS[formatId]!;
    const options: Record<string, string | boolean | undefined> = {};
    for (const name of Object.keys(own)) {
      if (values[name] === undefined) continue;
      if (!format.options || !Object.hasOwn(format.options, name))
        throw new UsageError(`--${name} does not apply to --format ${formatId}`, usage());
      options[name] = values[name];
    }
    const out = stringOption(values.out);

    if (isStandalone(format)) {
      expectPositionals(positionals, ['FILE'], usage(), 1);
      await writeOutput(await format.run(), out, io);
      return EXIT.ok;
    }
    const [file] = expectPositionals(positionals, ['FILE'], usage());
    const { model } = await loadModelFile(file!, io);
    let evaluation: Evaluation | undefined;
    const content = await format.run({
      model,
      evaluation: () => {
        evaluation ??= evaluate(model);
        return evaluation;
      },
      options,
      fileStem: file === STDIN ? 'stdin' : basename(file!, extname(file!)),
    });
    await writeOutput(content, out, io);
    return EXIT.ok;
  },
};
