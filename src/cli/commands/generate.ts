/** `ot-zones generate --size L`: a deterministic synthetic plant, for benchmarks and trials. */
import {
  generatePlant,
  PLANT_SIZE_IDS,
  PLANT_SIZES,
  type PlantSize,
} from '../../domain/generate/plant-generator';
import { serializeModel } from '../../domain/serialize/model-json';
import { plural } from '../../domain/text/plural';
import { choice, expectPositionals, parseCommandArgs, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { writeOutput } from '../output';

const usage = `ot-zones generate --size ${PLANT_SIZE_IDS.join('|')} [--seed N] [--out PATH]`;

/** 12345 → "12,345" without toLocaleString: loading ICU's locale data costs every command ~20 ms at start. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const sizeTable = PLANT_SIZE_IDS.map((id) => {
  const s = PLANT_SIZES[id];
  return `  ${id.padEnd(3)} ${String(s.zones).padStart(5)} zones ${thousands(s.assets).padStart(7)} assets ${thousands(s.conduits).padStart(6)} conduits  (${plural(s.sites, 'site')})`;
}).join('\n');

export const generateCommand: Command = {
  name: 'generate',
  summary: 'write a synthetic plant model (S, M, L, XL) for benchmarks and trials',
  usage,
  help: `Usage: ${usage}

Writes a realistic synthetic plant as a model file: enterprise IT, vendors and remote access,
and per site a DMZ, operations, control room, safety system behind a data diode, process areas
with cell and field zones, engineering and wireless zones, conduits with real protocols, and a
few deliberate weaknesses for the checker to find. The same size and seed always give the same
file.

Sizes:
${sizeTable}

Options:
  --size SIZE      S, M, L or XL (required)
  --seed N         an integer from 0 to 4294967295 (default 1)
  -o, --out PATH   write to PATH instead of standard output
  -h, --help       show this help

Example:
  ot-zones generate --size L --seed 42 --out plant-l.json`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { size: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string', short: 'o' } },
      usage,
    );
    expectPositionals(positionals, [], usage);
    if (values.size === undefined)
      throw new UsageError(`--size is required (${PLANT_SIZE_IDS.join(', ')})`, usage);
    const size = choice<PlantSize>(
      typeof values.size === 'string' ? values.size.toUpperCase() : values.size,
      PLANT_SIZE_IDS,
      'size',
      'S',
      usage,
    );
    const seedText = stringOption(values.seed) ?? '1';
    if (!/^\d{1,10}$/.test(seedText) || Number(seedText) > 0xffffffff)
      throw new UsageError(`--seed must be an integer from 0 to 4294967295 (got "${seedText}")`, usage);
    await writeOutput(serializeModel(generatePlant(size, Number(seedText))), stringOption(values.out), io);
    return EXIT.ok;
  },
};
