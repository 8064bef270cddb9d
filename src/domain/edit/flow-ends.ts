/**
 * Changing one end of a flow keeps the flow valid instead of refusing it: choosing for one end the
 * zone the other end already has moves that other end — to the other zone on a two-zone conduit,
 * to this end's old zone on a conduit joining more zones (a swap). So "from DMZ to Control"
 * becomes "from Control to DMZ" in one step, never the refused "from Control to Control".
 */
import type { Model } from '../model/schema';
import { EditError, updateFlow } from './update';

export function setFlowEnd(
  model: Model,
  conduitId: string,
  flowIndex: number,
  end: 'from' | 'to',
  zoneId: string,
): Model {
  const conduit = model.conduits.find((c) => c.id === conduitId);
  if (!conduit) throw new EditError(`unknown conduit ${JSON.stringify(conduitId)}`);
  const flow = conduit.flows?.[flowIndex];
  if (!flow) throw new EditError(`no flow number ${flowIndex + 1}`);
  const other = end === 'from' ? 'to' : 'from';
  if (flow[other] !== zoneId) return updateFlow(model, conduitId, flowIndex, { [end]: zoneId });
  const otherZone = conduit.zoneIds.length === 2 ? conduit.zoneIds.find((z) => z !== zoneId)! : flow[end];
  return updateFlow(model, conduitId, flowIndex, { [end]: zoneId, [other]: otherZone });
}

/** Swaps a flow's ends (⇄). */
export function reverseFlow(model: Model, conduitId: string, flowIndex: number): Model {
  const flow = model.conduits.find((c) => c.id === conduitId)?.flows?.[flowIndex];
  if (!flow) throw new EditError(`no flow number ${flowIndex + 1}`);
  return updateFlow(model, conduitId, flowIndex, { from: flow.to, to: flow.from });
}
