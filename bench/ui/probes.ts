/**
 * Code that runs inside the page (passed to page.evaluate, so each function is self-contained):
 * a drag driven one move per animation frame with the frame times recorded, and a probe that times
 * an edit until the changed findings are painted.
 *
 * "Painted" is approximated the usual way: the first animation frame after the DOM changed, then a
 * message-channel task, which runs after that frame has been handed to the compositor.
 */

interface EditTiming {
  /** The input's change event was dispatched. */
  start: number;
  /** The findings counts or the edited zone changed in the DOM. */
  mutated: number;
  /** The frame showing the change was produced. */
  painted: number;
}

interface BenchProbe {
  edit: Promise<EditTiming | null> | null;
}

declare global {
  interface Window {
    __otzBench?: BenchProbe;
  }
}

export function installProbes(): void {
  if (window.__otzBench) return;
  const probe: BenchProbe = { edit: null };
  window.__otzBench = probe;
}

/**
 * Arms the edit probe: the next `change` event anywhere starts the clock; the first DOM change
 * after it in the findings counts in the header or in the edited zone's node stops it once
 * painted. The edit's render commits the zone's new SL-T and the new counts together, so an edit
 * that leaves the counts as they were (common on a small plant) is timed by its zone instead of
 * waiting out the timeout. Resolves null after `timeoutMs` when neither changed.
 */
export function armEditProbe(args: { timeoutMs: number; zoneId: string }): void {
  const probe = window.__otzBench!;
  const counts = document.querySelector('[data-testid="finding-counts"]');
  if (!counts) throw new Error('no findings counts in the header');
  const zone = document.querySelector(`[data-testid="zone-node"][data-zone-id="${CSS.escape(args.zoneId)}"]`);
  if (!zone) throw new Error(`zone ${args.zoneId} is not on the canvas`);
  probe.edit = new Promise<EditTiming | null>((resolve) => {
    let start: number | undefined;
    const onChange = () => {
      start ??= performance.now();
    };
    document.addEventListener('change', onChange, { capture: true });
    const observer = new MutationObserver(() => {
      if (start === undefined) return;
      observer.disconnect();
      document.removeEventListener('change', onChange, { capture: true });
      const mutated = performance.now();
      const began = start;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ start: began, mutated, painted: performance.now() });
        channel.port2.postMessage(null);
      });
    });
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    observer.observe(counts, options);
    observer.observe(zone, options);
    setTimeout(() => {
      observer.disconnect();
      document.removeEventListener('change', onChange, { capture: true });
      resolve(null);
    }, args.timeoutMs);
  });
}

export function editTiming(): Promise<EditTiming | null> {
  const edit = window.__otzBench?.edit;
  if (!edit) throw new Error('edit probe not armed');
  return edit;
}

/** Resolves with performance.now() after the next frame has been produced. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Drives a drag already started with a real mouse press: one synthetic mousemove per animation
 * frame along a back-and-forth path, as a steady hand on a 60 Hz mouse would, and records the time
 * between frames. React Flow's drag (d3-drag) listens for mousemove on the window, so events
 * dispatched at the element under the pointer reach it like real ones. Playwright's own mouse
 * moves wait for each event to be acknowledged, which left every other frame idle.
 */
export function driveDrag(args: { x: number; y: number; frames: number; span: number }): Promise<number[]> {
  const { x, y, frames, span } = args;
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let last: number | undefined;
    let i = 0;
    const tick = (t: number) => {
      if (last !== undefined) deltas.push(t - last);
      last = t;
      if (i >= frames) {
        resolve(deltas);
        return;
      }
      // Triangle wave over `span` px, 2 px per frame.
      const phase = (i * 2) % (2 * span);
      const dx = phase < span ? phase : 2 * span - phase;
      i++;
      const px = x + dx;
      const py = y + dx / 4;
      const target = document.elementFromPoint(px, py) ?? document.body;
      target.dispatchEvent(
        new MouseEvent('mousemove', {
          bubbles: true,
          cancelable: true,
          view: window,
          clientX: px,
          clientY: py,
          screenX: px,
          screenY: py,
          buttons: 1,
        }),
      );
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
