/**
 * `npm run bench:ui`: the editor at plant scale in real Chromium against the production build
 * (issues 6 and 14). For the M and L synthetic plants: import → first paint (fresh page per run,
 * median of --runs), navigation to an interactive canvas, frame times
 * while dragging a zone holding ~50 assets, edit → updated findings painted, PNG export, and the
 * JS heap over 1,000 edits. Prints a table; `-- --json` prints the same as JSON.
 *
 *   npm run bench:ui -- --sizes M --memory-edits 300 --json
 *   npm run bench:ui -- --sizes S,M,L --scenarios first-paint,edit --runs 7
 *   node bin/run-ts.mjs bench/ui-bench.ts --dist /tmp/my-build   (skip the build step)
 */
import { parseArgs } from 'node:util';
import { isPlantSize, type PlantSize } from '../src/domain/generate/plant-generator';
import { machine } from './machine';
import { browserVersion, launchChromium } from './ui/browser';
import { cpuCheckMs } from './ui/cpu-check';
import { type FirstPaintResult, importToFirstPaint } from './ui/first-paint';
import { benchPlant } from './ui/plant';
import { budgetLines, firstPaintTable, table } from './ui/report';
import { benchEditOnly, benchPlantUi, type UiResult } from './ui/scenarios';
import { startPreview } from './ui/server';

const USAGE =
  'Usage: npm run bench:ui -- [--sizes M,L] [--memory-edits N] [--skip-png] [--dist DIR] [--json]\n' +
  '  --sizes          plant sizes (default M,L)\n' +
  '  --scenarios      all (default), or a list of: first-paint (import → first paint), edit (edit → findings painted)\n' +
  '  --runs           fresh-page runs of import → first paint per size (default 5; median reported)\n' +
  '  --memory-edits   keyboard edits while watching the heap (default 1000; 0 skips)\n' +
  '  --skip-png       do not time the PNG export\n' +
  '  --dist           the production build to serve (default dist)\n' +
  '  --cpu-profile    write CPU profiles of each phase to this folder (+ summary on stderr)\n' +
  '  --trace          write a Chrome trace of the drag to this folder (+ summary on stderr)\n' +
  '  --json           print JSON instead of a table\n';

async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      scenarios: { type: 'string' },
      runs: { type: 'string' },
      'memory-edits': { type: 'string' },
      'skip-png': { type: 'boolean' },
      dist: { type: 'string' },
      'cpu-profile': { type: 'string' },
      trace: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const sizes = (values.sizes ?? 'M,L').split(',').map((s) => s.trim().toUpperCase());
  const unknown = sizes.filter((s) => !isPlantSize(s));
  if (unknown.length) {
    process.stderr.write(`bench:ui: unknown size ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const memoryEdits = Number(values['memory-edits'] ?? 1000);
  if (!Number.isInteger(memoryEdits) || memoryEdits < 0) {
    process.stderr.write('bench:ui: --memory-edits must be a whole number\n');
    return 2;
  }
  const scenarios = new Set((values.scenarios ?? 'all').split(',').map((s) => s.trim()));
  const badScenario = [...scenarios].filter((s) => !['all', 'first-paint', 'edit'].includes(s));
  if (badScenario.length) {
    process.stderr.write(`bench:ui: unknown scenario ${badScenario.join(', ')}\n${USAGE}`);
    return 2;
  }
  const runs = Number(values.runs ?? 5);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write('bench:ui: --runs must be a whole number ≥ 1\n');
    return 2;
  }
  const all = scenarios.has('all');
  const t0 = performance.now();
  const log = (line: string) =>
    process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${line}\n`);
  const info = machine();
  const cpuBefore = cpuCheckMs();
  const server = await startPreview(values.dist ?? 'dist');
  const stopServer = () => void server.stop();
  process.once('SIGINT', stopServer);
  process.once('SIGTERM', stopServer);
  const started = performance.now();
  const results: UiResult[] = [];
  const firstPaint: Array<{ size: string; result: FirstPaintResult }> = [];
  const edits: Array<{ size: string; result: UiResult['editToFindings'] }> = [];
  let browserName = '';
  try {
    const browser = await launchChromium();
    browserName = await browserVersion(browser);
    try {
      for (const size of sizes as PlantSize[]) {
        log(`bench:ui: ${size}`);
        const plant = benchPlant(size);
        if (all || scenarios.has('first-paint'))
          firstPaint.push({
            size,
            result: await importToFirstPaint(browser, plant, {
              baseUrl: server.url,
              runs,
              cpuProfileDir: values['cpu-profile'],
              traceDir: values.trace,
              log,
            }),
          });
        if (!all && scenarios.has('edit'))
          edits.push({ size, result: await benchEditOnly(browser, plant, { baseUrl: server.url, log }) });
        if (!all) continue;
        results.push(
          await benchPlantUi(browser, plant, {
            baseUrl: server.url,
            memoryEdits,
            skipPng: !!values['skip-png'],
            cpuProfileDir: values['cpu-profile'],
            traceDir: values.trace,
            log,
          }),
        );
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
    process.off('SIGINT', stopServer);
    process.off('SIGTERM', stopServer);
  }
  const totalSeconds = Math.round((performance.now() - started) / 100) / 10;
  const budgets = budgetLines(results);
  const loadAfter = machine().loadAverage;
  const cpuAfter = cpuCheckMs();
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: {
            ...info,
            browser: browserName,
            loadAverageAtEnd: loadAfter,
            cpuCheckMs: { before: cpuBefore, after: cpuAfter },
          },
          totalSeconds,
          firstPaint,
          edits,
          results,
          budgets,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    process.stdout.write(
      `ot-zones UI benchmark: ${browserName} (headless, --disable-gpu), production build, 1440×900\n` +
        `${info.cpu} × ${info.cores}, ${info.memoryGb} GB, Node ${info.node}; ` +
        `load average ${info.loadAverage} at start, ${loadAfter} at end\n` +
        `CPU check (full evaluation of the M plant in Node, median of 25): ${cpuBefore} ms before, ` +
        `${cpuAfter} ms after (lower is faster; compare runs only at similar values)\n\n` +
        (firstPaint.length ? `${firstPaintTable(firstPaint)}\n\n` : '') +
        (edits.length
          ? `edit → findings painted, median (p95; script): ${edits
              .map(
                (e) =>
                  `${e.size} ${e.result ? `${e.result.medianMs} ms (${e.result.p95Ms}; ${e.result.scriptMedianMs})` : 'n/a'}`,
              )
              .join(' · ')}\n\n`
          : '') +
        (results.length ? `${table(results)}\n\n` : '') +
        (budgets.length
          ? `Budgets (issue 6):\n${budgets
              .map((b) => `  ${b.met ? 'met   ' : 'MISSED'}  ${b.budget}: ${b.measured} (limit ${b.limit})`)
              .join('\n')}\n`
          : '') +
        `\ntotal ${totalSeconds} s\n`,
    );
  }
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench:ui: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
