#!/usr/bin/env node
// The `ot-zones` command. Runs the compiled CLI (dist-cli/, built by `npm run build:cli`, the
// `prepare` step of `npm ci` and `npm pack`): plain JavaScript, no TypeScript compiler at start-up.
// In a development checkout whose sources are newer than that build (or with
// OT_ZONES_FROM_SOURCE=1), it runs the TypeScript source through tsx instead, so an edit is never
// hidden behind a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist-cli/ot-zones.mjs', root);

/** Newest modification time under the folders the CLI is built from (a few hundred stat calls). */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = new URL(entry.isDirectory() ? `${entry.name}/` : entry.name, dir);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$|\.json$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of ['src/cli/', 'src/domain/', 'src/samples/', 'server/']) {
    const dir = new URL(folder, root);
    if (existsSync(dir)) walk(dir);
  }
  return newest;
}

function compiledIsCurrent() {
  if (process.env.OT_ZONES_FROM_SOURCE === '1' || !existsSync(compiled)) return false;
  // An installed package ships no sources: nothing can be newer than its build.
  if (!existsSync(new URL('src/cli/main.ts', root))) return true;
  return newestSource() <= statSync(compiled).mtimeMs;
}

if (compiledIsCurrent()) {
  await import(compiled.href);
} else if (!existsSync(new URL('src/cli/main.ts', root))) {
  process.stderr.write(
    'ot-zones: the compiled CLI (dist-cli/ot-zones.mjs) is missing; reinstall the package\n',
  );
  process.exitCode = 2;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
