/**
 * Reach between zones as the analyses and the defense-in-depth rule both see it: the conduits, plus
 * what nesting implies. One module, so a finding and the attack path that explains it never
 * disagree.
 *
 * A nested zone sits inside its parent's boundary. Whether an attacker in the parent also stands
 * inside the child depends on whether the child's own boundary is drawn:
 * - A nested zone with at least one conduit to a zone outside its own subtree has a modelled
 *   boundary: traffic enters and leaves it only through those conduits (e.g. a cell zone behind
 *   its cell firewall). Compromising the parent does not expose it, except through its conduits.
 * - A nested zone with no such conduit shares its parent's boundary (e.g. a packaging cell drawn
 *   inside a line zone with no firewall of its own). Nothing separates the two, so reach flows
 *   freely both ways between them, crossing no barrier.
 * This errs towards the attacker where the drawing is silent (a plant engineer would rather see a
 * blast radius too large than too small) and trusts the conduits wherever they are drawn.
 *
 * The shared boundaries become extra zero-barrier, two-way links that the 0-1 BFS in barriers.ts
 * walks after the real conduits. They depend only on the zones' ids and parents and on which zones
 * the conduits join (see sameReachGraph), never on assets, names or targets.
 */
import { buildIndex, type ModelIndex } from '../model/derive';
import type { Conduit, Model, Zone } from '../model/schema';
import { type BarrierReach, minBarriersFrom, sameBarrierGraph } from './barriers';

export interface ReachIndex {
  /** The model's own index (no synthetic elements in it). */
  index: ModelIndex;
  /** One synthetic gateway link per shared boundary (parent, child), in zone order. */
  links: readonly Conduit[];
  /** Ids of the synthetic links (never shown to users; a path step through one is "nesting"). */
  nestingLinks: ReadonlySet<string>;
}

const NO_LINKS: readonly Conduit[] = [];

function parentMap(zones: readonly Zone[]): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const z of zones) if (z.parentId !== undefined) parentOf.set(z.id, z.parentId);
  return parentOf;
}

/** True when `ancestorId` is an ancestor of `zoneId` (safe on cyclic parents). */
function isDescendant(zoneId: string, ancestorId: string, parentOf: ReadonlyMap<string, string>): boolean {
  const seen = new Set<string>();
  let cursor = parentOf.get(zoneId);
  while (cursor !== undefined && !seen.has(cursor)) {
    if (cursor === ancestorId) return true;
    seen.add(cursor);
    cursor = parentOf.get(cursor);
  }
  return false;
}

function ownBoundary(zoneId: string, index: ModelIndex, parentOf: ReadonlyMap<string, string>): boolean {
  for (const c of index.conduitsByZone.get(zoneId) ?? [])
    for (const other of c.zoneIds)
      if (other !== zoneId && index.zone.has(other) && !isDescendant(other, zoneId, parentOf)) return true;
  return false;
}

/** Whether the zone has a conduit to some zone outside its own subtree. */
export function hasOwnBoundary(zoneId: string, index: ModelIndex): boolean {
  return ownBoundary(zoneId, index, parentMap(index.model.zones));
}

/** The reach graph over an existing index (the engine's live index or a fresh one). */
export function reachIndexOf(index: ModelIndex): ReachIndex {
  const zones = index.model.zones;
  if (!zones.some((z) => z.parentId !== undefined))
    return { index, links: NO_LINKS, nestingLinks: new Set() };
  const parentOf = parentMap(zones);
  const taken = new Set<string>();
  const links: Conduit[] = [];
  for (const z of zones) {
    const parent = z.parentId;
    if (parent === undefined || parent === z.id || !index.zone.has(parent)) continue;
    if (ownBoundary(z.id, index, parentOf)) continue;
    // Unique among conduit ids, so a path step through a link is never mistaken for a conduit.
    let id = `nesting:${parent}>${z.id}`;
    while (taken.has(id) || index.conduit.has(id)) id = `${id}'`;
    taken.add(id);
    links.push({ id, name: '', zoneIds: [parent, z.id], type: 'gateway' });
  }
  return { index, links: links.length ? links : NO_LINKS, nestingLinks: taken };
}

export function buildReachIndex(model: Model): ReachIndex {
  return reachIndexOf(buildIndex(model));
}

/**
 * Every zone reachable from any source over conduits and shared nesting boundaries, with its
 * fewest filtering barriers and one path achieving it. `via` may name synthetic links
 * (`reach.nestingLinks`).
 */
export function minReachFrom(reach: ReachIndex, sourceZoneIds: Iterable<string>): Map<string, BarrierReach> {
  return minBarriersFrom(reach.index, sourceZoneIds, reach.links);
}

/** Whether the zones nest the same way: same ids, in the same order, with the same parents. */
export function sameNesting(a: readonly Zone[], b: readonly Zone[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.parentId !== y.parentId)) return false;
  }
  return true;
}

/**
 * Whether a reach search over one model is valid for the other (given the same sources): the
 * barrier graph of the conduits and the zone nesting are both unchanged. Cheap for the usual edit,
 * which replaces one element and keeps the identity of the rest.
 */
export function sameReachGraph(
  a: { zones: readonly Zone[]; conduits: readonly Conduit[] },
  b: { zones: readonly Zone[]; conduits: readonly Conduit[] },
): boolean {
  return sameBarrierGraph(a.conduits, b.conduits) && sameNesting(a.zones, b.zones);
}
