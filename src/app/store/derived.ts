/**
 * Everything the app derives from the model, in one place: the model index, the layout, the
 * conduit placements and the policy evaluation, each memoised per model object (domain
 * derived/memo.ts). Nothing here is stored in the editor store, so derived data is never
 * history and cannot go stale.
 *
 * The evaluation is published in a small store of its own (`useDerived`), computed when the
 * editor's model changes, so components select findings with pure lookups: a selector never runs
 * the engine. The incremental evaluator diffs each model against the one before, so an edit
 * re-runs only the rules it can affect.
 */
import { create } from 'zustand';
import { memoPerObject } from '../../domain/derived/memo';
import { layoutFor } from '../../domain/derived/model';
import { createIncrementalEvaluator, type Evaluation } from '../../domain/engine/evaluate';
import type { Model } from '../../domain/model/schema';
import {
  type ConduitPlacement,
  computeConduitPlacements,
  sameZoneGeometry,
} from '../canvas/conduit-placement';
import { isLargeModel } from '../canvas/detail';
import type { ViewLayout } from '../canvas/geometry';
import { useEditor } from './editor-store';

export { indexFor, layoutFor } from '../../domain/derived/model';

const evaluator = createIncrementalEvaluator();

/** The evaluation of `model` (memoised; the incremental evaluator does the work). */
export const evaluationFor = memoPerObject<Model, Evaluation>((model) => evaluator.update(model));

const placements = memoPerObject<
  Model,
  { layout: ViewLayout; placements: ReadonlyMap<string, ConduitPlacement> }
>((model, previous) => {
  const layout = layoutFor(model);
  // Most edits (a level, an asset's name, a control, moving an asset inside its zone) leave the
  // conduits and every zone box alone: then the previous placements still hold.
  if (previous && previous.key.conduits === model.conduits && sameZoneGeometry(previous.value.layout, layout))
    return { layout, placements: previous.value.placements };
  return { layout, placements: computeConduitPlacements(model, layout) };
});

/** Where every conduit's label or junction goes for `model`. */
export function conduitPlacementsFor(model: Model): ReadonlyMap<string, ConduitPlacement> {
  return placements(model).placements;
}

interface DerivedState {
  model: Model;
  evaluation: Evaluation;
  /**
   * A large plant was just opened and is checked right after its first paint: `evaluation` is
   * empty meanwhile (never the previous diagram's findings), and views say "checking".
   */
  checking: boolean;
}

/** No findings yet: what a view shows of a plant that is being checked. */
const CHECKING: Evaluation = {
  findings: [],
  suppressed: 0,
  counts: { error: 0, warning: 0, info: 0 },
  bySubject: new Map(),
};

const initial = useEditor.getState().model;

/** The evaluation of the editor's current model, published when the model changes. */
export const useDerived = create<DerivedState>()(() => ({
  model: initial,
  evaluation: evaluationFor(initial),
  checking: false,
}));

function publish(model: Model): void {
  useDerived.setState({ model, evaluation: evaluationFor(model), checking: false });
}

/**
 * Runs `task` once the browser has painted the next frame (a task queued from an animation frame
 * runs after that frame), or after `latestMs` when no frame comes (a hidden tab).
 */
function afterNextPaint(task: () => void, latestMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, latestMs);
}

useEditor.subscribe((state) => {
  const model = state.model;
  if (model === useDerived.getState().model) return;
  // Opening a large plant (not an edit, which the incremental evaluator checks in well under a
  // millisecond): the full check (~45 ms for 5,000 assets) and the findings badges it adds wait
  // until the canvas has been painted once.
  if (state.lastEdit?.label === 'Open' && isLargeModel(model)) {
    useDerived.setState({ model, evaluation: CHECKING, checking: true });
    afterNextPaint(() => {
      const now = useDerived.getState();
      if (now.model === model && now.checking) publish(model);
    }, 250);
    return;
  }
  publish(model);
});
