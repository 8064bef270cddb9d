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
}

const initial = useEditor.getState().model;

/** The evaluation of the editor's current model, published when the model changes. */
export const useDerived = create<DerivedState>()(() => ({
  model: initial,
  evaluation: evaluationFor(initial),
}));

useEditor.subscribe((state) => {
  if (state.model !== useDerived.getState().model)
    useDerived.setState({ model: state.model, evaluation: evaluationFor(state.model) });
});
