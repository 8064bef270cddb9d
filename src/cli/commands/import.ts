/**
 * `ot-zones import FILE [--from auto|drawio|iec62443-xml|otm|threat-dragon|threagile] [--out model.json]`:
 * another tool's diagram or threat model as an ot-zones model. Without --out the model goes to
 * stdout; the report (what was mapped, guessed and dropped) goes to stderr, or with
 * `--format json` stdout carries `{ "model": …, "report": { "mapped", "guessed", "dropped" } }`.
 * The importers live in src/domain/import/ (loaded on first use, so other commands start fast).
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import type { ImportReport } from '../../domain/import/interop-model';
import { LIMITS } from '../../domain/model/limits';
import { plural } from '../../domain/text/plural';
import { choice, expectPositionals, parseCommandArgs, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, InputError } from '../errors';
import type { CliIo } from '../io';
import { STDIN } from '../load';
import { writeOutput } from '../output';
import { oneLine } from '../text';

const FROM = ['auto', 'drawio', 'iec62443-xml', 'otm', 'threat-dragon', 'threagile'] as const;
const usage = `ot-zones import FILE [--from ${FROM.join('|')}] [--page N|NAME] [--out model.json] [--format text|json]`;

async function readText(file: string, io: CliIo): Promise<string> {
  const label = file === STDIN ? '<stdin>' : file;
  let bytes: Uint8Array;
  try {
    if (file === STDIN) bytes = await io.readStdin();
    else {
      const info = await stat(file);
      if (info.isDirectory()) throw new InputError(label, ['is a directory']);
      if (info.size > LIMITS.fileBytes)
        throw new InputError(label, [`file is too large (limit ${LIMITS.fileBytes / 1024 / 1024} MB)`]);
      bytes = await readFile(file);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(label, [
      code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`,
    ]);
  }
  if (bytes.byteLength > LIMITS.fileBytes)
    throw new InputError(label, [`file is too large (limit ${LIMITS.fileBytes / 1024 / 1024} MB)`]);
  if (!isUtf8(bytes)) throw new InputError(label, ['is not UTF-8 text']);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function reportText(file: string, formatLabel: string, report: ImportReport): string {
  const m = report.mapped;
  const lines = [
    `${oneLine(file)} (${formatLabel}): mapped ${plural(m.zones, 'zone')}, ${plural(m.assets, 'asset')}, ${plural(m.conduits, 'conduit')}, ${plural(m.flows, 'flow')}`,
  ];
  for (const [title, list] of [
    ['guessed', report.guessed],
    ['dropped', report.dropped],
  ] as const) {
    lines.push(`${title}: ${list.length}`);
    for (const w of list) lines.push(`  ${oneLine(w.place)}: ${oneLine(w.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import a draw.io, design.iec62443.au, OTM, Threat Dragon or Threagile file as a model',
  usage,
  help: `Usage: ${usage}

Reads another tool's zone drawing or threat model and writes an ot-zones model file. The format
is detected from the content unless --from names it. Zones, assets and conduits are mapped as the
README's "Supported import formats" table says; everything the importer guessed (a zone's kind,
an asset's type) or could not map (an edge inside one zone, a threat) is listed with its place
(XML line, JSON path or YAML line). A file that cannot be read is refused whole: no half import.

Arguments:
  FILE               the file to import; "-" reads standard input

Options:
  --from F           auto (default), drawio, iec62443-xml, otm, threat-dragon or threagile
  --page N|NAME      draw.io: the page to import (number from 1, or name; default the first)
  -o, --out PATH     write the model to PATH (replaced whole) instead of stdout
  -f, --format F     text (default: model on stdout, report on stderr) or json (stdout gets
                     { "model": …, "report": { "mapped", "guessed", "dropped" } })
  -h, --help         show this help

Exit status: 0 when imported; 2 when FILE cannot be read or is refused.

Examples:
  ot-zones import plant.drawio --out plant.json
  ot-zones import threagile.yaml --format json | jq .report.dropped
  ot-zones import site.drawio --page "Level 3" --out level3.json`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        from: { type: 'string' },
        page: { type: 'string' },
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
      },
      usage,
    );
    const [file] = expectPositionals(positionals, ['FILE'], usage);
    const from = choice(values.from, FROM, 'from', 'auto', usage);
    const format = choice(values.format, ['text', 'json'] as const, 'format', 'text', usage);
    const label = file === STDIN ? '<stdin>' : file!;
    const text = await readText(file!, io);
    const { importForeign, IMPORT_FORMAT_LABEL } = await import('../../domain/import/interop');
    const { ImportError, importReport } = await import('../../domain/import/interop-model');
    const { serializeModel } = await import('../../domain/serialize/model-json');
    let result: Awaited<ReturnType<typeof importForeign>>;
    try {
      result = importForeign(text, { from, page: stringOption(values.page) });
    } catch (error) {
      if (error instanceof ImportError) throw new InputError(label, [error.message]);
      throw error;
    }
    const report = importReport(result);
    const out = stringOption(values.out);
    if (format === 'json') {
      const model = JSON.parse(serializeModel(result.model));
      await writeOutput(`${JSON.stringify({ model, report }, null, 2)}\n`, out, io);
    } else {
      await writeOutput(serializeModel(result.model), out, io);
      io.stderr(reportText(label, IMPORT_FORMAT_LABEL[result.format], report));
    }
    return EXIT.ok;
  },
};
