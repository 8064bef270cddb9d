/**
 * `npm run bench`: domain-module figures at plant scale (issue 6). For each synthetic plant size:
 * full policy evaluation, incremental evaluation per single edit (median and p95 over random
 * editor-style edits), parse + validate of the saved file, serialisation, SVG and report export,
 * and memory. Prints a table; `-- --json` prints the same as JSON.
 *
 *   npm run bench -- --sizes S,M --edits 500 --json
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createIncrementalEvaluator, type Evaluation, evaluate } from '../src/domain/engine/evaluate';
import {
  generatePlant,
  isPlantSize,
  PLANT_SIZE_IDS,
  type PlantSize,
} from '../src/domain/generate/plant-generator';
import { createRandom } from '../src/domain/generate/prng';
import { parseModelText } from '../src/domain/model/parse';
import type { Model } from '../src/domain/model/schema';
import { serializeModel } from '../src/domain/serialize/model-json';
import { randomEdit } from './edits';
import { machine } from './machine';
import { cpuNow, median, percentile, timeIt } from './stats';

// A forced GC before memory readings makes "retained heap" mean something.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type SvgExporter = (model: Model, options: { evaluation?: Evaluation }) => string;
type ReportExporter = (model: Model, evaluation: Evaluation) => string;

/** Exporters are another module's work; measure them when they are there, say "n/a" when not. */
async function loadExporters(): Promise<{ svg?: SvgExporter; report?: ReportExporter }> {
  const out: { svg?: SvgExporter; report?: ReportExporter } = {};
  const here = (rel: string) => new URL(rel, import.meta.url);
  if (existsSync(here('../src/domain/export/svg.ts')))
    out.svg = (await import('../src/domain/export/svg')).exportSvg as unknown as SvgExporter;
  if (existsSync(here('../src/domain/export/report-html.ts')))
    out.report = (await import('../src/domain/export/report-html'))
      .exportReportHtml as unknown as ReportExporter;
  return out;
}

/** Measured runs per size: fewer for the big ones so the whole run stays within minutes. */
const RUNS: Record<PlantSize, { runs: number; warmup: number }> = {
  S: { runs: 20, warmup: 5 },
  M: { runs: 10, warmup: 3 },
  L: { runs: 5, warmup: 3 },
  XL: { runs: 3, warmup: 2 },
};

/** Issue 6's budgets (2-core machine). */
type Metric = { wall: keyof SizeResult; cpu: keyof SizeResult };
const FULL: Metric = { wall: 'fullEvaluationMs', cpu: 'fullEvaluationCpuMs' };
const INCREMENTAL: Metric = { wall: 'incrementalMedianMs', cpu: 'incrementalCpuMedianMs' };
const PARSE: Metric = { wall: 'parseValidateMs', cpu: 'parseValidateCpuMs' };
const BUDGETS: Array<{ metric: Metric; size: PlantSize; maxMs: number; label: string }> = [
  { metric: INCREMENTAL, size: 'L', maxMs: 1, label: 'incremental check median at L' },
  { metric: INCREMENTAL, size: 'XL', maxMs: 5, label: 'incremental check median at XL' },
  { metric: FULL, size: 'L', maxMs: 50, label: 'full evaluation at L' },
  { metric: FULL, size: 'XL', maxMs: 300, label: 'full evaluation at XL' },
  { metric: PARSE, size: 'L', maxMs: 200, label: 'parse + validate at L' },
];

interface SizeResult {
  size: PlantSize;
  zones: number;
  assets: number;
  conduits: number;
  findings: { error: number; warning: number; info: number };
  fileBytes: number;
  generateMs: number;
  fullEvaluationMs: number;
  fullEvaluationCpuMs: number;
  incrementalMedianMs: number;
  incrementalCpuMedianMs: number;
  incrementalP95Ms: number;
  incrementalMaxMs: number;
  edits: number;
  /** The incremental result after all edits equals a full evaluation of the final model. */
  incrementalAgrees: boolean;
  parseValidateMs: number;
  parseValidateCpuMs: number;
  serializeMs: number;
  serializeCpuMs: number;
  /** null when the exporter is absent or was skipped (see notes). */
  svgExportMs: number | null;
  svgExportCpuMs: number | null;
  reportExportMs: number | null;
  reportExportCpuMs: number | null;
  /** Exports not attempted at this size because they would take too long (see notes). */
  skipped: string[];
  notes: string[];
  /** Heap held by the model, its file text and the incremental engine, after a GC. */
  retainedHeapMb: number;
  /** Highest resident set size seen while benchmarking this size (whole process). */
  peakRssMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const WARMUP_EDITS = 200;
const runStarted = performance.now();
const log = (text: string) =>
  process.stderr.write(`[${((performance.now() - runStarted) / 1000).toFixed(1).padStart(6)} s] ${text}\n`);

/** Wall-time cap per measured operation and size, so slow exports cannot stretch the run. */
const CAP_MS = { evaluate: 15_000, parse: 15_000, serialize: 10_000, export: 15_000 };
/** An export whose time, scaled linearly from the previous size, would exceed this is skipped. */
const EXPORT_PREDICTED_LIMIT_MS = 30_000;

interface ExportHistory {
  svg?: { size: PlantSize; ms: number; assets: number };
  report?: { size: PlantSize; ms: number; assets: number };
}

function benchSize(
  size: PlantSize,
  editCount: number,
  exporters: { svg?: SvgExporter; report?: ReportExporter },
  history: ExportHistory,
): SizeResult {
  const { runs, warmup } = RUNS[size];
  const notes: string[] = [];
  const skipped: string[] = [];
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  gc();
  const baseHeap = process.memoryUsage().heapUsed;

  log(`${size}: generating`);
  const generated = timeIt(() => generatePlant(size, 1), 1, 0);
  const model = generated.result;
  const text = serializeModel(model);
  sample();

  log(`${size}: full evaluation`);
  const full = timeIt(() => evaluate(model), runs, warmup, CAP_MS.evaluate);
  sample();

  log(`${size}: ${editCount} incremental edits`);
  const evaluator = createIncrementalEvaluator();
  evaluator.update(model);
  const rng = createRandom(42);
  let current = model;
  // Warm-up edits (not measured): JIT and the engine's caches settle first.
  for (let i = 0; i < WARMUP_EDITS; i++) {
    current = randomEdit(current, rng, i).model;
    evaluator.update(current);
  }
  const editTimes: number[] = [];
  const editCpu: number[] = [];
  let last: Evaluation = evaluator.update(current);
  for (let i = 0; i < editCount; i++) {
    current = randomEdit(current, rng, 1_000 + i).model;
    const c0 = cpuNow();
    const t0 = performance.now();
    last = evaluator.update(current);
    editTimes.push(performance.now() - t0);
    editCpu.push(cpuNow() - c0);
    if (i % 100 === 0) sample();
  }
  const agrees = JSON.stringify(last.findings) === JSON.stringify(evaluate(current).findings);
  if (!agrees) notes.push(`${size}: the incremental evaluation disagrees with a full one after the edits`);

  gc();
  const retained = process.memoryUsage().heapUsed - baseHeap;

  log(`${size}: parse + validate (${mb(text.length)} MB of JSON)`);
  const parse = timeIt(() => parseModelText(text), Math.min(runs, 5), Math.min(warmup, 2), CAP_MS.parse);
  if (!parse.result.ok) throw new Error(`${size}: the generated file does not parse`);
  sample();

  log(`${size}: serialize`);
  const serialize = timeIt(() => serializeModel(model), runs, warmup, CAP_MS.serialize);
  sample();

  const evaluation = full.result;
  const exportTiming = (
    name: 'svg' | 'report',
    label: string,
    fn: (() => string) | undefined,
    maxRuns: number,
  ): { ms: number | null; cpuMs: number | null } => {
    if (!fn) return { ms: null, cpuMs: null };
    const before = history[name];
    const predicted = before ? before.ms * (model.assets.length / before.assets) : 0;
    if (predicted > EXPORT_PREDICTED_LIMIT_MS) {
      notes.push(
        `${size}: ${label} skipped: it took ${formatMs(before!.ms)} at ${before!.size}, so at least ${formatMs(predicted)} here`,
      );
      skipped.push(name);
      return { ms: null, cpuMs: null };
    }
    log(`${size}: ${label}`);
    const t = timeIt(fn, Math.min(runs, maxRuns), Math.min(warmup, 1), CAP_MS.export);
    history[name] = { size, ms: t.ms, assets: model.assets.length };
    sample();
    return { ms: t.ms, cpuMs: t.cpuMs };
  };
  const svgExport = exporters.svg;
  const reportExport = exporters.report;
  const svg = exportTiming('svg', 'SVG export', svgExport && (() => svgExport(model, { evaluation })), 5);
  const report = exportTiming(
    'report',
    'report export',
    reportExport && (() => reportExport(model, evaluation)),
    3,
  );

  return {
    size,
    zones: model.zones.length,
    assets: model.assets.length,
    conduits: model.conduits.length,
    findings: { ...evaluation.counts },
    fileBytes: Buffer.byteLength(text),
    generateMs: generated.ms,
    fullEvaluationMs: full.ms,
    fullEvaluationCpuMs: full.cpuMs,
    incrementalMedianMs: median(editTimes),
    incrementalCpuMedianMs: median(editCpu),
    incrementalP95Ms: percentile(editTimes, 95),
    incrementalMaxMs: Math.max(...editTimes),
    edits: editCount,
    incrementalAgrees: agrees,
    parseValidateMs: parse.ms,
    parseValidateCpuMs: parse.cpuMs,
    serializeMs: serialize.ms,
    serializeCpuMs: serialize.cpuMs,
    svgExportMs: svg.ms,
    svgExportCpuMs: svg.cpuMs,
    reportExportMs: report.ms,
    reportExportCpuMs: report.cpuMs,
    retainedHeapMb: mb(retained),
    peakRssMb: mb(peakRss),
    skipped,
    notes,
  };
}

function formatMs(value: number | null): string {
  if (value === null) return 'n/a';
  if (value < 0.1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(0)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

/** "112 ms (cpu 30 ms)": wall time, and CPU time when it differs enough to matter (a busy machine). */
function withCpu(wall: number | null, cpu: number | null): string {
  if (wall === null) return 'n/a';
  if (cpu === null || cpu >= wall * 0.8) return formatMs(wall);
  return `${formatMs(wall)} (cpu ${formatMs(cpu)})`;
}

function table(results: readonly SizeResult[]): string {
  const rows: Array<[string, (r: SizeResult) => string]> = [
    ['zones / assets / conduits', (r) => `${r.zones} / ${r.assets} / ${r.conduits}`],
    ['findings (E/W/I)', (r) => `${r.findings.error}/${r.findings.warning}/${r.findings.info}`],
    [
      'file size',
      (r) => (r.fileBytes < 1024 * 1024 ? `${Math.round(r.fileBytes / 1024)} KB` : `${mb(r.fileBytes)} MB`),
    ],
    ['generate', (r) => formatMs(r.generateMs)],
    ['full evaluation', (r) => withCpu(r.fullEvaluationMs, r.fullEvaluationCpuMs)],
    ['incremental, median', (r) => withCpu(r.incrementalMedianMs, r.incrementalCpuMedianMs)],
    ['incremental, p95', (r) => formatMs(r.incrementalP95Ms)],
    ['incremental, max', (r) => formatMs(r.incrementalMaxMs)],
    ['incremental = full', (r) => (r.incrementalAgrees ? 'yes' : 'NO')],
    ['parse + validate', (r) => withCpu(r.parseValidateMs, r.parseValidateCpuMs)],
    ['serialize', (r) => withCpu(r.serializeMs, r.serializeCpuMs)],
    ['SVG export', (r) => (r.skipped.includes('svg') ? 'skipped' : withCpu(r.svgExportMs, r.svgExportCpuMs))],
    [
      'report export (HTML)',
      (r) => (r.skipped.includes('report') ? 'skipped' : withCpu(r.reportExportMs, r.reportExportCpuMs)),
    ],
    ['retained heap', (r) => `${r.retainedHeapMb} MB`],
    ['peak RSS', (r) => `${r.peakRssMb} MB`],
  ];
  const cells = rows.map(([label, f]) => [label, ...results.map(f)]);
  const header = ['', ...results.map((r) => r.size)];
  const widths = header.map((_, i) => Math.max(...[header, ...cells].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ');
  return [line(header), ...cells.map(line)].join('\n');
}

function budgetLines(results: readonly SizeResult[]) {
  return BUDGETS.flatMap((b) => {
    const r = results.find((x) => x.size === b.size);
    if (!r) return [];
    const wall = r[b.metric.wall] as number;
    const cpu = r[b.metric.cpu] as number;
    return [
      {
        budget: b.label,
        limitMs: b.maxMs,
        measuredMs: Math.round(wall * 1000) / 1000,
        cpuMs: Math.round(cpu * 1000) / 1000,
        met: wall <= b.maxMs,
        /** Met on CPU time: what an idle machine of this kind would likely show when the wall time is not. */
        metOnCpu: cpu <= b.maxMs,
      },
    ];
  });
}

async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      edits: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run bench -- [--sizes S,M,L,XL] [--edits N] [--json]\n' +
        '  --sizes   which plant sizes (default all)\n' +
        '  --edits   measured single edits per size for the incremental figures (default 1000)\n' +
        '  --json    print JSON instead of a table\n',
    );
    return 0;
  }
  const sizes = (values.sizes ?? PLANT_SIZE_IDS.join(',')).split(',').map((s) => s.trim().toUpperCase());
  const unknown = sizes.filter((s) => !isPlantSize(s));
  if (unknown.length) {
    process.stderr.write(`bench: unknown size ${unknown.join(', ')}; use ${PLANT_SIZE_IDS.join(', ')}\n`);
    return 2;
  }
  const edits = Number(values.edits ?? 1000);
  if (!Number.isInteger(edits) || edits < 1) {
    process.stderr.write('bench: --edits must be a positive integer\n');
    return 2;
  }
  const info = machine();
  const exporters = await loadExporters();
  const started = performance.now();
  const history: ExportHistory = {};
  const results = (sizes as PlantSize[]).map((size) => benchSize(size, edits, exporters, history));
  const notes = results.flatMap((r) => r.notes);
  const totalSeconds = Math.round((performance.now() - started) / 100) / 10;
  const budgets = budgetLines(results);
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: info,
          edits,
          warmupEdits: WARMUP_EDITS,
          totalSeconds,
          results,
          budgets,
          notes,
        },
        // Microsecond precision is all a timer on a shared machine can honestly give.
        (_key, value) =>
          typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value,
        2,
      )}\n`,
    );
  } else {
    const budgetText = budgets.map((b) => {
      const verdict = b.met ? 'met   ' : b.metOnCpu ? 'cpu ok' : 'MISSED';
      return `  ${verdict}  ${b.budget}: ${withCpu(b.measuredMs, b.cpuMs)} (limit ${formatMs(b.limitMs)})`;
    });
    const busy = info.loadAverage > info.cores;
    process.stdout.write(
      `ot-zones domain benchmark: Node ${info.node}, ${info.platform}, ${info.cpu} × ${info.cores}, ` +
        `${info.memoryGb} GB, load average ${info.loadAverage} at start\n` +
        `Medians of several runs after warm-up; incremental = ${edits} random single edits after ${WARMUP_EDITS} warm-up edits.\n` +
        (busy
          ? 'The machine was busy: wall times are inflated; "(cpu …)" is the CPU time this process actually used.\n'
          : '') +
        `\n${table(results)}\n` +
        (notes.length ? `\n${notes.map((n) => `note: ${n}`).join('\n')}\n` : '') +
        (budgets.length ? `\nBudgets (issue 6):\n${budgetText.join('\n')}\n` : '') +
        `\ntotal ${totalSeconds} s\n`,
    );
  }
  return results.every((r) => r.incrementalAgrees) ? 0 : 1;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
