/** The shape of one CLI command; each lives in its own file under commands/. */
import type { CliIo } from './io';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis, e.g. "ot-zones check FILE [--format text|json]". */
  usage: string;
  /** Full help: what it does, every option, exit status, examples. */
  help: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
