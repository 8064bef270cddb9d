/**
 * Deleting elements, with the cascade a user expects (undo brings everything back):
 * a zone takes its nested zones and their assets with it; a conduit that would join fewer than
 * two zones goes too, one that still joins two or more just loses the deleted zones (and flows
 * to them); comments on deleted elements and their diagram positions are removed.
 */
import type { Conduit, Model } from '../model/schema';
import { removePositions } from './positions';
import { pruneSubsystems } from './subsystems';
import { zoneAndDescendants } from './update';

export interface Removal {
  model: Model;
  /** Every id that disappeared, including the cascade. */
  removed: ReadonlySet<string>;
}

export function removeElementsDetailed(model: Model, ids: Iterable<string>): Removal {
  const wanted = new Set(ids);
  const removed = new Set<string>();
  const zoneIds = new Set<string>();
  for (const z of model.zones)
    if (wanted.has(z.id)) for (const d of zoneAndDescendants(model, z.id)) zoneIds.add(d);
  for (const id of zoneIds) removed.add(id);

  const assets = model.assets.filter((a) => {
    const gone = wanted.has(a.id) || zoneIds.has(a.zoneId);
    if (gone) removed.add(a.id);
    return !gone;
  });

  const conduits: Conduit[] = [];
  for (const c of model.conduits) {
    if (wanted.has(c.id)) {
      removed.add(c.id);
      continue;
    }
    if (!c.zoneIds.some((z) => zoneIds.has(z))) {
      conduits.push(c);
      continue;
    }
    const remaining = c.zoneIds.filter((z) => !zoneIds.has(z));
    if (remaining.length < 2) {
      removed.add(c.id);
      continue;
    }
    const flows = c.flows?.filter((f) => !zoneIds.has(f.from) && !zoneIds.has(f.to));
    const { flows: _flows, ...rest } = c;
    conduits.push(flows?.length ? { ...rest, zoneIds: remaining, flows } : { ...rest, zoneIds: remaining });
  }

  const notes = model.notes?.filter((n) => {
    const gone = wanted.has(n.id) || (n.targetId !== undefined && removed.has(n.targetId));
    if (gone) removed.add(n.id);
    return !gone;
  });

  // A risk belongs to its zone or conduit: it goes with it (undo brings both back).
  const risks = model.risks?.filter((r) => {
    const gone = wanted.has(r.id) || removed.has(r.subjectId);
    if (gone) removed.add(r.id);
    return !gone;
  });

  if (removed.size === 0) return { model, removed };
  const changedConduits =
    conduits.length !== model.conduits.length || conduits.some((c, i) => c !== model.conduits[i]);
  let next: Model = {
    ...model,
    zones: zoneIds.size ? model.zones.filter((z) => !zoneIds.has(z.id)) : model.zones,
    assets: assets.length !== model.assets.length ? assets : model.assets,
    conduits: changedConduits ? conduits : model.conduits,
  };
  if (notes && model.notes && notes.length !== model.notes.length) next.notes = notes;
  if (risks && model.risks && risks.length !== model.risks.length) next.risks = risks;
  next = removePositions(next, removed);
  if (zoneIds.size) next = pruneSubsystems(next, zoneIds);
  return { model: next, removed };
}

export function removeElements(model: Model, ids: Iterable<string>): Model {
  return removeElementsDetailed(model, ids).model;
}
