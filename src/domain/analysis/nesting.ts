/**
 * How nesting counts for reachability, attack paths and containment.
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
 * We express the shared boundaries as extra zero-barrier, two-way links and hand the augmented
 * index to the shared 0-1 BFS (graph/barriers.ts), so the defense-in-depth rule and these analyses
 * walk conduits the same way.
 */
import { buildIndex, type ModelIndex } from '../model/derive';
import type { Conduit, Model } from '../model/schema';

export interface ReachIndex {
  /** The model's index plus one synthetic gateway conduit per shared boundary. */
  index: ModelIndex;
  /** Ids of the synthetic conduits (never shown to users; a path step through one is "nesting"). */
  nestingLinks: ReadonlySet<string>;
}

/** True when the zone is the ancestor of `zoneId` (safe on cyclic parents). */
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

/** Whether the nested zone has a conduit to some zone outside its own subtree. */
export function hasOwnBoundary(zoneId: string, base: ModelIndex): boolean {
  const parentOf = new Map<string, string>();
  for (const z of base.model.zones) if (z.parentId !== undefined) parentOf.set(z.id, z.parentId);
  return ownBoundary(zoneId, base, parentOf);
}

function ownBoundary(zoneId: string, base: ModelIndex, parentOf: ReadonlyMap<string, string>): boolean {
  for (const c of base.conduitsByZone.get(zoneId) ?? [])
    for (const other of c.zoneIds)
      if (other !== zoneId && base.zone.has(other) && !isDescendant(other, zoneId, parentOf)) return true;
  return false;
}

export function buildReachIndex(model: Model): ReachIndex {
  const base = buildIndex(model);
  const parentOf = new Map<string, string>();
  for (const z of model.zones) if (z.parentId !== undefined) parentOf.set(z.id, z.parentId);
  const taken = new Set<string>([...base.zone.keys(), ...base.asset.keys(), ...base.conduit.keys()]);
  const links: Conduit[] = [];
  for (const z of model.zones) {
    const parent = z.parentId;
    if (parent === undefined || parent === z.id || !base.zone.has(parent)) continue;
    if (ownBoundary(z.id, base, parentOf)) continue;
    let id = `nesting:${parent}>${z.id}`;
    while (taken.has(id)) id = `${id}'`;
    taken.add(id);
    links.push({ id, name: '', zoneIds: [parent, z.id], type: 'gateway' });
  }
  if (links.length === 0) return { index: base, nestingLinks: new Set() };
  return {
    index: buildIndex({ ...model, conduits: [...model.conduits, ...links] }),
    nestingLinks: new Set(links.map((l) => l.id)),
  };
}
