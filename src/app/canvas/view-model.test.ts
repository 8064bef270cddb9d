import { describe, expect, it } from 'vitest';
import { addAsset } from '../../domain/edit/add';
import { moveElements } from '../../domain/edit/positions';
import { updateZone } from '../../domain/edit/update';
import type { Model } from '../../domain/model/schema';
import { demoModel } from '../../samples';
import { elementIdOf, junctionId, legId, MOVING_CLASS, ViewDeriver } from './view-model';

const demo = demoModel();

function byId<T extends { id: string }>(list: readonly T[]) {
  return new Map(list.map((x) => [x.id, x]));
}

describe('view derivation', () => {
  it('derives one node per zone and asset, parents before children, junctions for multi-zone conduits', () => {
    const { nodes, edges } = new ViewDeriver().derive(demo, [], null);
    const zones = nodes.filter((n) => n.type === 'zone');
    const assets = nodes.filter((n) => n.type === 'asset');
    expect(zones).toHaveLength(demo.zones.length);
    expect(assets).toHaveLength(demo.assets.length);
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const n of nodes) if (n.parentId) expect(index.get(n.parentId)!).toBeLessThan(index.get(n.id)!);
    const multi = demo.conduits.filter((c) => c.zoneIds.length > 2);
    expect(nodes.filter((n) => n.type === 'junction')).toHaveLength(multi.length);
    const expectedEdges = demo.conduits.reduce(
      (s, c) => s + (c.zoneIds.length > 2 ? c.zoneIds.length : 1),
      0,
    );
    expect(edges).toHaveLength(expectedEdges);
    for (const c of multi) for (const z of c.zoneIds) expect(elementIdOf(legId(c.id, z))).toBe(c.id);
    expect(elementIdOf(junctionId('c-1'))).toBe('c-1');
  });

  it('keeps node and edge objects for untouched elements across an edit', () => {
    const deriver = new ViewDeriver();
    const first = deriver.derive(demo, [], null);
    const asset = demo.assets[0]!;
    const moved = moveElements(demo, { [asset.id]: { x: 500, y: 44 } });
    const second = deriver.derive(moved, [], null);
    const a = byId(first.nodes);
    const b = byId(second.nodes);
    expect(b.get(asset.id)).not.toBe(a.get(asset.id));
    expect(b.get(asset.id)!.position).toEqual({ x: 500, y: 44 });
    const untouched = [...b.keys()].filter((id) => id !== asset.id && b.get(id) !== a.get(id));
    // Only the zone that grew to hold the moved asset may change, nothing else.
    expect(untouched.every((id) => id === asset.zoneId)).toBe(true);
    const ea = byId(first.edges);
    for (const e of second.edges) expect(e).toBe(ea.get(e.id));
  });

  it('rebuilds only what selection, findings or the drag overlay touch', () => {
    const deriver = new ViewDeriver();
    const first = byId(deriver.derive(demo, [], null).nodes);
    const selected = byId(deriver.derive(demo, ['z-dmz'], null).nodes);
    expect(selected.get('z-dmz')!.selected).toBe(true);
    expect([...selected.keys()].filter((id) => selected.get(id) !== first.get(id))).toEqual(['z-dmz']);

    const dragged = byId(deriver.derive(demo, ['z-dmz'], { 'a-erp': { x: 1, y: 2 } }).nodes);
    expect(dragged.get('a-erp')!.position).toEqual({ x: 1, y: 2 });
    expect([...dragged.keys()].filter((id) => dragged.get(id) !== selected.get(id))).toEqual(['a-erp']);

    // Adding an asset to the safety zone changes findings of that zone only (and adds a node).
    const added = addAsset(demo, { type: 'sis-controller', zoneId: 'z-safety', position: { x: 380, y: 40 } });
    const after = byId(deriver.derive(added.model, ['z-dmz'], null).nodes);
    expect(after.get(added.id)).toBeDefined();
    expect(after.get('z-enterprise')).toBe(first.get('z-enterprise'));
  });

  it('marks what a drag carries (the dragged zone, its nested zones and their assets) as moving', () => {
    const deriver = new ViewDeriver();
    const carried = new Set(['z-process', 'z-filtration', 'z-dosing']);
    for (const a of demo.assets) if (carried.has(a.zoneId)) carried.add(a.id);
    const dragging = deriver.derive(demo, [], { 'z-process': { x: 10, y: 20 } }).nodes;
    const moving = dragging.filter((n) => n.className === MOVING_CLASS).map((n) => n.id);
    expect(new Set(moving)).toEqual(carried);
    expect(carried.size).toBeGreaterThan(5);
    const dropped = deriver.derive(demo, [], null).nodes;
    expect(dropped.filter((n) => n.className !== undefined)).toEqual([]);
    // Ids come from files: one named like an Object property is not "in" the overlay.
    const odd: Model = {
      ...demo,
      zones: [...demo.zones, { id: 'constructor', name: 'Odd', kind: 'control' }],
    };
    const oddDrag = new ViewDeriver().derive(odd, [], { 'z-dmz': { x: 0, y: 0 } }).nodes;
    expect(oddDrag.find((n) => n.id === 'constructor')!.className).toBeUndefined();
  });

  it('moves a junction live while one of its zones is dragged, by the mean shift of its zones', () => {
    const multi = demo.conduits.find((c) => c.zoneIds.length > 2)!;
    const deriver = new ViewDeriver();
    const still = deriver.derive(demo, [], null).nodes;
    const zoneId = multi.zoneIds[0]!;
    const zone = still.find((n) => n.id === zoneId)!;
    const overlay = { [zoneId]: { x: zone.position.x + 90, y: zone.position.y - 60 } };
    const dragging = deriver.derive(demo, [], overlay).nodes;
    const before = still.find((n) => n.id === junctionId(multi.id))!.position;
    const after = dragging.find((n) => n.id === junctionId(multi.id))!.position;
    const n = multi.zoneIds.length;
    expect(after.x - before.x).toBeCloseTo(90 / n, 0);
    expect(after.y - before.y).toBeCloseTo(-60 / n, 0);
    // Dragging a zone that is not part of the conduit leaves the junction where it was.
    const other = still.find((x) => x.type === 'zone' && !multi.zoneIds.includes(x.id) && !x.parentId)!;
    const unrelated = deriver.derive(demo, [], { [other.id]: { x: 0, y: 0 } }).nodes;
    expect(unrelated.find((x) => x.id === junctionId(multi.id))!.position).toEqual(before);
  });

  it('puts a junction outside zones it does not belong to', () => {
    const { nodes } = new ViewDeriver().derive(demo, [], null);
    const junction = nodes.find((n) => n.type === 'junction' && n.id === junctionId('c-supervisory-cells'))!;
    const process = nodes.find((n) => n.id === 'z-process')!;
    const p = process.position;
    const inside =
      junction.position.x >= p.x &&
      junction.position.x <= p.x + (process.width ?? 0) &&
      junction.position.y >= p.y &&
      junction.position.y <= p.y + (process.height ?? 0);
    expect(inside).toBe(false);
  });

  it('draws zones whose parent link is broken at the top level instead of failing', () => {
    const broken: Model = updateZone(demo, 'z-dosing', { parentId: undefined });
    const { nodes } = new ViewDeriver().derive(broken, [], null);
    expect(nodes.find((n) => n.id === 'z-dosing')!.parentId).toBeUndefined();
  });
});
