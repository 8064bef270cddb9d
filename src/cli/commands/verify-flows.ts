/**
 * `ot-zones verify-flows MODEL --flows FILE [--flows FILE…] [--format text|json|md]
 * [--fail-on violation|none]`: observed traffic (Zeek conn.log as TSV or JSON lines, CSV flow
 * records) against the model's documented conduit flows (issue 13). Files are streamed: memory
 * grows with the distinct flows, not the file size. JSON is a contract (see domain/traffic/report.ts).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { plural } from '../../domain/text/plural';
import { compareFlows, type FlowVerdict, portText } from '../../domain/traffic/compare';
import {
  FLOW_LOG_FORMATS,
  type FlowLogFormat,
  FlowLogReader,
  type FlowLogSummary,
  problemText,
} from '../../domain/traffic/flow-log';
import { FlowAggregator } from '../../domain/traffic/records';
import {
  comparisonJson,
  comparisonMarkdown,
  reasonWithReference,
  summaryLine,
  zoneNamer,
} from '../../domain/traffic/report';
import { choice, expectPositionals, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import type { CliIo } from '../io';
import { loadModelFile, STDIN } from '../load';
import { oneLine, styler } from '../text';

const usage =
  'ot-zones verify-flows MODEL --flows FILE [--flows FILE…] [--flow-format auto|zeek|zeek-json|csv] [--format text|json|md] [--fail-on violation|none]';

/** A flow file that cannot be used at all (unreadable, or a header without the needed fields). */
class FlowFileError extends Error {}

async function readFlowFile(
  file: string,
  aggregator: FlowAggregator,
  format: FlowLogFormat | undefined,
  io: CliIo,
): Promise<FlowLogSummary> {
  const reader = new FlowLogReader(aggregator, format ? { format } : {});
  if (file === STDIN) {
    reader.push(new TextDecoder().decode(await io.readStdin()));
    return reader.end();
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new FlowFileError('is a directory, not a flow file');
  } catch (error) {
    if (error instanceof FlowFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new FlowFileError(code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`);
  }
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) {
      reader.push(decoder.decode(chunk as Uint8Array, { stream: true }));
      if (reader.summary.fatal) {
        raw.destroy();
        break;
      }
    }
    reader.push(decoder.decode());
  } catch (error) {
    throw new FlowFileError(`cannot read it (${error instanceof Error ? error.message : String(error)})`);
  }
  return reader.end();
}

function textReport(
  model: Parameters<typeof comparisonMarkdown>[0],
  result: ReturnType<typeof compareFlows>,
  color: boolean,
): string {
  const style = styler(color);
  const zone = zoneNamer(model);
  const lines = [summaryLine(result)];
  const row = (f: FlowVerdict) =>
    `  ${f.src} → ${f.dst}  ${portText(f.port, f.transport)}  ×${f.count}  ${oneLine(zone(f.srcZone))} → ${oneLine(zone(f.dstZone))}`;
  const sections: Array<[string, FlowVerdict['verdict'], 'red' | 'yellow' | 'green' | 'dim']> = [
    ['Violations', 'violation', 'red'],
    ['Unclassified', 'unclassified', 'yellow'],
    ['Allowed', 'allowed', 'green'],
    ['Intra-zone', 'intra-zone', 'dim'],
  ];
  for (const [title, verdict, tone] of sections) {
    const flows = result.flows.filter((f) => f.verdict === verdict);
    if (!flows.length) continue;
    lines.push('', style('bold', `${title} (${flows.length}):`));
    for (const f of flows) {
      lines.push(style(tone, row(f)));
      if (verdict !== 'intra-zone') lines.push(`    ${oneLine(reasonWithReference(f))}`);
    }
  }
  if (result.unexercised.length) {
    lines.push(
      '',
      style(
        'bold',
        `Unexercised documented flows (${result.unexercised.length}): candidates for removal (IEC 62443-3-3 SR 7.7)`,
      ),
    );
    for (const u of result.unexercised)
      lines.push(
        `  ${oneLine(u.conduit)}: ${oneLine(u.protocol)}${u.port === null ? '' : ` ${u.port}`}  ${oneLine(zone(u.from))} → ${oneLine(zone(u.to))}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

export const verifyFlowsCommand: Command = {
  name: 'verify-flows',
  summary: 'check observed traffic (Zeek conn.log, flow CSV) against the documented conduit flows',
  usage,
  help: `Usage: ${usage}

Reads observed traffic and judges every flow (aggregated per source, destination, port and
transport) against the model's conduits. An address belongs to the asset that lists it, else to
the zone with the most specific range ("networks") that contains it.
  allowed       a conduit joins the two zones and documents a flow from the initiator's zone to
                the responder's with that port and transport (a one-way conduit: its direction only)
  violation     no conduit joins the zones, none documents a matching flow, or the traffic runs
                against a one-way conduit
  intra-zone    both ends in one zone
  unclassified  an end in no zone's range and listed by no asset
Documented flows that no traffic matched are listed as unexercised (only between zones that have
ranges or addressed assets, since traffic of other zones cannot be seen).

Flow files (the format is recognised from the first line; .gz files are decompressed):
  Zeek conn.log as TSV (with its #fields header) or as JSON lines ("id.orig_h" or "id_orig_h");
  CSV with a header: src_ip, dst_ip, dst_port, proto and similar names, or NetFlow/IPFIX names
  (sourceIPv4Address, destinationIPv4Address, destinationTransportPort, protocolIdentifier);
  optional count, bytes, first/last seen columns.
Bad lines are skipped and reported on stderr with their line numbers (the first 100 per file).

Options:
  --flows FILE     a flow file ("-" for standard input); repeat for several files
  --flow-format F  auto (default), zeek, zeek-json or csv
  --format F       text (default), md, or json:
                   { "summary": { "observed", "allowed", "violation", "intraZone", "unclassified",
                   "unexercised" }, "flows": [ { "src", "dst", "port", "transport", "srcZone",
                   "dstZone", "verdict", "conduit", "reason", "count" } ], "unexercised": [
                   { "conduit", "from", "to", "protocol", "port" } ] }
  --fail-on F      violation (default): exit 1 when a flow is a violation; none: exit 0
  -h, --help       show this help

Exit status: 0 no violation; 1 violations (with --fail-on violation); 2 the model or a flow file
cannot be used, or the command line is wrong.

Examples:
  ot-zones verify-flows plant.json --flows conn.log
  ot-zones verify-flows plant.json --flows conn.log.gz --flows fw-export.csv --format json > verdicts.json`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        flows: { type: 'string', multiple: true },
        'flow-format': { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
      },
      usage,
    );
    const format = choice(values.format, ['text', 'json', 'md'] as const, 'format', 'text', usage);
    const failOn = choice(values['fail-on'], ['violation', 'none'] as const, 'fail-on', 'violation', usage);
    const flowFormat = choice(
      values['flow-format'],
      ['auto', ...FLOW_LOG_FORMATS] as const,
      'flow-format',
      'auto',
      usage,
    );
    const files = (values as unknown as { flows?: string[] }).flows ?? [];
    if (files.length === 0) throw new UsageError('missing --flows FILE', usage);
    const [modelFile] = expectPositionals(positionals, ['MODEL'], usage);
    const { model } = await loadModelFile(modelFile!, io);

    const aggregator = new FlowAggregator();
    let unusable = 0;
    for (const file of files) {
      const label = oneLine(file === STDIN ? '<stdin>' : file);
      let summary: FlowLogSummary;
      try {
        summary = await readFlowFile(file, aggregator, flowFormat === 'auto' ? undefined : flowFormat, io);
      } catch (error) {
        if (!(error instanceof FlowFileError)) throw error;
        io.stderr(`${label}: ${error.message}\n`);
        unusable++;
        continue;
      }
      for (const p of summary.problems) io.stderr(`${label}: ${oneLine(problemText(p))}\n`);
      if (summary.badLines > summary.problems.length)
        io.stderr(`${label}: … and ${plural(summary.badLines - summary.problems.length, 'more bad line')}\n`);
      if (summary.fatal) {
        io.stderr(`${label}: ${oneLine(problemText(summary.fatal))}\n`);
        unusable++;
      } else if (summary.records === 0 && summary.badLines > 0) {
        io.stderr(`${label}: no usable record in ${plural(summary.badLines, 'line')} (is it a flow log?)\n`);
        unusable++;
      } else if (summary.badLines > 0) {
        io.stderr(
          `${label}: ${plural(summary.records, 'record')} read, ${plural(summary.badLines, 'bad line')} skipped\n`,
        );
      }
    }
    if (unusable > 0) {
      io.stderr(`ot-zones: cannot use ${plural(unusable, 'flow file')}\n`);
      return EXIT.unusable;
    }

    const result = compareFlows(model, aggregator.flows());
    if (format === 'json') io.stdout(`${JSON.stringify(comparisonJson(result), null, 2)}\n`);
    else if (format === 'md') io.stdout(comparisonMarkdown(model, result, files));
    else io.stdout(textReport(model, result, io.color));
    return failOn === 'violation' && result.summary.violation > 0 ? EXIT.findings : EXIT.ok;
  },
};
