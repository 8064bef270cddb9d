/**
 * The open analysis's result for the current model, computed once per (model, subject) and shared
 * by the panel and the canvas overlay (both call these hooks; the memo makes the second call free).
 */

import { type AttackPathResult, attackPath, criticalZones } from '../../domain/analysis/attack-path';
import { type ContainmentResult, containment } from '../../domain/analysis/containment';
import { type ZoneCoverage, zoneCoverage } from '../../domain/analysis/coverage';
import { type BlastRadiusResult, blastRadius } from '../../domain/analysis/reachability';
import type { Model } from '../../domain/model/schema';
import { useDrawerOpen } from '../shell/panels';
import { useEditor } from '../store/editor-store';
import { useAnalysis } from './analysis-store';
import {
  type CanvasHighlight,
  containHighlight,
  EMPTY_HIGHLIGHT,
  pathHighlight,
  reachHighlight,
} from './highlight';

/** Remembers the last result per function: one model and subject in, the same object out. */
function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let last: R | undefined;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i])))
      return last as R;
    lastArgs = args;
    last = fn(...args);
    return last;
  };
}

export const reachFor = memoLast((model: Model, id: string): BlastRadiusResult => blastRadius(model, id));
export const pathFor = memoLast((model: Model, id: string): AttackPathResult => attackPath(model, id));
export const containFor = memoLast((model: Model, id: string): ContainmentResult => containment(model, id));
export const coverageFor = memoLast((model: Model): ZoneCoverage[] => zoneCoverage(model));
export const criticalFor = memoLast((model: Model): string[] => criticalZones(model));

const highlightFor = memoLast(
  (
    model: Model,
    open: boolean,
    tab: string,
    compromised: string | null,
    target: string | null,
    isolate: string | null,
  ): CanvasHighlight => {
    if (!open) return EMPTY_HIGHLIGHT;
    if (tab === 'reach' && compromised) return reachHighlight(model, reachFor(model, compromised));
    if (tab === 'path' && target) return pathHighlight(model, pathFor(model, target));
    if (tab === 'contain' && isolate) return containHighlight(model, containFor(model, isolate));
    return EMPTY_HIGHLIGHT;
  },
);

/** What the canvas should highlight now (EMPTY_HIGHLIGHT when no analysis is shown). */
export function useCanvasHighlight(): CanvasHighlight {
  const model = useEditor((s) => s.model);
  const open = useDrawerOpen('analysis');
  const tab = useAnalysis((s) => s.tab);
  const compromised = useAnalysis((s) => s.compromised);
  const target = useAnalysis((s) => s.target);
  const isolate = useAnalysis((s) => s.isolate);
  return highlightFor(model, open, tab, compromised, target, isolate);
}
