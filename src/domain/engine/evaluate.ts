/**
 * The policy engine: runs every rule on a model and applies the model's policy overrides.
 * `evaluate` is the full evaluation; `createIncrementalEvaluator` re-runs only what an edit can
 * affect (see incremental.ts) and must always agree with `evaluate`.
 */
import { buildIndex } from '../model/derive';
import type { Model } from '../model/schema';
import type { Finding } from '../rules/rule';
import type { Evaluation } from './evaluation';
import { IncrementalEngine } from './incremental';
import { compareFindings } from './order';
import { applyOverride, policyLookup } from './policy';
import { checkAsset, checkConduit, checkModel, checkZone } from './run-rules';

export type { Evaluation } from './evaluation';

export function evaluate(model: Model): Evaluation {
  const index = buildIndex(model);
  const raw: Finding[] = [];
  for (const z of model.zones) raw.push(...checkZone(z, index));
  for (const a of model.assets) raw.push(...checkAsset(a, index));
  for (const c of model.conduits) raw.push(...checkConduit(c, index));
  raw.push(...checkModel(index));
  return assemble(raw, model);
}

/** Applies the policy to raw findings and builds the sorted list, counts and per-subject index. */
export function assemble(raw: readonly Finding[], model: Model): Evaluation {
  const lookup = policyLookup(model);
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const f of raw) {
    const shown = applyOverride(f, lookup);
    if (shown) findings.push(shown);
    else suppressed++;
  }
  findings.sort(compareFindings);
  const counts = { error: 0, warning: 0, info: 0 };
  const bySubject = new Map<string, Finding[]>();
  for (const f of findings) {
    counts[f.severity]++;
    const list = bySubject.get(f.subject.id);
    if (list) list.push(f);
    else bySubject.set(f.subject.id, [f]);
  }
  return { findings, suppressed, counts, bySubject };
}

export interface IncrementalEvaluator {
  /** The evaluation of `model`, re-running only what changed since the previous call. */
  update(model: Model): Evaluation;
}

export function createIncrementalEvaluator(): IncrementalEvaluator {
  let engine: IncrementalEngine | undefined;
  return {
    update(model) {
      if (!engine) {
        engine = new IncrementalEngine(model);
        return engine.current();
      }
      return engine.update(model);
    },
  };
}
