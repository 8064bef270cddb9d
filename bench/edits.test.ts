import { describe, expect, it } from 'vitest';
import { createIncrementalEvaluator, evaluate } from '../src/domain/engine/evaluate';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { createRandom } from '../src/domain/generate/prng';
import { parseModel } from '../src/domain/model/parse';
import { randomEdit } from './edits';
import { median, percentile, timeIt } from './stats';

describe('bench helpers', () => {
  it('percentile uses nearest rank', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(xs)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('timeIt runs warm-ups plus measured runs and returns the median', () => {
    let calls = 0;
    const r = timeIt(() => ++calls, 5, 3);
    expect(calls).toBe(8);
    expect(r.samples).toHaveLength(5);
    expect(r.result).toBe(8);
    expect(r.cpuMs).toBeGreaterThanOrEqual(0);
  });

  it('timeIt stops at the time cap, reporting the warm-up call when nothing else was measured', () => {
    let calls = 0;
    const slow = () => {
      calls++;
      const end = performance.now() + 5;
      while (performance.now() < end) {
        // busy wait: a slow operation
      }
      return calls;
    };
    const r = timeIt(slow, 10, 3, 1);
    expect(calls).toBe(1); // the warm-up call used up the cap
    expect(r.samples).toHaveLength(1);
    expect(r.ms).toBeGreaterThanOrEqual(5);
    expect(r.result).toBe(1);
    calls = 0;
    const noWarmup = timeIt(slow, 10, 0, 1);
    expect(calls).toBe(1); // at least one measured call
    expect(noWarmup.samples).toHaveLength(1);
  });

  it('random edits keep the model valid, and the incremental engine agrees with a full evaluation', () => {
    const rng = createRandom(3);
    let model = generatePlant('S', 2);
    const evaluator = createIncrementalEvaluator();
    evaluator.update(model);
    const kinds = new Set<string>();
    for (let i = 0; i < 150; i++) {
      const edit = randomEdit(model, rng, i);
      expect(edit.model).not.toBe(model);
      model = edit.model;
      kinds.add(edit.kind);
      const incremental = evaluator.update(model);
      if (i % 25 === 0) expect(incremental.findings).toEqual(evaluate(model).findings);
    }
    expect(kinds.size).toBeGreaterThanOrEqual(8);
    expect(parseModel(JSON.parse(JSON.stringify(model))).ok).toBe(true);
  });
});
