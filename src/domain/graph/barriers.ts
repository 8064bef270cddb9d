/**
 * Fewest filtering barriers between zones: a multi-source 0-1 breadth-first search over the
 * directed hops conduits allow (forward conduits only from their first zone). Crossing a conduit
 * that is a filtering barrier costs 1, any other conduit costs 0. Callers normally go through
 * reach.ts (minReachFrom), which adds the links that zone nesting implies: the defense-in-depth
 * rule, blast radius and attack path all see the same reach.
 *
 * Deterministic: adjacency follows the model's conduit order (then the extra links' order) and
 * sources are expanded in the order given, so equal-cost ties always resolve to the same path. The
 * result depends only on the conduits, the links and the sources (sources missing from the model
 * are skipped).
 */
import { conduitHops, isFilteringBarrier, isOneWay, type ModelIndex } from '../model/derive';
import type { Conduit } from '../model/schema';

export interface BarrierReach {
  /** Fewest filtering barriers crossed on any path from a source. */
  barriers: number;
  /** Zone ids from the source to the zone (both included); a source's own path is [itself]. */
  path: string[];
  /** Conduit ids crossed along `path` (one fewer than its zones). */
  via: string[];
}

const NO_HOPS: readonly never[] = [];

interface Hop {
  to: string;
  conduitId: string;
  cost: 0 | 1;
}

const NO_LINKS: readonly Conduit[] = [];

/**
 * Adjacency depends on the conduits and the extra links only; edits keep the conduit array when
 * conduits are untouched. One entry per conduit array, for the last links seen with it.
 */
const adjacencyCache = new WeakMap<
  readonly Conduit[],
  { links: readonly Conduit[]; hops: ReadonlyMap<string, readonly Hop[]> }
>();

function adjacency(
  conduits: readonly Conduit[],
  links: readonly Conduit[],
): ReadonlyMap<string, readonly Hop[]> {
  const cached = adjacencyCache.get(conduits);
  if (cached && (cached.links === links || (cached.links.length === 0 && links.length === 0)))
    return cached.hops;
  const out = new Map<string, Hop[]>();
  for (const conduit of links.length ? [...conduits, ...links] : conduits) {
    const cost = isFilteringBarrier(conduit) ? 1 : 0;
    for (const [from, to] of conduitHops(conduit)) {
      const hop: Hop = { to, conduitId: conduit.id, cost };
      const list = out.get(from);
      if (list) list.push(hop);
      else out.set(from, [hop]);
    }
  }
  adjacencyCache.set(conduits, { links, hops: out });
  return out;
}

/**
 * Every zone reachable from any source, with its fewest barriers and one path achieving it.
 * `links` are extra conduits walked like real ones (reach.ts passes the nesting links).
 */
export function minBarriersFrom(
  index: ModelIndex,
  sourceZoneIds: Iterable<string>,
  links: readonly Conduit[] = NO_LINKS,
): Map<string, BarrierReach> {
  const hops = adjacency(index.model.conduits, links);
  const dist = new Map<string, number>();
  const prev = new Map<string, { from: string; conduitId: string }>();
  let current: string[] = [];
  for (const id of sourceZoneIds) {
    if (!index.zone.has(id) || dist.has(id)) continue;
    dist.set(id, 0);
    current.push(id);
  }
  // Layer by layer: zero-cost hops extend the current layer, barrier hops feed the next one.
  for (let level = 0; current.length > 0; level++) {
    const next: string[] = [];
    for (let i = 0; i < current.length; i++) {
      const from = current[i]!;
      if (dist.get(from) !== level) continue; // reached more cheaply since it was queued
      for (const hop of hops.get(from) ?? NO_HOPS) {
        const d = level + hop.cost;
        if (d >= (dist.get(hop.to) ?? Number.POSITIVE_INFINITY)) continue;
        dist.set(hop.to, d);
        prev.set(hop.to, { from, conduitId: hop.conduitId });
        (hop.cost === 0 ? current : next).push(hop.to);
      }
    }
    current = next;
  }
  const result = new Map<string, BarrierReach>();
  for (const [id, barriers] of dist) {
    const path = [id];
    const via: string[] = [];
    for (let step = prev.get(id); step; step = prev.get(step.from)) {
      path.push(step.from);
      via.push(step.conduitId);
    }
    result.set(id, { barriers, path: path.reverse(), via: via.reverse() });
  }
  return result;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether two conduit arrays give the same barrier graph (same hops, costs and conduit ids in the
 * same order), so a search over one is valid for the other. Cheap for the usual edit that replaces
 * one conduit's capability, flows or non-filtering controls: unchanged conduits are compared by
 * identity only.
 */
export function sameBarrierGraph(a: readonly Conduit[], b: readonly Conduit[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (
      x.id !== y.id ||
      !sameIds(x.zoneIds, y.zoneIds) ||
      isOneWay(x) !== isOneWay(y) ||
      isFilteringBarrier(x) !== isFilteringBarrier(y)
    )
      return false;
  }
  return true;
}
