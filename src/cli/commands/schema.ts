/** `ot-zones schema`: the JSON Schema of the model format, for editors and other tools. */
import { modelJsonSchemaText } from '../../domain/export/registry';
import { expectPositionals, parseCommandArgs, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { writeOutput } from '../output';

const usage = 'ot-zones schema [--out PATH]';

export { modelJsonSchemaText };

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'write the JSON Schema (draft 2020-12) of the model format',
  usage,
  help: `Usage: ${usage}

Writes the JSON Schema of the ot-zones model format (version 1), so that editors and other
tools can validate model files. The schema covers the structure; references between elements
(an asset's zone, a conduit's zones, flows) are checked by "ot-zones check".

Options:
  -o, --out PATH   write to PATH instead of standard output
  -h, --help       show this help`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string', short: 'o' } }, usage);
    expectPositionals(positionals, [], usage);
    await writeOutput(await modelJsonSchemaText(), stringOption(values.out), io);
    return EXIT.ok;
  },
};
