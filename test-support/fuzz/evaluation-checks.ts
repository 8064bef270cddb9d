/** Assertions on evaluations shared by property tests. Test-only code. */
import { expect } from 'vitest';
import type { Evaluation } from '../../src/domain/engine/evaluate';
import type { Model } from '../../src/domain/model/schema';
import { ruleById } from '../../src/domain/rules/index';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** What every evaluation must satisfy, whatever the model. */
export function expectWellFormed(model: Model, evaluation: Evaluation): void {
  const ids = new Set([...model.zones, ...model.assets, ...model.conduits].map((e) => e.id));
  const counts = { error: 0, warning: 0, info: 0 };
  let previous = -1;
  for (const f of evaluation.findings) {
    counts[f.severity]++;
    expect(ruleById(f.rule), f.rule).toBeDefined();
    if (f.subject.kind !== ('model' as string))
      expect(ids.has(f.subject.id), `${f.rule} on ${f.subject.id}`).toBe(true);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(SEVERITY_ORDER[f.severity]).toBeGreaterThanOrEqual(previous);
    previous = SEVERITY_ORDER[f.severity];
  }
  expect(evaluation.counts).toEqual(counts);
  expect(evaluation.suppressed).toBeGreaterThanOrEqual(0);
  const indexed = [...evaluation.bySubject.values()].reduce((sum, list) => sum + list.length, 0);
  expect(indexed).toBe(evaluation.findings.length);
}

/** Findings as comparable plain data (the incremental engine may reuse objects, not change them). */
export const plainEvaluation = (e: Evaluation) => ({
  findings: e.findings,
  suppressed: e.suppressed,
  counts: e.counts,
});
