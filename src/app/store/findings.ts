/**
 * Live findings for the model in the editor store. One shared incremental evaluator, recomputed
 * only when the model object changes (memoised here, never stored in the store, so findings are
 * not history and cannot go stale). Components select the stable per-element arrays, so an edit
 * re-renders only the elements whose findings changed.
 */
import { createIncrementalEvaluator, type Evaluation } from '../../domain/engine/evaluate';
import type { Model } from '../../domain/model/schema';
import type { Finding } from '../../domain/rules/rule';
import { useEditor } from './editor-store';

const NO_FINDINGS: readonly Finding[] = [];

const EMPTY_EVALUATION: Evaluation = {
  findings: NO_FINDINGS,
  suppressed: 0,
  counts: { error: 0, warning: 0, info: 0 },
  bySubject: new Map(),
};

const evaluator = createIncrementalEvaluator();
let lastModel: Model | undefined;
let lastEvaluation: Evaluation = EMPTY_EVALUATION;

/** The evaluation of `model`, reusing the previous result when the model object is unchanged. */
export function evaluationFor(model: Model): Evaluation {
  if (model !== lastModel) {
    lastEvaluation = evaluator.update(model);
    lastModel = model;
  }
  return lastEvaluation;
}

export function useEvaluation(): Evaluation {
  return useEditor((s) => evaluationFor(s.model));
}

/** The findings of one element; the same array object while they do not change. */
export function useSubjectFindings(id: string): readonly Finding[] {
  return useEditor((s) => evaluationFor(s.model).bySubject.get(id) ?? NO_FINDINGS);
}

export function subjectFindings(evaluation: Evaluation, id: string): readonly Finding[] {
  return evaluation.bySubject.get(id) ?? NO_FINDINGS;
}
