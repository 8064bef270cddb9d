/** Writing a command's result: standard output, or a file written whole (never half). */
import { CliError } from './errors';
import { type CliIo, writeFileAtomic } from './io';

function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

export async function writeOutput(content: string | Uint8Array, out: string | undefined, io: CliIo) {
  if (out === undefined || out === '-') {
    io.stdout(content);
    return;
  }
  try {
    await writeFileAtomic(out, content);
  } catch (error) {
    throw new CliError(`cannot write ${out}: ${writeProblem(error)}`);
  }
}
