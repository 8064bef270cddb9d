/**
 * The model's derived data the domain itself reuses, memoised per model object (see memo.ts):
 * the index, the diagram layout and the barrier-reach search. Pure functions of the model; the
 * memo only saves recomputing them. The app adds its own (evaluation, conduit placements) in
 * src/app/store/derived.ts through the same memo.
 */
import { isItSide } from '../catalog/zone-kinds';
import type { BarrierReach } from '../graph/barriers';
import { minReachFrom, reachIndexOf, sameReachGraph } from '../graph/reach';
import { computeLayout, relinkLayout, type ViewLayout } from '../layout/geometry';
import { buildIndex, type ModelIndex } from '../model/derive';
import type { Model } from '../model/schema';
import { memoPerObject } from './memo';

/** One ModelIndex per model object, shared by the canvas, the inspector and the store's edits. */
export const indexFor = memoPerObject<Model, ModelIndex>((model) => buildIndex(model));

/**
 * computeLayout per model. An edit that leaves every box where it was (a name, a level, a control:
 * most inspector edits) relinks the previous boxes instead of laying the whole diagram out again,
 * which took ~5–10 ms per edit on a 5,000-asset plant.
 */
export const layoutFor = memoPerObject<Model, ViewLayout>(
  (model, previous) =>
    (previous && relinkLayout(previous.value, previous.key, model)) || computeLayout(model),
);

interface ReachSearch {
  sources: readonly string[];
  reach: ReadonlyMap<string, BarrierReach>;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The fewest filtering barriers from the IT-side zones to every zone, as the analyses see reach
 * (graph/reach.ts). It depends only on the conduits' barrier graph, the zone nesting and which
 * zones are IT-side; most edits (assets, targets, names, a conduit's capability or flows) change
 * none of them, so the previous search is reused while they stay the same. Both the full and the
 * incremental evaluation go through here, so they always see the same result.
 */
const itReachSearch = memoPerObject<Model, ReachSearch>((model, previous) => {
  const sources = model.zones.filter(isItSide).map((z) => z.id);
  if (previous && sameList(previous.value.sources, sources) && sameReachGraph(previous.key, model))
    return previous.value;
  const reach = sources.length ? minReachFrom(reachIndexOf(indexFor(model)), sources) : new Map();
  return { sources, reach };
});

export function reachFromItSide(model: Model): ReadonlyMap<string, BarrierReach> {
  return itReachSearch(model).reach;
}
