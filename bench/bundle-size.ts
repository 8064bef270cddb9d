/**
 * Bundle budget (issue 6): the JavaScript a browser must fetch before the app starts, gzipped,
 * against the loaded-later chunks (elkjs, exporters, templates…). Reads a production build:
 * index.html's entry script and module preloads, then the static imports of each chunk, followed
 * transitively; every other .js file in the build is lazy (reached only through import()).
 *
 *   npm run build && node bin/run-ts.mjs bench/bundle-size.ts [--dist DIR] [--json]
 *
 * Exits 1 when the initial JavaScript is over budget, so CI can run it after the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 400;

interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function sizeOf(dist: string, file: string): FileSize {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

/** Every file under dir, as paths relative to dist with forward slashes. */
function listFiles(dist: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(dist, path) : [relative(dist, path).split('\\').join('/')];
  });
}

/** Where a URL in index.html or a chunk points, relative to dist (undefined for other origins). */
function resolveUrl(from: string, url: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  const path = url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(from), url);
  return posix.normalize(path.split(/[?#]/)[0]!);
}

/**
 * Static imports of an ES module chunk: `import … from "./x.js"`, `import "./x.js"` and
 * `export … from "./x.js"`, but not `import("./x.js")`, which loads later.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"']+\.m?js)\1/g;
  for (const match of code.matchAll(pattern)) {
    const spec = match[2]!;
    if (spec.startsWith('.') || spec.startsWith('/')) found.add(spec);
  }
  return [...found];
}

export function initialFiles(dist: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  const queue: string[] = [];
  const tags = html.matchAll(/<(script|link)\b([^>]*)>/gi);
  for (const [, tag, attrs] of tags) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attrs ?? '')?.[1];
    const url = tag?.toLowerCase() === 'script' ? attr('src') : attr('href');
    if (!url) continue;
    const file = resolveUrl('index.html', url);
    if (!file) continue;
    const rel = attr('rel')?.toLowerCase();
    if (file.endsWith('.css') && rel === 'stylesheet') css.add(file);
    else if (file.endsWith('.js') && (tag?.toLowerCase() === 'script' || rel === 'modulepreload'))
      queue.push(file);
  }
  while (queue.length) {
    const file = queue.pop()!;
    if (js.has(file) || !existsSync(join(dist, file))) continue;
    js.add(file);
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      const next = resolveUrl(file, spec);
      if (next && !js.has(next)) queue.push(next);
    }
  }
  return { js: [...js].sort(), css: [...css].sort() };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function table(title: string, files: readonly FileSize[]): string {
  const total = files.reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzip: s.gzip + f.gzipBytes }), {
    bytes: 0,
    gzip: 0,
  });
  const width = Math.max(title.length, ...files.map((f) => f.file.length), 5);
  const row = (a: string, b: string, c: string) =>
    `  ${a.padEnd(width)}  ${b.padStart(11)}  ${c.padStart(11)}`;
  return [
    row(title, 'raw', 'gzip'),
    ...[...files]
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .map((f) => row(f.file, kb(f.bytes), kb(f.gzipBytes))),
    row('total', kb(total.bytes), kb(total.gzip)),
  ].join('\n');
}

function run(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { dist: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write('Usage: node bin/run-ts.mjs bench/bundle-size.ts [--dist DIR] [--json]\n');
    return 0;
  }
  const dist = values.dist ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write(`bundle-size: no build in ${dist} (run "npm run build" first)\n`);
    return 2;
  }
  const initial = initialFiles(dist);
  const allJs = listFiles(dist).filter((f) => f.endsWith('.js'));
  const initialJs = initial.js.map((f) => sizeOf(dist, f));
  const initialCss = initial.css.map((f) => sizeOf(dist, f));
  const lazyJs = allJs.filter((f) => !initial.js.includes(f)).map((f) => sizeOf(dist, f));
  const initialGzip = initialJs.reduce((s, f) => s + f.gzipBytes, 0);
  const met = initialGzip <= BUDGET_KB * 1024;
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          dist,
          budget: { initialJsGzipKb: BUDGET_KB, measuredKb: Math.round((initialGzip / 1024) * 10) / 10, met },
          initial: { js: initialJs, css: initialCss },
          lazy: { js: lazyJs },
        },
        null,
        2,
      )}\n`,
    );
  } else {
    process.stdout.write(
      `ot-zones bundle (${dist}), gzip level 9\n\n` +
        `${table('initial JavaScript', initialJs)}\n\n` +
        `${table('initial CSS', initialCss)}\n\n` +
        `${table('lazy JavaScript (import() only)', lazyJs)}\n\n` +
        `Budget (issue 6): ${met ? 'met' : 'MISSED'}: initial JavaScript ${kb(initialGzip)} gzipped (limit ${BUDGET_KB} KB)\n`,
    );
  }
  return met ? 0 : 1;
}

process.exitCode = run(process.argv.slice(2));
