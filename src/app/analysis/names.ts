/** Display names for analysis views: the element's name, or its id when it has none. */
import type { Model } from '../../domain/model/schema';

export function zoneName(model: Model, id: string): string {
  return model.zones.find((z) => z.id === id)?.name || id;
}

export function conduitName(model: Model, id: string): string {
  return model.conduits.find((c) => c.id === id)?.name || id;
}

export function elementName(model: Model, id: string): string {
  return (
    model.zones.find((z) => z.id === id)?.name ||
    model.assets.find((a) => a.id === id)?.name ||
    model.conduits.find((c) => c.id === id)?.name ||
    id
  );
}
