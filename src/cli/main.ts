/**
 * The `ot-zones` command line. `main` never throws and never prints a stack trace: every failure
 * becomes a message on stderr and exit status 2 (1 is reserved for "check found something").
 */
import { readFileSync } from 'node:fs';
import type { Command } from './command';
import { analyzeCommand } from './commands/analyze';
import { checkCommand } from './commands/check';
import { diffCommand } from './commands/diff';
import { exportCommand } from './commands/export';
import { generateCommand } from './commands/generate';
import { importCommand } from './commands/import';
import { riskCommand } from './commands/risk';
import { schemaCommand } from './commands/schema';
import { serveCommand } from './commands/serve';
import { verifyFlowsCommand } from './commands/verify-flows';
import { CliError, EXIT, InputError, inputErrorText, UsageError } from './errors';
import { type CliIo, processIo } from './io';
import { packageRoot } from './package-root';
import { oneLine } from './text';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  diffCommand,
  exportCommand,
  importCommand,
  schemaCommand,
  generateCommand,
  analyzeCommand,
  riskCommand,
  verifyFlowsCommand,
  serveCommand,
];

function version(): string {
  try {
    const root = packageRoot();
    if (!root) return 'unknown';
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: ot-zones <command> [options]

Checks and converts IEC 62443 zone-and-conduit models (the files the ot-zones editor saves).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "ot-zones <command> --help" for a command's options.
Options: -h, --help  show this help;  --version  print the version
`;
}

const wantsHelp = (args: readonly string[]) => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(overview());
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  if (name === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout(overview());
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === topic);
    if (!command) throw new UsageError(`unknown command "${topic}"`);
    io.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command)
    throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  if (wantsHelp(rest)) {
    io.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  return command.run(rest, io);
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof InputError) io.stderr(inputErrorText(error));
  else if (error instanceof UsageError) {
    io.stderr(`ot-zones: ${oneLine(error.message)}\n`);
    if (error.usage) io.stderr(`usage: ${error.usage}\n`);
    io.stderr('Run "ot-zones --help" for the list of commands and options.\n');
  } else if (error instanceof CliError) {
    io.stderr(`ot-zones: ${oneLine(error.message)}\n`);
  } else {
    // A bug, not a user mistake; still no stack trace unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`ot-zones: unexpected error: ${oneLine(message)}\n`);
    if (process.env.OT_ZONES_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('(set OT_ZONES_DEBUG=1 for details)\n');
  }
  return EXIT.unusable;
}

/** Runs one command line; resolves to the exit status. Output goes through `io` only. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    try {
      return report(error, io);
    } catch {
      return EXIT.unusable;
    }
  }
}
