/**
 * A fixed CPU workload timed before and after the UI bench: full policy evaluation of the M plant
 * (the domain bench's "full evaluation" row). This machine is a shared 2-core VM whose speed drifts
 * (the same build measured 26 and 50 ms of main thread per drag frame an hour apart), so the table
 * says how fast the CPU was while it ran; compare UI figures only between runs with similar checks.
 */
import { evaluate } from '../../src/domain/engine/evaluate';
import { generatePlant } from '../../src/domain/generate/plant-generator';
import { median, round } from './stats';

const model = generatePlant('M');

export function cpuCheckMs(runs = 25): number {
  for (let i = 0; i < 10; i++) evaluate(model); // warm the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    evaluate(model);
    samples.push(performance.now() - t);
  }
  return round(median(samples), 2);
}
