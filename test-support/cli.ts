/** Running the CLI in-process with captured output, and scratch files for its tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/cli/io';
import { main } from '../src/cli/main';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: readonly string[], stdin = ''): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const io: CliIo = {
    stdout: (t) => {
      stdout += typeof t === 'string' ? t : decoder.decode(t);
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    color: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A scratch folder; `file(name, content)` writes into it and returns the path. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'otz-cli-'));
  return {
    dir,
    file(name: string, content: string | Uint8Array | object): string {
      const path = join(dir, name);
      writeFileSync(
        path,
        typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content),
      );
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A small valid model: one unassessed control zone with a PLC (only an info finding). */
export function smallModel() {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Small cell' },
    zones: [{ id: 'z1', name: 'Cell 1', kind: 'control' }],
    assets: [{ id: 'a1', name: 'PLC 1', type: 'plc', zoneId: 'z1' }],
    conduits: [] as unknown[],
  };
}

/** No line of a stack trace ("    at fn (file:line)") anywhere in the text. */
export const hasStackTrace = (text: string) => /^\s+at .+:\d+/m.test(text);
