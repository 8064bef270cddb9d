/**
 * `ot-zones analyze reach|path|contain|coverage FILE …`: the editor's what-if analyses (blast
 * radius, attack path, containment, zone coverage) for scripts and workshops. The model is loaded
 * exactly as `check` loads it, so bad input fails the same way (exit 2, every problem with its
 * JSON path).
 */
import { attackPath } from '../../domain/analysis/attack-path';
import { containment } from '../../domain/analysis/containment';
import { containmentMarkdown } from '../../domain/analysis/containment-markdown';
import { zoneCoverage } from '../../domain/analysis/coverage';
import { blastRadius } from '../../domain/analysis/reachability';
import type { Model } from '../../domain/model/schema';
import { FR_IDS } from '../../domain/security-level';
import { plural } from '../../domain/text/plural';
import { choice, expectPositionals, parseCommandArgs, stringOption } from '../args';
import type { Command } from '../command';
import { CliError, EXIT, UsageError } from '../errors';
import type { CliIo } from '../io';
import { loadModelFile } from '../load';
import { oneLine } from '../text';

const usage = {
  reach: 'ot-zones analyze reach FILE --from ZONE_OR_ASSET_ID [--format json|text]',
  path: 'ot-zones analyze path FILE --to ZONE_ID [--format json|text]',
  contain: 'ot-zones analyze contain FILE --zone ZONE_ID [--format md|json]',
  coverage: 'ot-zones analyze coverage FILE [--format text|json]',
} as const;
type Analysis = keyof typeof usage;
const ANALYSES = Object.keys(usage) as Analysis[];
const synopsis = 'ot-zones analyze reach|path|contain|coverage FILE [options]';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** "Name (id)", or the id alone when the zone has no other name; terminal-safe. */
function zoneLabel(model: Model, id: string): string {
  const name = model.zones.find((z) => z.id === id)?.name;
  return oneLine(name && name !== id ? `${name} (${id})` : id);
}

function assetLabel(model: Model, id: string): string {
  const name = model.assets.find((a) => a.id === id)?.name;
  return oneLine(name && name !== id ? `${name} (${id})` : id);
}

/** The zone's name alone (its id when unnamed), for paths read as a sentence. */
function zoneName(model: Model, id: string): string {
  return oneLine(model.zones.find((z) => z.id === id)?.name || id);
}

function required(value: string | boolean | undefined, option: string, analysis: Analysis): string {
  const text = stringOption(value);
  if (text === undefined || text === '') throw new UsageError(`missing --${option}`, usage[analysis]);
  return text;
}

async function reach(file: string, values: Record<string, string | boolean | undefined>, io: CliIo) {
  const from = required(values.from, 'from', 'reach');
  const format = choice(values.format, ['json', 'text'] as const, 'format', 'json', usage.reach);
  const { model } = await loadModelFile(file, io);
  const r = blastRadius(model, from);
  if (!r.ok) throw new CliError(`--from: ${r.message}`);
  const { result } = r;
  if (format === 'json') {
    const out: Record<string, unknown> = { from: result.from };
    if (result.fromAsset !== undefined) out.asset = result.fromAsset;
    out.reachable = result.reachable.map(({ zone, barriers, path }) => ({ zone, barriers, path }));
    io.stdout(json(out));
    return;
  }
  const lines = [
    `Blast radius from ${zoneLabel(model, result.from)}${result.fromAsset ? ` (asset ${assetLabel(model, result.fromAsset)})` : ''}: ` +
      `${plural(result.reachable.length, 'zone')} reachable, ${result.unreachable.length} not`,
  ];
  if (result.reachable.length) lines.push('  barriers  zone  (path)');
  for (const z of result.reachable)
    lines.push(
      `  ${String(z.barriers).padStart(8)}  ${zoneLabel(model, z.zone)}  (${z.path.map((id) => zoneName(model, id)).join(' → ')})`,
    );
  io.stdout(`${lines.join('\n')}\n`);
}

async function path(file: string, values: Record<string, string | boolean | undefined>, io: CliIo) {
  const to = required(values.to, 'to', 'path');
  const format = choice(values.format, ['json', 'text'] as const, 'format', 'json', usage.path);
  const { model } = await loadModelFile(file, io);
  const r = attackPath(model, to);
  if (!r.ok) throw new CliError(`--to: ${r.message}`);
  const p = r.path;
  if (format === 'json') {
    io.stdout(
      json({
        to,
        from: p?.entry ?? null,
        barriers: p?.barriers ?? null,
        path: p?.path ?? null,
        conduits: p ? p.steps.map((s) => s.conduit) : null,
        itZones: r.itZones,
      }),
    );
    return;
  }
  if (!p) {
    io.stdout(
      r.itZones.length
        ? `No IT-side zone reaches ${zoneLabel(model, to)} along the conduits.\n`
        : `The model has no IT-side zone (enterprise, external, or Purdue level 4–5).\n`,
    );
    return;
  }
  const conduitName = (id: string) => {
    const name = model.conduits.find((c) => c.id === id)?.name;
    return oneLine(name && name !== id ? `${name} (${id})` : id);
  };
  const lines = [`Attack path to ${zoneLabel(model, to)}: ${plural(p.barriers, 'filtering barrier')}`];
  lines.push(`  ${zoneLabel(model, p.entry)}`);
  for (const s of p.steps) {
    const via = s.conduit === null ? 'shared nesting boundary' : conduitName(s.conduit);
    lines.push(`  → ${zoneLabel(model, s.to)}  via ${via}${s.barrier ? '  [barrier]' : ''}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
}

async function contain(file: string, values: Record<string, string | boolean | undefined>, io: CliIo) {
  const zone = required(values.zone, 'zone', 'contain');
  const format = choice(values.format, ['md', 'json'] as const, 'format', 'md', usage.contain);
  const { model } = await loadModelFile(file, io);
  const r = containment(model, zone);
  if (!r.ok) throw new CliError(`--zone: ${r.message}`);
  if (format === 'json') io.stdout(json(r.result));
  else
    io.stdout(containmentMarkdown(r.result, model, { generatedAt: new Date().toISOString().slice(0, 10) }));
}

async function coverage(file: string, values: Record<string, string | boolean | undefined>, io: CliIo) {
  const format = choice(values.format, ['text', 'json'] as const, 'format', 'text', usage.coverage);
  const { model } = await loadModelFile(file, io);
  const rows = zoneCoverage(model);
  if (format === 'json') {
    io.stdout(json({ frs: FR_IDS, zones: rows }));
    return;
  }
  // One block per zone: SL-T, weakest asset SL-C, weakest conduit SL-C; a "!" marks a shortfall.
  const cell = (value: number | undefined, gap = 0) =>
    ` ${(value === undefined ? '-' : String(value)).padStart(3)}${gap ? '!' : ' '}`;
  const line = (label: string, cells: string[]) => `  ${label.padEnd(8)}${cells.join('')}`.trimEnd();
  const lines = ['Zone coverage (SL-T against the weakest SL-C; "!" = below target, "-" = unknown)'];
  lines.push(
    line(
      '',
      FR_IDS.map((fr) => ` ${fr.padStart(3)} `),
    ),
  );
  for (const row of rows) {
    lines.push(`${zoneLabel(model, row.zone)}${row.worstGap ? `  (short by up to ${row.worstGap})` : ''}`);
    lines.push(
      line(
        'SL-T',
        row.cells.map((c) => cell(c.target)),
      ),
    );
    lines.push(
      line(
        'assets',
        row.cells.map((c) => cell(c.asset, c.assetGap)),
      ),
    );
    lines.push(
      line(
        'conduits',
        row.cells.map((c) => cell(c.conduit, c.conduitGap)),
      ),
    );
    if (row.cells.some((c) => c.achieved !== undefined))
      lines.push(
        line(
          'SL-A',
          row.cells.map((c) => cell(c.achieved, c.achievedGap)),
        ),
      );
  }
  io.stdout(`${lines.join('\n')}\n`);
}

const RUNNERS: Record<Analysis, typeof reach> = { reach, path, contain, coverage };

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'what-if analyses: blast radius, attack path, containment, zone coverage',
  usage: synopsis,
  help: `Usage: ${synopsis}

  ${usage.reach}
  ${usage.path}
  ${usage.contain}
  ${usage.coverage}

Analyses of a model file, the same as the editor's Analysis panel.

  reach      Blast radius: every zone reachable from a compromised zone (or an asset's zone)
             along the conduits, respecting direction and unidirectional gateways, with the
             fewest filtering barriers crossed on the attacker's best path. JSON (default):
             { "from", "reachable": [ { "zone", "barriers", "path": [zone ids] } ] }
             ordered by barriers, then zone id ("asset" is added when --from named an asset).
  path       Attack path: from any IT-side zone (enterprise, external, Purdue 4–5) to --to,
             the path crossing the fewest filtering barriers. JSON: { "to", "from",
             "barriers", "path", "conduits", "itZones" } (from/barriers/path null when no
             IT-side zone reaches it).
  contain    Containment: isolating --zone (with its nested zones): conduits to cut, flows
             that stop, zones that lose data, island mode and fail close per conduit.
             md (default): a draft step for an incident response playbook; json: the data.
  coverage   Zone coverage: per zone and FR, SL-T against the weakest asset and conduit SL-C,
             and against SL-A (from IEC 62443-3-3 requirement statuses) where recorded.

Nested zones: a nested zone with no conduit of its own shares its parent's boundary (reach
passes freely between them); one with its own conduits is entered only through them.

Options:
  --from ID        reach: the compromised zone or asset
  --to ZONE_ID     path: the zone to defend
  --zone ZONE_ID   contain: the zone to isolate
  --format F       output format (see above)
  -h, --help       show this help

Exit status: 0 done; 2 the file cannot be used (every problem with its JSON path), an id is
unknown, or the command line is wrong.

Examples:
  ot-zones analyze reach plant.json --from z-dmz
  ot-zones analyze contain plant.json --zone z-supervisory > containment.md`,

  async run(args, io) {
    const [first, ...rest] = args;
    if (first === undefined)
      throw new UsageError('missing the analysis: reach, path, contain or coverage', synopsis);
    if (!(ANALYSES as string[]).includes(first))
      throw new UsageError(
        `unknown analysis "${oneLine(first)}"; analyses: ${ANALYSES.join(', ')}`,
        synopsis,
      );
    const analysis = first as Analysis;
    const { values, positionals } = parseCommandArgs(
      rest,
      {
        format: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        zone: { type: 'string' },
      },
      usage[analysis],
    );
    const [file] = expectPositionals(positionals, ['FILE'], usage[analysis]);
    const own: Record<Analysis, readonly string[]> = {
      reach: ['from'],
      path: ['to'],
      contain: ['zone'],
      coverage: [],
    };
    for (const option of ['from', 'to', 'zone'])
      if (values[option] !== undefined && !own[analysis].includes(option))
        throw new UsageError(`--${option} does not apply to "analyze ${analysis}"`, usage[analysis]);
    await RUNNERS[analysis](file!, values, io);
    return EXIT.ok;
  },
};
