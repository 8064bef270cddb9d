import { describe, expect, it } from 'vitest';
import type { Model } from '../model/schema';
import {
  type Box,
  bottom,
  computeLayout,
  deepestZoneAt,
  freeSlotInZone,
  overlaps,
  SIZE,
  slotForMove,
  subtreeZoneIds,
} from './geometry';

function model(positions: Record<string, { x: number; y: number; width?: number; height?: number }>): Model {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 't' },
    zones: [
      { id: 'ent', name: 'Enterprise', kind: 'enterprise' },
      { id: 'ctl', name: 'Control', kind: 'control' },
      { id: 'cell', name: 'Cell', kind: 'field', parentId: 'ctl' },
      { id: 'loop-a', name: 'A', kind: 'field', parentId: 'loop-b' },
      { id: 'loop-b', name: 'B', kind: 'field', parentId: 'loop-a' },
    ],
    assets: [
      { id: 'p1', name: 'PLC 1', type: 'plc', zoneId: 'ctl' },
      { id: 'p2', name: 'PLC 2', type: 'plc', zoneId: 'ctl' },
      { id: 'io', name: 'IO', type: 'io-module', zoneId: 'cell' },
    ],
    conduits: [],
    diagram: { positions },
  };
}

describe('view layout', () => {
  it('places unplaced elements: zones in rows by Purdue level, children in a grid; zones fit their content', () => {
    const layout = computeLayout(model({}));
    const ent = layout.zone.get('ent')!;
    const ctl = layout.zone.get('ctl')!;
    expect(ent.abs.y).toBeLessThan(ctl.abs.y); // level 4 above level 1
    expect(ent.stored).toBe(false);
    const p1 = layout.asset.get('p1')!;
    const p2 = layout.asset.get('p2')!;
    expect(p1.rel).toMatchObject({ x: SIZE.pad, y: SIZE.header });
    expect(p2.rel.x).toBe(SIZE.pad + SIZE.assetWidth + SIZE.gap);
    const cell = layout.zone.get('cell')!;
    expect(cell.parentId).toBe('ctl');
    expect(cell.abs.x + cell.abs.width).toBeLessThanOrEqual(ctl.abs.x + ctl.abs.width);
    expect(cell.abs.y + cell.abs.height).toBeLessThanOrEqual(ctl.abs.y + ctl.abs.height);
    // A parent cycle is drawn at the top level rather than lost.
    expect(layout.zone.get('loop-a')!.parentId).toBeUndefined();
    // Parents before children.
    const order = layout.zones.map((z) => z.zone.id);
    expect(order.indexOf('ctl')).toBeLessThan(order.indexOf('cell'));
  });

  it('keeps stored positions and grows a zone that is smaller than its content', () => {
    const layout = computeLayout(
      model({ ctl: { x: 100, y: 50, width: 220, height: 120 }, p1: { x: 20, y: 40 }, p2: { x: 300, y: 40 } }),
    );
    const ctl = layout.zone.get('ctl')!;
    expect(ctl.abs).toMatchObject({ x: 100, y: 50 });
    expect(ctl.abs.width).toBe(300 + SIZE.assetWidth + SIZE.pad);
    expect(layout.asset.get('p2')!.abs).toMatchObject({ x: 400, y: 90 });
  });

  it('finds the deepest zone under a point and free slots inside a zone', () => {
    const layout = computeLayout(
      model({ ctl: { x: 0, y: 0, width: 800, height: 400 }, cell: { x: 400, y: 100 } }),
    );
    expect(deepestZoneAt(layout, { x: 410, y: 110 })?.zone.id).toBe('cell');
    expect(deepestZoneAt(layout, { x: 10, y: 10 })?.zone.id).toBe('ctl');
    expect(deepestZoneAt(layout, { x: 410, y: 110 }, subtreeZoneIds(layout, 'cell'))?.zone.id).toBe('ctl');
    expect(deepestZoneAt(layout, { x: -500, y: -500 })).toBeUndefined();
    const slot = freeSlotInZone(layout, 'ctl', { width: SIZE.assetWidth, height: SIZE.assetHeight });
    const taken = [layout.asset.get('p1')!.rel, layout.asset.get('p2')!.rel, layout.zone.get('cell')!.rel];
    for (const t of taken)
      expect(
        slot.x < t.x + t.width &&
          t.x < slot.x + SIZE.assetWidth &&
          slot.y < t.y + t.height &&
          t.y < slot.y + SIZE.assetHeight,
      ).toBe(false);
  });

  it('puts an element moved into another zone at a free spot inside it, sized as the element', () => {
    const layout = computeLayout(
      model({
        ent: { x: 0, y: 0, width: 400, height: 200 },
        ctl: { x: 0, y: 400, width: 800, height: 400 },
        p1: { x: 20, y: 40 },
        p2: { x: 200, y: 40 },
        cell: { x: 380, y: 40, width: 300, height: 150 },
      }),
    );
    const siblings = [layout.asset.get('p1')!.rel, layout.asset.get('p2')!.rel, layout.zone.get('cell')!.rel];
    const clear = (box: Box) => siblings.every((t) => !overlaps(box, t));
    // The asset of the nested cell, moved up into the control zone.
    const io = slotForMove(layout, 'io', 'ctl');
    expect(io.x).toBeGreaterThanOrEqual(SIZE.pad);
    expect(io.y).toBeGreaterThanOrEqual(SIZE.header);
    expect(clear({ ...io, width: SIZE.assetWidth, height: SIZE.assetHeight })).toBe(true);
    // A whole zone (300 × 150, wider than the gaps between the assets) keeps clear with its own size.
    const ent = slotForMove(layout, 'ent', 'ctl');
    expect(clear({ ...ent, width: 400, height: 200 })).toBe(true);
    // Its old position (0, 0 on the canvas) is not reused: that would sit on the first asset.
    expect(ent).not.toEqual({ x: 0, y: 0 });
  });

  it('puts a zone made top-level below the diagram, not over the zones already there', () => {
    const layout = computeLayout(
      model({ ent: { x: 0, y: 0, width: 400, height: 200 }, ctl: { x: 0, y: 400, width: 800, height: 400 } }),
    );
    const spot = slotForMove(layout, 'cell', undefined);
    expect(spot.y).toBeGreaterThanOrEqual(bottom(layout.bounds) + SIZE.rowGap);
    expect(spot.x).toBe(layout.bounds.x);
  });
});
