/**
 * Optional diagnostics of the bench's phases: CPU profiles (`--cpu-profile DIR`, .cpuprofile files
 * for Chrome DevTools, self-time summary on stderr) and Chrome traces (`--trace DIR`, JSON for
 * DevTools → Performance or Perfetto, time per pipeline stage on stderr: script, style, layout,
 * layerize, paint, raster). Build without minification to read function names:
 * `vite build --minify false --outDir DIR`. BENCH_TRACE_CATEGORIES (comma-separated) replaces the
 * trace categories, e.g. add `disabled-by-default-blink.invalidation` to see what was repainted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface Profiler {
  start(): Promise<void>;
  stop(name: string): Promise<void>;
}

/** Self time per function, biggest first. */
export function summarise(profile: CpuProfile, top = 25): string {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i]!);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${v.toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
}

export async function createProfiler(
  page: Page,
  dirs: { cpuProfile?: string | undefined; trace?: string | undefined },
  prefix: string,
): Promise<Profiler> {
  const { cpuProfile, trace } = dirs;
  const browser = page.context().browser();
  if (!cpuProfile && !(trace && browser))
    return { start: async () => undefined, stop: async () => undefined };
  let cdp: CDPSession | undefined;
  if (cpuProfile) {
    mkdirSync(cpuProfile, { recursive: true });
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  return {
    start: async () => {
      if (cdp) await cdp.send('Profiler.start');
      if (trace && browser)
        await browser.startTracing(page, {
          categories: (
            process.env.BENCH_TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8'
          ).split(','),
        });
    },
    stop: async (name) => {
      if (cdp && cpuProfile) {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        const file = join(cpuProfile, `${prefix}-${name}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        process.stderr.write(`  profile ${file}\n${summarise(profile)}\n`);
      }
      if (trace && browser) {
        const json = (await browser.stopTracing()).toString();
        mkdirSync(trace, { recursive: true });
        const file = join(trace, `${prefix}-${name}.json`);
        writeFileSync(file, json);
        process.stderr.write(`  trace ${file}\n${summariseTrace(json)}\n`);
      }
    },
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Time per trace event name and thread (top-level slices only approximated by name), biggest
 * first: shows whether a phase is spent in script, style, layout, paint or raster.
 */
export function summariseTrace(json: string, top = 20): string {
  const { traceEvents } = JSON.parse(json) as { traceEvents: TraceEvent[] };
  const threadNames = new Map<string, string>();
  for (const e of traceEvents)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const totals = new Map<string, number>();
  const wanted = new Set([
    'RunTask',
    'FunctionCall',
    'EventDispatch',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'PaintImage',
    'RasterTask',
    'Layerize',
    'Commit',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'ProfileCall',
  ]);
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.dur === undefined || !wanted.has(e.name)) continue;
    const thread = threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.tid}`;
    const key = `${thread} ${e.name}`;
    totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${v.toFixed(0).padStart(8)} ms  ${k}`)
    .join('\n');
}
