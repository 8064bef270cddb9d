/** The traffic fixture files (copied byte for byte from shared/fixtures/traffic; see SOURCES.md there). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function trafficFixturePath(name: string): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'traffic', name);
}

export function trafficFixture(name: string): string {
  return readFileSync(trafficFixturePath(name), 'utf8');
}
