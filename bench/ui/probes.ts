/**
 * Code that runs inside the page (passed to page.evaluate, so each function is self-contained):
 * a requestAnimationFrame recorder for frame times, and a probe that times an edit until the
 * changed findings are painted.
 *
 * "Painted" is approximated the usual way: the first animation frame after the DOM changed, then a
 * message-channel task, which runs after that frame has been handed to the compositor.
 */

interface EditTiming {
  /** The input's change event was dispatched. */
  start: number;
  /** The findings counts changed in the DOM. */
  mutated: number;
  /** The frame showing the change was produced. */
  painted: number;
}

interface BenchProbe {
  frames: number[];
  recording: boolean;
  edit: Promise<EditTiming | null> | null;
}

declare global {
  interface Window {
    __otzBench?: BenchProbe;
  }
}

export function installProbes(): void {
  if (window.__otzBench) return;
  const probe: BenchProbe = { frames: [], recording: false, edit: null };
  window.__otzBench = probe;
}

/** Starts recording the time between consecutive animation frames. */
export function startFrames(): void {
  const probe = window.__otzBench!;
  probe.frames = [];
  probe.recording = true;
  let last: number | undefined;
  const tick = (t: number) => {
    if (!probe.recording) return;
    if (last !== undefined) probe.frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): number[] {
  const probe = window.__otzBench!;
  probe.recording = false;
  return probe.frames;
}

/**
 * Arms the edit probe: the next `change` event anywhere starts the clock, the next change of the
 * findings counts in the header stops it once painted. Resolves null after `timeoutMs` when the
 * counts did not change.
 */
export function armEditProbe(timeoutMs: number): void {
  const probe = window.__otzBench!;
  const counts = document.querySelector('[data-testid="finding-counts"]');
  if (!counts) throw new Error('no findings counts in the header');
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
    observer.observe(counts, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      document.removeEventListener('change', onChange, { capture: true });
      resolve(null);
    }, timeoutMs);
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
