/** The interop fixtures (real files from other tools, see fixtures/SOURCES.md) for import tests. */
import { readFileSync } from 'node:fs';

export function fixture(path: string): string {
  return readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
}
