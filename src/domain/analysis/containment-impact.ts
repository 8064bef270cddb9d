/**
 * Downstream impact of isolating a zone: every zone that stops getting data it gets today, directly
 * (it receives a flow from the isolated scope) or further on (it receives a flow from a zone that
 * lost its data). Each zone comes with the chain of flows that explains why.
 *
 * Only documented flows carry the loss, in their direction: a zone that only sends to an affected
 * zone loses nothing. A flow against a one-way conduit (data diode, forward-only) cannot run, so it
 * carries nothing. A nested zone without conduits of its own shares its parent's boundary (the
 * rule of graph/reach.ts), so it loses what its parent loses, one step further.
 */
import { reachIndexOf } from '../graph/reach';
import { isOneWay, type ModelIndex } from '../model/derive';
import type { Conduit, Flow } from '../model/schema';

export interface ImpactStep {
  from: string;
  to: string;
  /** The conduit the flow runs over, or null when `to` is nested in `from` and shares its boundary. */
  conduit: string | null;
  /** The first documented flow from `from` to `to` on that conduit; absent on a nesting step. */
  protocol?: string;
  port?: number | 'any';
}

export interface ImpactedZone {
  zone: string;
  /** 1: it receives a flow from the isolated scope; n: the loss reaches it over n steps. */
  depth: number;
  /** One shortest chain from a zone in the isolated scope to this zone (length = depth). */
  path: ImpactStep[];
}

/** Whether the conduit can carry the flow: a one-way conduit only from its first zone. */
function carries(conduit: Conduit, flow: Flow): boolean {
  if (flow.from === flow.to) return false;
  return !isOneWay(conduit) || flow.from === conduit.zoneIds[0];
}

/** Steps out of each zone: carried flows in model order, then nested zones sharing its boundary. */
function stepsByZone(index: ModelIndex): Map<string, ImpactStep[]> {
  const out = new Map<string, ImpactStep[]>();
  const add = (step: ImpactStep) => {
    const list = out.get(step.from);
    if (list) list.push(step);
    else out.set(step.from, [step]);
  };
  for (const c of index.model.conduits)
    for (const f of c.flows ?? []) {
      if (!carries(c, f)) continue;
      const step: ImpactStep = { from: f.from, to: f.to, conduit: c.id, protocol: f.protocol };
      if (f.port !== undefined) step.port = f.port;
      add(step);
    }
  for (const link of reachIndexOf(index).links) {
    const [parent, child] = link.zoneIds;
    if (parent !== undefined && child !== undefined) add({ from: parent, to: child, conduit: null });
  }
  return out;
}

/**
 * Breadth-first from the isolated scope, so each zone gets its smallest depth and a shortest path;
 * each zone is entered once, which also ends cycles of flows. Sorted by depth, then zone id.
 */
export function downstreamImpact(index: ModelIndex, scope: readonly string[]): ImpactedZone[] {
  const inScope = new Set(scope);
  const steps = stepsByZone(index);
  const reached = new Map<string, ImpactedZone>();
  const queue: ImpactedZone[] = [];
  const expand = (zone: string, pathSoFar: readonly ImpactStep[]) => {
    for (const step of steps.get(zone) ?? []) {
      if (inScope.has(step.to) || reached.has(step.to) || !index.zone.has(step.to)) continue;
      const hit: ImpactedZone = { zone: step.to, depth: pathSoFar.length + 1, path: [...pathSoFar, step] };
      reached.set(step.to, hit);
      queue.push(hit);
    }
  };
  for (const zone of scope) expand(zone, []);
  for (let i = 0; i < queue.length; i++) expand(queue[i]!.zone, queue[i]!.path);
  return queue.sort((a, b) => a.depth - b.depth || (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0));
}
