#!/usr/bin/env node
// Compiles the CLI to plain JavaScript in dist-cli/ (run by `npm run build:cli` and the `prepare`
// step, so `npm ci` and `npm pack` both leave a working `ot-zones`). One ESM bundle for the commands
// everybody runs; code reached only through a dynamic import (the team server behind `serve`)
// becomes a separate chunk loaded on demand, so `check` never parses it. Packages with native
// parts, WebAssembly or their own data files stay external and load from node_modules.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --outdir DIR (relative to the package) for tests; dist-cli/ otherwise.
const outArg = process.argv.indexOf('--outdir');
const outdir = join(root, outArg > 0 ? process.argv[outArg + 1] : 'dist-cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without dev dependencies (npm ci --omit=dev): the bin falls back to tsx.
  console.warn('[build-cli] esbuild is not installed; skipping (bin/ot-zones.mjs will run from source)');
  process.exit(0);
}

/** Server-side packages: loaded only by `serve`, and several carry wasm, native or data files. */
const EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'pg',
  'pg-*',
  '@hocuspocus/*',
  'yjs',
  'y-protocols',
  'y-protocols/*',
  'y-indexeddb',
  'ws',
  'jose',
  'ioredis',
  'redis',
  'tsx',
  'tsx/*',
  'elkjs',
  'elkjs/*',
];

/**
 * zod re-exports all ~50 of its message locales (a third of the bundle, parsed at every start);
 * the CLI speaks English only, so the locale index resolves to English alone.
 */
const englishOnlyZodLocales = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/en.js') }
        : undefined,
    );
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { 'ot-zones': 'src/cli/entry.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  external: EXTERNAL,
  plugins: [englishOnlyZodLocales],
  // Bundled CommonJS packages may call require(); give them one in ESM.
  banner: {
    js: "import { createRequire as __otzRequire } from 'node:module'; const require = __otzRequire(import.meta.url);",
  },
  minify: true,
  keepNames: false,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
const main = join(outdir, 'ot-zones.mjs');
if (!existsSync(main)) throw new Error(`build-cli: ${main} was not written`);
const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.mjs'))
  .map(([file, info]) => `${file} ${(info.bytes / 1024).toFixed(0)} KiB`);
console.log(`[build-cli] ${bytes.join(', ')}`);
