/** Edits from the canvas start from what the user sees: unplaced elements are pinned first. */
import { pinPositions } from '../../domain/edit/positions';
import type { Model } from '../../domain/model/schema';
import { layoutFor } from './geometry';

/** The model with every element the fallback layout placed stored at that place (same model if none). */
export function pinned(model: Model): Model {
  const layout = layoutFor(model);
  if (layout.zones.every((z) => z.stored) && layout.assets.every((a) => a.stored)) return model;
  return pinPositions(model, [
    ...layout.zones.map((z) => ({ id: z.zone.id, x: z.rel.x, y: z.rel.y })),
    ...layout.assets.map((a) => ({ id: a.asset.id, x: a.rel.x, y: a.rel.y })),
  ]);
}

/** Wraps an edit so it runs on the pinned model; a no-op edit stays a no-op. */
export function onPinned(edit: (m: Model) => Model): (m: Model) => Model {
  return (m) => {
    const p = pinned(m);
    const next = edit(p);
    return next === p ? m : next;
  };
}
