/**
 * Writes src/samples/templates/*.json from the definitions in defs/ (canonical JSON, validated).
 *   node bin/run-ts.mjs src/samples/templates/build-templates.ts [--check]
 * --check writes nothing and exits 1 when a checked-in file differs from what would be written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../domain/engine/evaluate';
import { formatIssue } from '../../domain/model/issues';
import { parseModel } from '../../domain/model/parse';
import { serializeModel } from '../../domain/serialize/model-json';
import { buildTemplate } from './template-dsl';
import { TEMPLATE_SPECS } from './template-specs';

const here = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const spec of TEMPLATE_SPECS) {
  const parsed = parseModel(buildTemplate(spec));
  if (!parsed.ok) {
    console.error(`${spec.id}: invalid\n  ${parsed.issues.map(formatIssue).join('\n  ')}`);
    process.exitCode = 1;
    continue;
  }
  const text = serializeModel(parsed.model);
  const file = join(here, `${spec.id}.json`);
  const { counts } = evaluate(parsed.model);
  const summary = `${parsed.model.zones.length} zones, ${parsed.model.assets.length} assets, ${parsed.model.conduits.length} conduits; findings: ${counts.error} error, ${counts.warning} warning, ${counts.info} info`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      stale++;
      console.error(`${spec.id}.json is out of date`);
    }
  } else {
    writeFileSync(file, text);
    console.log(`${spec.id}.json: ${summary}`);
  }
}
if (stale) process.exitCode = 1;
