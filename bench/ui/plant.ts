/** The synthetic plants the UI bench opens, and the elements it works on. */
import { generatePlant, type PlantSize } from '../../src/domain/generate/plant-generator';
import type { Model } from '../../src/domain/model/schema';
import { serializeModel } from '../../src/domain/serialize/model-json';

export interface BenchPlant {
  size: PlantSize;
  model: Model;
  /** The file as the user would open it. */
  text: string;
  /** React Flow nodes the canvas shows: zones, assets, and a junction per conduit joining 3+ zones. */
  expectedNodes: number;
  /** The zone dragged in the frame-time test: the one holding closest to 50 assets (nested included). */
  dragZone: { id: string; assets: number };
}

/** Assets inside each zone, nested zones included. */
export function assetsHeld(model: Model): Map<string, number> {
  const own = new Map<string, number>();
  for (const a of model.assets) own.set(a.zoneId, (own.get(a.zoneId) ?? 0) + 1);
  const children = new Map<string, string[]>();
  for (const z of model.zones)
    if (z.parentId !== undefined) children.set(z.parentId, [...(children.get(z.parentId) ?? []), z.id]);
  const held = new Map<string, number>();
  const count = (id: string, seen: Set<string>): number => {
    if (seen.has(id)) return 0;
    seen.add(id);
    const cached = held.get(id);
    if (cached !== undefined) return cached;
    let n = own.get(id) ?? 0;
    for (const c of children.get(id) ?? []) n += count(c, seen);
    held.set(id, n);
    return n;
  };
  for (const z of model.zones) count(z.id, new Set());
  return held;
}

export function pickDragZone(model: Model, target = 50): { id: string; assets: number } {
  const held = assetsHeld(model);
  let best: { id: string; assets: number } | undefined;
  for (const z of model.zones) {
    const n = held.get(z.id) ?? 0;
    if (n === 0) continue;
    if (!best || Math.abs(n - target) < Math.abs(best.assets - target)) best = { id: z.id, assets: n };
  }
  if (!best) throw new Error('the plant has no zone holding assets');
  return best;
}

export function benchPlant(size: PlantSize, seed = 1): BenchPlant {
  const model = generatePlant(size, seed);
  const zoneIds = new Set(model.zones.map((z) => z.id));
  const junctions = model.conduits.filter((c) => c.zoneIds.filter((z) => zoneIds.has(z)).length > 2).length;
  return {
    size,
    model,
    text: serializeModel(model),
    expectedNodes: model.zones.length + model.assets.length + junctions,
    dragZone: pickDragZone(model),
  };
}
