/** Errors the CLI reports as plain messages (never a stack trace), all with exit status 2. */

import { plural } from '../domain/text/plural';
import { oneLine } from './text';

export const EXIT = {
  /** Done; for check: nothing at or above the --fail-on level. */
  ok: 0,
  /** check: a finding reaches the --fail-on level. */
  findings: 1,
  /** The input could not be used, the output could not be written, or the command line is wrong. */
  unusable: 2,
} as const;

/** A problem the user can act on, shown as one message. */
export class CliError extends Error {
  override name = 'CliError';
}

/** A wrong command line: the message says what is wrong, the usage line what is right. */
export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

/** An input that cannot be used, with one line per problem (each naming its place in the file). */
export class InputError extends CliError {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** What stderr says about an unusable input: each problem on its own line, then a verdict. */
export function inputErrorText(error: InputError): string {
  const file = oneLine(error.file);
  const lines = error.problems.map((problem) => `${file}: ${oneLine(problem)}\n`);
  lines.push(`ot-zones: cannot use ${file} as a model (${plural(error.problems.length, 'problem')})\n`);
  return lines.join('');
}
