/**
 * `ot-zones export FILE --format F [--out PATH]`: the app's exports, from the same domain code.
 *
 * The formats are the domain's export registry (src/domain/export/registry.ts), shared with the
 * editor's Export menu: add a format there. Formats with options of their own declare them in
 * `options` (e.g. { 'no-findings': boolean }); this command accepts them only with that format.
 */
import { basename, extname } from 'node:path';
import { type Evaluation, evaluate } from '../../domain/engine/evaluate';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  ExportOptionError,
  exportFormatsFor,
  isStandalone,
} from '../../domain/export/registry';
import { expectPositionals, type OptionSpec, parseCommandArgs, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { loadModelFile, STDIN } from '../load';
import { writeOutput } from '../output';

export { EXPORT_FORMATS, type ExportFormat } from '../../domain/export/registry';

const cliFormats = (): Array<[string, ExportFormat]> => exportFormatsFor('cli');

const formatIds = () => cliFormats().map(([id]) => id);
const usage = () => `ot-zones export FILE --format ${formatIds().join('|')} [--out PATH]`;

function formatOptionSpec(): OptionSpec {
  const spec: OptionSpec = {};
  for (const [, format] of cliFormats())
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
    if (!formatIds().includes(formatId))
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
      await writeOutput(await runFormat(() => format.run()), out, io);
      return EXIT.ok;
    }
    const [file] = expectPositionals(positionals, ['FILE'], usage());
    const { model } = await loadModelFile(file!, io);
    let evaluation: Evaluation | undefined;
    const content = await runFormat(() =>
      format.run({
        model,
        evaluation: () => {
          evaluation ??= evaluate(model);
          return evaluation;
        },
        options,
        fileStem: file === STDIN ? 'stdin' : basename(file!, extname(file!)),
      }),
    );
    await writeOutput(content, out, io);
    return EXIT.ok;
  },
};

/** A bad option value is the user's mistake: exit 2 with the usage line, like any other. */
async function runFormat<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ExportOptionError) throw new UsageError(error.message, usage());
    throw error;
  }
}
