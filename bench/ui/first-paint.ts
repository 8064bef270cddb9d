/**
 * Import → first paint (issue 14): the user opens a model file with Import → "Open model file
 * (JSON)" in an app that has just loaded, and the clock runs from the file input's `change` event
 * until the first frame showing the plant's zones has been produced. Each run gets a fresh browser
 * context (empty storage, cold caches), as a user opening the app and then a file would.
 *
 * The app leaves `performance.mark`s along the way (otz:import:*, otz:canvas:*); their times
 * relative to the change event are reported too, as the "where the time went" breakdown.
 */
import type { Browser, Page } from '@playwright/test';
import type { BenchPlant } from './plant';
import { createProfiler } from './profile';
import { processCpu } from './scenarios';
import { median, round } from './stats';

export interface FirstPaintResult {
  runs: number;
  samples: number[];
  medianMs: number;
  minMs: number;
  /** Median time of each app mark after the change event (ms). */
  marks: Record<string, number>;
  /** Median time at which the plant's zones were first found in the DOM (ms). */
  inDomMs: number;
  /** Elements in the document in the frame that first showed the plant (median). */
  elements: number;
  /**
   * CPU time of the page's renderer process (all its threads) from choosing the file until the
   * paint (median, ms): moves far less with the machine's load than the wall-clock figures.
   */
  rendererCpuMs: number;
}

interface FirstPaintTiming {
  start: number;
  inDom: number;
  painted: number;
  elements: number;
  marks: Record<string, number>;
}

declare global {
  interface Window {
    __otzFirstPaint?: Promise<FirstPaintTiming | null>;
  }
}

/**
 * Runs in the page. The next `change` event starts the clock; every animation frame then checks
 * whether the canvas holds zones of the plant and nothing else (the previous diagram is gone). The
 * frame in which that is first true is the one that paints them: the clock stops in a
 * message-channel task after it, i.e. once the frame has been handed to the compositor.
 */
export function armFirstPaintProbe(args: { zoneIds: string[]; timeoutMs: number }): void {
  const zones = new Set(args.zoneIds);
  performance.clearMarks();
  window.__otzFirstPaint = new Promise((resolve) => {
    let start: number | undefined;
    let done = false;
    const finish = (value: FirstPaintTiming | null) => {
      if (done) return;
      done = true;
      document.removeEventListener('change', onChange, { capture: true });
      resolve(value);
    };
    const check = () => {
      if (done || start === undefined) return;
      const zoneNodes = document.querySelectorAll<HTMLElement>('.react-flow__node-zone');
      let ours = zoneNodes.length > 0;
      for (const n of zoneNodes) {
        if (!zones.has(n.dataset.id ?? '') || n.style.visibility === 'hidden') {
          ours = false;
          break;
        }
      }
      if (!ours) {
        requestAnimationFrame(check);
        return;
      }
      const inDom = performance.now();
      const elements = document.getElementsByTagName('*').length;
      const began = start;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const marks: Record<string, number> = {};
        for (const m of performance.getEntriesByType('mark'))
          if (m.name.startsWith('otz:') && m.startTime >= began && !(m.name in marks))
            marks[m.name] = m.startTime - began;
        finish({ start: began, inDom, painted: performance.now(), marks, elements });
      };
      channel.port2.postMessage(null);
    };
    const onChange = (e: Event) => {
      if (start !== undefined) return;
      if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'file') return;
      start = e.timeStamp || performance.now();
      requestAnimationFrame(check);
    };
    document.addEventListener('change', onChange, { capture: true });
    setTimeout(() => finish(null), args.timeoutMs);
  });
}

export function firstPaintTiming(): Promise<FirstPaintTiming | null> {
  const p = window.__otzFirstPaint;
  if (!p) throw new Error('first-paint probe not armed');
  return p;
}

async function oneRun(
  browser: Browser,
  plant: BenchPlant,
  baseUrl: string,
  dirs: { cpuProfile?: string | undefined; trace?: string | undefined },
  run: number,
): Promise<FirstPaintTiming & { rendererCpuMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  try {
    const page: Page = await context.newPage();
    await page.goto(baseUrl);
    await page.locator('[data-save-status="saved"]').waitFor({ state: 'attached', timeout: 120_000 });
    // Let the app settle (lazy chunks, the first save) so the run times the import alone.
    await page.waitForTimeout(500);
    const profiler = await createProfiler(page, run === 0 ? dirs : {}, `${plant.size}-first-paint`);
    await page.evaluate(armFirstPaintProbe, {
      zoneIds: plant.model.zones.map((z) => z.id),
      timeoutMs: 120_000,
    });
    await profiler.start();
    const cpuBefore = await processCpu(browser);
    await page.locator('[data-testid="open-json-input"]').setInputFiles({
      name: `plant-${plant.size}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(plant.text),
    });
    const timing = await page.evaluate(firstPaintTiming);
    const cpuAfter = await processCpu(browser);
    await profiler.stop('first-paint');
    if (!timing) throw new Error(`the ${plant.size} plant was not painted within 120 s`);
    return { ...timing, rendererCpuMs: ((cpuAfter.renderer ?? 0) - (cpuBefore.renderer ?? 0)) * 1000 };
  } finally {
    await context.close();
  }
}

export async function importToFirstPaint(
  browser: Browser,
  plant: BenchPlant,
  opts: {
    baseUrl: string;
    runs: number;
    cpuProfileDir?: string | undefined;
    traceDir?: string | undefined;
    log: (line: string) => void;
  },
): Promise<FirstPaintResult> {
  const timings: Array<FirstPaintTiming & { rendererCpuMs: number }> = [];
  for (let i = 0; i < opts.runs; i++) {
    const t = await oneRun(
      browser,
      plant,
      opts.baseUrl,
      { cpuProfile: opts.cpuProfileDir, trace: opts.traceDir },
      i,
    );
    opts.log(
      `  ${plant.size}: import → first paint ${round(t.painted - t.start, 0)} ms (renderer CPU ${round(t.rendererCpuMs, 0)} ms)`,
    );
    timings.push(t);
  }
  const samples = timings.map((t) => round(t.painted - t.start, 0));
  const names = new Set(timings.flatMap((t) => Object.keys(t.marks)));
  const marks: Record<string, number> = {};
  for (const name of names) {
    const values = timings.map((t) => t.marks[name]).filter((v): v is number => v !== undefined);
    marks[name] = round(median(values), 0);
  }
  return {
    runs: timings.length,
    samples,
    medianMs: round(median(samples), 0),
    minMs: Math.min(...samples),
    marks: Object.fromEntries(Object.entries(marks).sort((a, b) => a[1] - b[1])),
    inDomMs: round(median(timings.map((t) => t.inDom - t.start)), 0),
    elements: median(timings.map((t) => t.elements)),
    rendererCpuMs: round(median(timings.map((t) => t.rendererCpuMs)), 0),
  };
}
