/**
 * The package's own folder, found by walking up from this module to the package.json named
 * "ot-zones". The same code runs from src/cli/ (through tsx) and bundled in dist-cli/, so a fixed
 * relative path ("../../package.json") would be right in one and wrong in the other.
 */
import { existsSync, readFileSync } from 'node:fs';

export function packageRoot(from: string = import.meta.url): URL | undefined {
  let dir = new URL('./', from);
  for (let depth = 0; depth < 6; depth++) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) {
      try {
        if (JSON.parse(readFileSync(file, 'utf8')).name === 'ot-zones') return dir;
      } catch {
        // Not ours or unreadable: keep walking up.
      }
    }
    const parent = new URL('../', dir);
    if (parent.href === dir.href) return undefined;
    dir = parent;
  }
  return undefined;
}
