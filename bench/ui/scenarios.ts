/**
 * The UI bench's measurements on one synthetic plant, driven through the real interface: the
 * model is opened with Import → "Open model file (JSON)", the canvas is used with the mouse and
 * keyboard, the PNG comes from Export → PNG. Each plant gets a fresh browser context (empty
 * storage), so one size cannot warm another's caches.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { computeLayout } from '../../src/domain/layout/geometry';
import type { BenchPlant } from './plant';
import { afterNextPaint, armEditProbe, driveDrag, editTiming, installProbes } from './probes';
import { createProfiler, type Profiler } from './profile';
import { median, percentile, round } from './stats';

export interface FrameStats {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface MemoryCheckpoint {
  edits: number;
  heapMB: number;
}

export interface UiResult {
  size: string;
  /** Nodes of the model (zones, assets, junctions) and how many the canvas had in the DOM after opening. */
  nodes: number;
  renderedNodes: number;
  /** Import → file chosen until the plant is on screen and a click on an asset selects it. */
  importToInteractiveMs: number;
  /** Reload (the plant restored from browser storage) until nodes are on screen and a click selects. */
  navigationToInteractiveMs: number;
  /** From navigation until the plant is on the canvas (nodes in view rendered). */
  navigationToNodesMs: number;
  /** A click on an asset until its selection is painted. */
  clickToSelectedMs: number;
  drag: FrameStats & {
    zoneId: string;
    assets: number;
    zoom: number;
    moves: number;
    /** Main-thread time per mouse move while dragging, split as Chromium reports it. */
    mainThread: MainThread;
    /**
     * CPU time per frame drawn while dragging, by Chromium process type. Unlike wall-clock figures this barely
     * changes with the machine's load, so it is the figure to compare before/after a change.
     */
    cpuPerFrame: Record<string, number> | null;
  };
  /** Releasing the dragged zone until the committed move is painted. */
  dropMs: number;
  /** Panning the view by dragging empty canvas, one move per frame, at the zoom of the drag. */
  pan: FrameStats;
  editToFindings: {
    samples: number;
    medianMs: number;
    p95Ms: number;
    /** Of the median: the change event until the findings counts changed in the DOM (script). */
    scriptMedianMs: number;
    edit: string;
  } | null;
  png: { ms: number; scale: string } | null;
  memory: {
    checkpoints: MemoryCheckpoint[];
    msPerEdit: number;
    /** Heap growth (after GC) over the last 400 edits, once the undo history is full. */
    lateGrowth: { fromEdits: number; toEdits: number; MB: number };
  } | null;
}

export interface ScenarioOptions {
  baseUrl: string;
  memoryEdits: number;
  skipPng: boolean;
  /** Write a Chrome trace of the drag here. */
  traceDir?: string | undefined;
  /** Write CPU profiles of each phase here. */
  cpuProfileDir?: string | undefined;
  log: (line: string) => void;
}

const LONG = 300_000;
const nodeCount = () => document.querySelectorAll('.react-flow__node').length;

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save-status="saved"]').waitFor({ state: 'attached', timeout: LONG });
}

/**
 * Performance.now() in the page once the canvas shows the plant: there are nodes in the DOM and
 * every one belongs to the plant (the previous diagram is gone). Large diagrams render only the
 * elements in view, and zoomed far out their zones draw the assets, so "all nodes in the DOM" would
 * never happen. Checked every frame.
 */
async function waitPlant(page: Page, plant: BenchPlant): Promise<number> {
  const ids = [...plant.model.zones.map((z) => z.id), ...plant.model.assets.map((a) => a.id)];
  const handle = await page.waitForFunction(
    (known) => {
      const bench = window as unknown as { __otzIds?: Set<string> };
      bench.__otzIds ??= new Set(known);
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
      if (nodes.length === 0) return false;
      for (const n of nodes) {
        const id = n.dataset.id ?? '';
        if (!id.startsWith('junction::') && !bench.__otzIds.has(id)) return false;
      }
      return performance.now();
    },
    ids,
    { polling: 'raf', timeout: LONG },
  );
  await page.evaluate(() => {
    delete (window as unknown as { __otzIds?: Set<string> }).__otzIds;
  });
  return (await handle.jsonValue()) as number;
}

/**
 * A node to click, with the point to click: an asset whose centre is on screen and not covered,
 * else (zoomed far out, where zones draw their assets) a zone by its header. Assets only when asked.
 */
async function visibleNode(
  page: Page,
  assetsOnly = false,
): Promise<{ id: string; x: number; y: number; kind: 'asset' | 'zone' }> {
  const found = await page.evaluate((onlyAssets) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return null;
    const onScreen = (x: number, y: number) =>
      x >= pane.left + 20 && x <= pane.right - 220 && y >= pane.top + 20 && y <= pane.bottom - 20;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-asset')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (!onScreen(x, y) || r.width < 4) continue;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== el) continue;
      return { id: el.dataset.id ?? '', x, y, kind: 'asset' as const };
    }
    if (onlyAssets) return null;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-zone')) {
      const header = el.querySelector('[data-testid="zone-name"]')?.closest('.zone-hit');
      if (!header) continue;
      const r = header.getBoundingClientRect();
      const x = r.left + Math.min(r.width / 2, 30);
      const y = r.top + r.height / 2;
      if (!onScreen(x, y) || r.height < 2) continue;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== el) continue;
      return { id: el.dataset.id ?? '', x, y, kind: 'zone' as const };
    }
    return null;
  }, assetsOnly);
  if (!found?.id) throw new Error(`no ${assetsOnly ? 'asset' : 'asset or zone'} visible on the canvas`);
  return found;
}

/** Clicks a node (an asset when there is one in view); page time when its selection has been painted. */
async function clickNode(
  page: Page,
  assetsOnly = false,
): Promise<{ id: string; kind: 'asset' | 'zone'; clickedAt: number; selectedAt: number }> {
  const target = await visibleNode(page, assetsOnly);
  const clickedAt = await page.evaluate(() => performance.now());
  await page.mouse.click(target.x, target.y);
  const handle = await page.waitForFunction(
    (id) =>
      document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.classList.contains('selected')
        ? performance.now()
        : false,
    target.id,
    { polling: 'raf', timeout: LONG },
  );
  return { id: target.id, kind: target.kind, clickedAt, selectedAt: (await handle.jsonValue()) as number };
}

async function importPlant(page: Page, plant: BenchPlant) {
  const start = await page.evaluate(() => performance.now());
  await page.locator('[data-testid="open-json-input"]').setInputFiles({
    name: `plant-${plant.size}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(plant.text),
  });
  await waitPlant(page, plant);
  const click = await clickNode(page);
  return click.selectedAt - start;
}

async function reopen(page: Page, plant: BenchPlant) {
  await page.reload({ waitUntil: 'commit' });
  await page.evaluate(installProbes);
  const nodesAt = await waitPlant(page, plant);
  const click = await clickNode(page);
  return { nodesAt, interactiveAt: click.selectedAt, clickMs: click.selectedAt - click.clickedAt };
}

interface ViewTransform {
  x: number;
  y: number;
  zoom: number;
  pane: { left: number; top: number; width: number; height: number };
}

async function viewTransform(page: Page): Promise<ViewTransform> {
  const t = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.react-flow__viewport');
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!el || !pane) return null;
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return {
      x: m.e,
      y: m.f,
      zoom: m.a,
      pane: { left: pane.left, top: pane.top, width: pane.width, height: pane.height },
    };
  });
  if (!t) throw new Error('no canvas viewport');
  return t;
}

/** A spot near the canvas centre where a drag pans the view (no node under the pointer). */
async function blankSpot(page: Page): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    if (!pane) return null;
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    for (let r = 0; r < Math.min(pane.width, pane.height) / 2 - 20; r += 12)
      for (let k = 0; k < 16; k++) {
        const x = cx + r * Math.cos((k * Math.PI) / 8);
        const y = cy + r * Math.sin((k * Math.PI) / 8);
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    return null;
  });
  if (!spot) throw new Error('no empty canvas to drag the view by');
  return spot;
}

/**
 * Frames the zone as a user would before dragging it: zoomed in (mouse wheel) until it is at
 * least 420 px wide or 380 px tall, then panned (dragging empty canvas) so its header starts a
 * third of the way into the canvas. Works from the layout, so the zone need not be rendered yet
 * (large diagrams render only what is in view).
 */
async function frameZone(page: Page, plant: BenchPlant, id: string): Promise<void> {
  const zone = computeLayout(plant.model).zone.get(id);
  if (!zone) throw new Error(`zone ${id} is not in the layout`);
  const box = zone.abs;
  const wanted = Math.min(2, Math.min(420 / box.width, 380 / box.height));
  for (let i = 0; i < 40; i++) {
    const t = await viewTransform(page);
    if (t.zoom >= wanted * 0.98) break;
    await page.mouse.move(t.pane.left + t.pane.width / 2, t.pane.top + t.pane.height / 2);
    await page.mouse.wheel(0, -150);
    await page.waitForTimeout(60);
  }
  for (let i = 0; i < 40; i++) {
    const t = await viewTransform(page);
    const hx = t.pane.left + t.x + (box.x + 40) * t.zoom;
    const hy = t.pane.top + t.y + (box.y + 20) * t.zoom;
    const dx = t.pane.left + t.pane.width / 3 - hx;
    const dy = t.pane.top + t.pane.height / 3 - hy;
    if (Math.abs(dx) < 12 && Math.abs(dy) < 12) break;
    const step = (d: number) => Math.max(-300, Math.min(300, d));
    const from = await blankSpot(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + step(dx), from.y + step(dy), { steps: 6 });
    await page.mouse.up();
    await page.waitForTimeout(60);
  }
  await page.locator(`.react-flow__node-zone[data-id="${id}"]`).waitFor({ timeout: LONG });
}

/**
 * A point on the zone's header that is on the canvas, not covered by anything else, and far enough
 * from the canvas edges that dragging from it does not make React Flow pan the view.
 */
async function headerPoint(page: Page, id: string, room = 80): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ zoneId, margin }) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const node = document.querySelector(`.react-flow__node-zone[data-id="${CSS.escape(zoneId)}"]`);
      const header = node?.querySelector('[data-testid="zone-name"]')?.closest('.zone-hit');
      if (!pane || !header) return null;
      const r = header.getBoundingClientRect();
      const y = r.top + r.height / 2;
      if (y < pane.top + margin || y > pane.bottom - margin) return null;
      const left = Math.max(r.left + 8, pane.left + margin);
      const right = Math.min(r.right - 8, pane.right - margin);
      for (let x = left; x < right; x += 8) {
        if (document.elementFromPoint(x, y)?.closest('.zone-hit') === header) return { x, y };
      }
      return null;
    },
    { zoneId: id, margin: room },
  );
  if (!point) throw new Error(`the header of zone ${id} is not on screen, away from the edges`);
  return point;
}

async function dragZone(page: Page, plant: BenchPlant, profiler: Profiler) {
  const { id, assets } = plant.dragZone;
  await page.keyboard.press('Escape');
  await frameZone(page, plant, id);
  await page.waitForTimeout(300);
  const from = await headerPoint(page, id);
  const zoom = (await viewTransform(page)).zoom;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 4, { steps: 3 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await mainThreadTotals(cdp);
  const browser = page.context().browser();
  const cpuBefore = browser ? await processCpu(browser) : null;
  await profiler.start();
  // One move per frame for 4 s (see driveDrag), the end of the path where the mouse is released.
  const moves = 240;
  const span = 200;
  const deltas = await page.evaluate(driveDrag, { x: from.x + 6, y: from.y + 4, frames: moves, span });
  const end = ((moves - 1) * 2) % (2 * span);
  const endDx = end < span ? end : 2 * span - end;
  await page.mouse.move(from.x + 6 + endDx, from.y + 4 + endDx / 4);
  const after = await mainThreadTotals(cdp);
  const cpuAfter = browser ? await processCpu(browser) : null;
  await cdp.detach();
  await profiler.stop('drag');
  // The first delta spans the recorder start; keep the rest.
  const frames = deltas.slice(1);
  const releasedAt = await page.evaluate(() => performance.now());
  await page.mouse.up();
  const dropPainted = await page.evaluate(afterNextPaint);
  return {
    drag: {
      zoneId: id,
      assets,
      zoom: round(zoom, 3),
      moves,
      frames: frames.length,
      p50Ms: round(median(frames)),
      p95Ms: round(percentile(frames, 95)),
      maxMs: round(Math.max(...frames)),
      mainThread: perMove(before, after, moves),
      cpuPerFrame: cpuBefore && cpuAfter ? cpuPerFrame(cpuBefore, cpuAfter, frames.length) : null,
    },
    dropMs: round(dropPainted - releasedAt),
  };
}

/** Drags empty canvas back and forth for 4 s (one move per frame) and records the frame times. */
async function panCanvas(page: Page, profiler: Profiler): Promise<FrameStats> {
  await page.keyboard.press('Escape');
  const from = await blankSpot(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 4, { steps: 3 });
  await profiler.start();
  const deltas = await page.evaluate(driveDrag, { x: from.x + 6, y: from.y + 4, frames: 240, span: 200 });
  await profiler.stop('pan');
  await page.mouse.up();
  const frames = deltas.slice(1);
  return {
    frames: frames.length,
    p50Ms: round(median(frames)),
    p95Ms: round(percentile(frames, 95)),
    maxMs: round(Math.max(...frames)),
  };
}

/**
 * Changes the zone's SL-T in the inspector, cycling through levels, and times each change until
 * its result (the zone's SL-T and the findings counts, committed together) is painted.
 */
async function editToFindings(page: Page, zoneId: string, runs: number) {
  const header = await headerPoint(page, zoneId);
  await page.mouse.click(header.x, header.y);
  const locator = page
    .getByRole('region', { name: 'Inspector' })
    .getByLabel('Target (SL-T)', { exact: true });
  await locator.waitFor({ timeout: LONG });
  // One handle: resolving the role locator for every change would walk the whole (large) DOM.
  const field = await locator.elementHandle();
  if (!field) throw new Error('no SL-T field in the inspector');
  const cycle = ['4', '1', 'unset'];
  const samples: number[] = [];
  const scripts: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(armEditProbe, { timeoutMs: 15_000, zoneId });
    await field.selectOption(cycle[i % cycle.length]!);
    const t = await page.evaluate(editTiming);
    if (t) {
      samples.push(t.painted - t.start);
      scripts.push(t.mutated - t.start);
    }
    // Let the auto-save of this edit finish, so it does not run inside the next sample.
    await waitSaved(page);
    await page.waitForTimeout(100);
  }
  if (samples.length === 0) return null;
  return {
    samples: samples.length,
    medianMs: round(median(samples)),
    p95Ms: round(percentile(samples, 95)),
    scriptMedianMs: round(median(scripts)),
    edit: `zone SL-T cycled ${cycle.join(' → ')}`,
  };
}

async function exportPng(page: Page): Promise<{ ms: number; scale: string } | null> {
  await page.keyboard.press('Escape');
  const menuButton = page.getByRole('button', { name: 'Export', exact: true });
  if ((await menuButton.count()) === 0) return null;
  await menuButton.click();
  const item = page.getByRole('menuitem', { name: 'PNG image 1x' });
  if ((await item.count()) === 0) return null;
  const started = Date.now();
  const downloading = page.waitForEvent('download', { timeout: LONG });
  // Click from inside the page without waiting: the export keeps the main thread busy, and
  // Playwright's click would time out waiting for it to acknowledge the mouse events.
  await item.evaluate((el: HTMLElement) => setTimeout(() => el.click(), 0));
  const download = await downloading;
  const ms = Date.now() - started;
  const name = download.suggestedFilename();
  await download.cancel().catch(() => undefined);
  const scale = /@([\d.]+)x\.png$/.exec(name)?.[1] ?? '1';
  return { ms, scale: `${scale}x` };
}

/** Chromium's cumulative main-thread times (seconds), from CDP Performance.getMetrics. */
type MainThread = { taskMs: number; scriptMs: number; styleMs: number; layoutMs: number };

async function mainThreadTotals(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    taskMs: get('TaskDuration'),
    scriptMs: get('ScriptDuration'),
    styleMs: get('RecalcStyleDuration'),
    layoutMs: get('LayoutDuration'),
  };
}

function perMove(before: MainThread, after: MainThread, moves: number): MainThread {
  const per = (k: keyof MainThread) => round((after[k] - before[k]) / Math.max(1, moves), 2);
  return {
    taskMs: per('taskMs'),
    scriptMs: per('scriptMs'),
    styleMs: per('styleMs'),
    layoutMs: per('layoutMs'),
  };
}

/** Cumulative CPU seconds per Chromium process type (renderer, GPU, browser, utility…). */
export async function processCpu(browser: Browser): Promise<Record<string, number>> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: Array<{ type: string; id: number; cpuTime: number }>;
    };
    const totals: Record<string, number> = {};
    for (const p of processInfo) totals[p.type] = (totals[p.type] ?? 0) + p.cpuTime;
    return totals;
  } finally {
    await session.detach();
  }
}

function cpuPerFrame(before: Record<string, number>, after: Record<string, number>, frames: number) {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [type, seconds] of Object.entries(after)) {
    const ms = ((seconds - (before[type] ?? 0)) * 1000) / Math.max(1, frames);
    if (ms < 0.05) continue;
    out[type] = round(ms, 2);
    total += ms;
  }
  out.total = round(total, 2);
  return out;
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return round(used / 1024 / 1024, 2);
}

/** Keyboard nudges of a selected asset (each one edit and one undo step), heap sampled after GC. */
async function memoryOverEdits(page: Page, edits: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.keyboard.press('Escape');
  const { id } = await clickNode(page, true);
  const node = page.locator(`.react-flow__node[data-id="${id}"]`);
  await node.focus();
  const transform = () => node.evaluate((el) => el.style.transform);
  const before = await transform();
  await waitSaved(page);
  const checkpoints: MemoryCheckpoint[] = [{ edits: 0, heapMB: await heapMB(cdp) }];
  const marks = new Set([100, 200, 400, 600, 800, edits].filter((n) => n <= edits));
  const started = Date.now();
  let busyMs = 0;
  for (let i = 1; i <= edits; i++) {
    const t = Date.now();
    // Right, right, left, left…: every press is an edit, the asset ends where it started.
    await page.keyboard.press(Math.floor((i - 1) / 2) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    if (i === 1) {
      await page.evaluate(afterNextPaint);
      if ((await transform()) === before) throw new Error('the arrow key did not move the selected asset');
    }
    busyMs += Date.now() - t;
    if (marks.has(i)) {
      // No save in flight: its serialised text would count as live heap.
      await waitSaved(page);
      await page.evaluate(afterNextPaint);
      checkpoints.push({ edits: i, heapMB: await heapMB(cdp) });
    }
  }
  void started;
  await cdp.detach();
  // The undo history (200 steps) fills first; after that the heap must stop growing. Compare the
  // last checkpoint with the one 400 edits earlier (or the first, for short runs).
  const last = checkpoints[checkpoints.length - 1]!;
  const base = [...checkpoints].reverse().find((c) => c.edits <= last.edits - 400) ?? checkpoints[0]!;
  return {
    checkpoints,
    msPerEdit: round(busyMs / edits),
    lateGrowth: { fromEdits: base.edits, toEdits: last.edits, MB: round(last.heapMB - base.heapMB, 2) },
  };
}

/**
 * Only edit → findings painted (`--scenarios edit`): import the plant, frame the zone the full run
 * drags (at the zoom the full run edits at), and time the same SL-T changes.
 */
export async function benchEditOnly(
  browser: Browser,
  plant: BenchPlant,
  opts: Pick<ScenarioOptions, 'baseUrl' | 'log'>,
): Promise<UiResult['editToFindings']> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => opts.log(`  page error: ${error.message}`));
    await page.goto(opts.baseUrl);
    await waitSaved(page);
    await page.evaluate(installProbes);
    await importPlant(page, plant);
    await waitSaved(page);
    await page.keyboard.press('Escape');
    await frameZone(page, plant, plant.dragZone.id);
    await page.waitForTimeout(500);
    opts.log(`  ${plant.size}: edit → findings`);
    return await editToFindings(page, plant.dragZone.id, 24);
  } finally {
    await context.close();
  }
}

export async function benchPlantUi(
  browser: Browser,
  plant: BenchPlant,
  opts: ScenarioOptions,
): Promise<UiResult> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(); the
  // functions passed to page.evaluate carry those calls into the page, so give it a no-op.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => opts.log(`  page error: ${error.message}`));
    await page.goto(opts.baseUrl);
    await waitSaved(page);
    await page.evaluate(installProbes);
    const profiler = await createProfiler(
      page,
      { cpuProfile: opts.cpuProfileDir, trace: opts.traceDir },
      plant.size,
    );

    opts.log(`  ${plant.size}: import`);
    await profiler.start();
    const importMs = await importPlant(page, plant);
    await profiler.stop('import');
    await waitSaved(page);

    opts.log(`  ${plant.size}: reload`);
    await profiler.start();
    const open = await reopen(page, plant);
    await profiler.stop('reload');
    await waitSaved(page);
    const renderedNodes = await page.evaluate(nodeCount);

    opts.log(`  ${plant.size}: drag ${plant.dragZone.id} (${plant.dragZone.assets} assets)`);
    const { drag, dropMs } = await dragZone(page, plant, profiler);
    await page.waitForTimeout(500);

    opts.log(`  ${plant.size}: pan`);
    const pan = await panCanvas(page, profiler);
    await page.waitForTimeout(500);

    opts.log(`  ${plant.size}: edit → findings`);
    await profiler.start();
    const editToFindingsResult = await editToFindings(page, plant.dragZone.id, 24);
    await profiler.stop('edit');

    let png: UiResult['png'] = null;
    if (!opts.skipPng) {
      opts.log(`  ${plant.size}: PNG export`);
      png = await exportPng(page);
    }

    let memory: UiResult['memory'] = null;
    if (opts.memoryEdits > 0) {
      opts.log(`  ${plant.size}: memory over ${opts.memoryEdits} edits`);
      memory = await memoryOverEdits(page, opts.memoryEdits);
    }

    return {
      size: plant.size,
      nodes: plant.expectedNodes,
      renderedNodes,
      importToInteractiveMs: round(importMs, 0),
      navigationToInteractiveMs: round(open.interactiveAt, 0),
      navigationToNodesMs: round(open.nodesAt, 0),
      clickToSelectedMs: round(open.clickMs),
      drag,
      dropMs,
      pan,
      editToFindings: editToFindingsResult,
      png,
      memory,
    };
  } finally {
    await context.close();
  }
}
