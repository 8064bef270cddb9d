/** Purdue bands (diagram.purdueBands): show, move and hide them, one undo step each. */
import type { Model } from '../model/schema';
import { sameValue } from './update';

/** `edges` undefined hides the bands. Returns the same model when nothing changes. */
export function setPurdueBands(model: Model, edges: readonly number[] | undefined): Model {
  const current = model.diagram?.purdueBands;
  if (sameValue(current, edges)) return model;
  const { purdueBands: _old, ...rest } = model.diagram ?? { positions: {} };
  return { ...model, diagram: edges ? { ...rest, purdueBands: edges.map(Math.round) } : rest };
}
