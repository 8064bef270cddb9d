/** Command-line parsing on node:util parseArgs, with errors in our words and a usage line. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Strict parsing: unknown options and missing values are usage errors, not silent surprises. */
export function parseCommandArgs(args: readonly string[], options: OptionSpec, usage: string): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error), usage);
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node quotes the option, e.g. "Option '--format <value>' argument missing": keep the name only.
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test(message)) return `option ${option} needs a value`;
      if (/ambiguous/.test(message))
        return `option ${option} needs a value (for a value starting with "-", write ${option}=VALUE)`;
      if (/does not take an argument/.test(message)) return `option ${option} does not take a value`;
      return message;
    default:
      return message;
  }
}

/** The value of a string option restricted to a list, or its default. */
export function choice<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  name: string,
  fallback: T,
  usage: string,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${String(value)}")`, usage);
}

/** Exactly `count` positionals, named in the error when missing or extra. */
export function expectPositionals(
  positionals: readonly string[],
  names: readonly string[],
  usage: string,
  optional = 0,
): string[] {
  const min = names.length - optional;
  if (positionals.length < min) throw new UsageError(`missing ${names[positionals.length]}`, usage);
  if (positionals.length > names.length)
    throw new UsageError(`unexpected argument "${positionals[names.length]}"`, usage);
  return [...positionals];
}

/** An optional string option (never a boolean: parseArgs declares its type). */
export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
