/**
 * Auto-layout of the whole diagram, one undo step. Inside each zone, assets form a grid and nested
 * zones a row beneath them (zone contents have no edges to lay out); top-level zones are placed by
 * ELK's layered algorithm, one layer per Purdue level (enterprise on top, field at the bottom),
 * with conduits as edges so connected zones end up near each other. elkjs is loaded on first use.
 */
import { effectivePurdueLevel, PURDUE_LEVELS } from '../../domain/catalog/zone-kinds';
import type { Model, Position, Zone } from '../../domain/model/schema';
import { layoutFor, SIZE } from './geometry';

interface Sized {
  width: number;
  height: number;
}

/** Positions for everything inside zones (relative), and each zone's size. */
function layoutContents(model: Model): { positions: Record<string, Position>; sizes: Map<string, Sized> } {
  const layout = layoutFor(model);
  const positions: Record<string, Position> = {};
  const sizes = new Map<string, Sized>();
  const children = new Map<string, Zone[]>();
  for (const g of layout.zones)
    if (g.parentId !== undefined) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g.zone]);
  const assetsOf = new Map<string, string[]>();
  for (const a of model.assets) assetsOf.set(a.zoneId, [...(assetsOf.get(a.zoneId) ?? []), a.id]);

  const size = (zone: Zone): Sized => {
    const assets = assetsOf.get(zone.id) ?? [];
    const columns = Math.max(1, Math.min(4, Math.ceil(Math.sqrt(assets.length))));
    assets.forEach((id, i) => {
      positions[id] = {
        x: SIZE.pad + (i % columns) * (SIZE.assetWidth + SIZE.gap),
        y: SIZE.header + Math.floor(i / columns) * (SIZE.assetHeight + SIZE.gap),
      };
    });
    const rows = Math.ceil(assets.length / columns);
    const gridWidth = assets.length ? columns * (SIZE.assetWidth + SIZE.gap) - SIZE.gap : 0;
    let y = SIZE.header + (rows ? rows * (SIZE.assetHeight + SIZE.gap) : 0);
    let x = SIZE.pad;
    let rowHeight = 0;
    for (const child of children.get(zone.id) ?? []) {
      const s = size(child);
      positions[child.id] = { x, y, width: s.width, height: s.height };
      x += s.width + SIZE.gap;
      rowHeight = Math.max(rowHeight, s.height);
    }
    if (rowHeight) y += rowHeight + SIZE.gap;
    const width = Math.max(SIZE.zoneMinWidth, SIZE.pad * 2 + gridWidth, x - SIZE.gap + SIZE.pad);
    const height = Math.max(SIZE.zoneMinHeight, y - SIZE.gap + SIZE.pad);
    const result = { width, height };
    sizes.set(zone.id, result);
    return result;
  };
  for (const g of layout.zones) if (g.parentId === undefined) size(g.zone);
  return { positions, sizes };
}

export async function autoLayout(model: Model): Promise<Record<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const layout = layoutFor(model);
  const { positions, sizes } = layoutContents(model);
  const roots = layout.zones.filter((g) => g.parentId === undefined);
  const rootOf = new Map<string, string>();
  for (const g of layout.zones)
    rootOf.set(g.zone.id, g.parentId === undefined ? g.zone.id : rootOf.get(g.parentId)!);
  const rank = (zone: Zone) => PURDUE_LEVELS.length - 1 - PURDUE_LEVELS.indexOf(effectivePurdueLevel(zone));
  const zoneOf = new Map(model.zones.map((z) => [z.id, z]));

  const edges: Array<{ id: string; sources: string[]; targets: string[] }> = [];
  const seen = new Set<string>();
  for (const c of model.conduits) {
    const ends = [...new Set(c.zoneIds.map((z) => rootOf.get(z)).filter((z) => z !== undefined))];
    for (let i = 0; i < ends.length; i++)
      for (let j = i + 1; j < ends.length; j++) {
        // Point edges down the Purdue levels so they agree with the layers.
        let [a, b] = [ends[i]!, ends[j]!];
        if (rank(zoneOf.get(a)!) > rank(zoneOf.get(b)!)) [a, b] = [b, a];
        const key = `${a}\u0000${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push({ id: `e${edges.length}`, sources: [a], targets: [b] });
      }
  }

  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '80',
      'elk.layered.spacing.nodeNodeBetweenLayers': '100',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
    },
    children: roots.map((g) => ({
      id: g.zone.id,
      ...sizes.get(g.zone.id)!,
      layoutOptions: { 'elk.partitioning.partition': String(rank(g.zone)) },
    })),
    edges,
  });
  for (const child of graph.children ?? []) {
    const s = sizes.get(child.id)!;
    positions[child.id] = {
      x: Math.round(child.x ?? 0),
      y: Math.round(child.y ?? 0),
      width: s.width,
      height: s.height,
    };
  }
  return positions;
}
