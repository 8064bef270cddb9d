import type { Conduit, Flow, Model } from '../../model/schema';
import { flowsById } from '../model-diff';

/** Flows in `after` that `before` does not have (matched inside their conduit, as the diff does). */
export function addedFlows(before: Model, after: Model): Array<{ conduit: Conduit; flow: Flow }> {
  const old = new Map(before.conduits.map((c) => [c.id, c]));
  const result: Array<{ conduit: Conduit; flow: Flow }> = [];
  for (const conduit of after.conduits) {
    const was = old.get(conduit.id);
    if (was === conduit) continue;
    const known = was ? flowsById(was) : new Map<string, Flow>();
    for (const [id, flow] of flowsById(conduit)) if (!known.has(id)) result.push({ conduit, flow });
  }
  return result;
}
