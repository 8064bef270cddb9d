/**
 * Live findings for the model in the editor store, read from the derived store (derived.ts):
 * pure lookups, never an evaluation inside a selector. Components select the stable per-element
 * arrays, so an edit re-renders only the elements whose findings changed.
 */
import type { Evaluation } from '../../domain/engine/evaluate';
import type { Finding } from '../../domain/rules/rule';
import { useDerived } from './derived';

export { evaluationFor } from './derived';

const NO_FINDINGS: readonly Finding[] = [];

export function useEvaluation(): Evaluation {
  return useDerived((s) => s.evaluation);
}

/** True while a just-opened large plant waits for its first check (its evaluation is empty). */
export function useChecking(): boolean {
  return useDerived((s) => s.checking);
}

/** The findings of one element; the same array object while they do not change. */
export function useSubjectFindings(id: string): readonly Finding[] {
  return useDerived((s) => s.evaluation.bySubject.get(id) ?? NO_FINDINGS);
}

export function subjectFindings(evaluation: Evaluation, id: string): readonly Finding[] {
  return evaluation.bySubject.get(id) ?? NO_FINDINGS;
}
