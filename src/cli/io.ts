/**
 * Where the CLI reads and writes. Commands never touch process.* directly, so tests run them
 * in-process with captured output, and the real process wiring lives in one place.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface CliIo {
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** Reads all of standard input (for FILE "-"). */
  readStdin(): Promise<Uint8Array>;
  /** Colour escapes in text output (a terminal, and NO_COLOR unset). */
  color: boolean;
}

/** The real process: stdout/stderr, stdin, colour when writing to a terminal. */
export function processIo(): CliIo {
  // A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

/**
 * Writes a whole file or nothing: the text goes to a temporary file next to the target, which
 * then replaces it. A failed export never leaves a half-written file where the user's was.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
