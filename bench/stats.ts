/** Small statistics for benchmark samples (milliseconds). */

/** The p-th percentile (0–100) by nearest rank on a sorted copy; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** CPU time (user + system) of this process, in milliseconds. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface Timing<T> {
  /** Median wall-clock time of the measured runs. */
  ms: number;
  /** Median CPU time of the measured runs: close to `ms` on an idle machine, much lower on a busy one. */
  cpuMs: number;
  samples: number[];
  result: T;
}

/**
 * Median time of `fn` over `runs` measured calls after `warmup` unmeasured ones (JIT, caches).
 * With `capMs`, stops once that much wall time is spent, so slow operations on big plants do not
 * stretch the whole benchmark: then at least one call is reported, the last warm-up if need be
 * (for an operation that takes seconds, warming up changes little).
 */
export function timeIt<T>(
  fn: () => T,
  runs: number,
  warmup: number,
  capMs = Number.POSITIVE_INFINITY,
): Timing<T> {
  const started = performance.now();
  const over = () => performance.now() - started >= capMs;
  let result!: T;
  const samples: number[] = [];
  const cpu: number[] = [];
  const measure = () => {
    const c0 = cpuNow();
    const t0 = performance.now();
    result = fn();
    return { wall: performance.now() - t0, cpu: cpuNow() - c0 };
  };
  let lastWarmup: { wall: number; cpu: number } | undefined;
  for (let i = 0; i < warmup && !over(); i++) lastWarmup = measure();
  for (let i = 0; i < runs; i++) {
    if (over() && (samples.length > 0 || lastWarmup)) break;
    const t = measure();
    samples.push(t.wall);
    cpu.push(t.cpu);
  }
  if (samples.length === 0 && lastWarmup) {
    samples.push(lastWarmup.wall);
    cpu.push(lastWarmup.cpu);
  }
  return { ms: median(samples), cpuMs: median(cpu), samples, result };
}
