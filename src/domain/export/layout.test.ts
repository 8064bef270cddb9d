import { describe, expect, it } from 'vitest';
import type { Model } from '../model/schema';
import { type Box, layoutDiagram, SIZES } from './layout';
import { plantModel } from './test-fixtures';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutDiagram', () => {
  it('reads asset positions relative to their zone and nested zones relative to their parent', () => {
    const layout = layoutDiagram(plantModel());
    const sis = layout.zoneById.get('sis')!;
    expect(sis.abs).toMatchObject({ x: 380, y: 750, width: 280, height: 150 });
    expect(sis.rel).toMatchObject({ x: 380, y: 70 });
    const sis1 = layout.assets.find((a) => a.asset.id === 'sis1')!;
    expect(sis1.abs).toMatchObject({ x: 400, y: 820, width: SIZES.assetWidth, height: SIZES.assetHeight });
  });

  it('lists parents before children', () => {
    const ids = layoutDiagram(plantModel()).zones.map((z) => z.zone.id);
    expect(ids.indexOf('ctl')).toBeLessThan(ids.indexOf('sis'));
  });

  it('places unpositioned elements without overlaps, children inside their parents, Purdue levels top-down', () => {
    const model: Model = { ...plantModel(), diagram: undefined };
    const layout = layoutDiagram(model);
    const top = layout.zones.filter((z) => z.depth === 0);
    for (const a of top) for (const b of top) if (a !== b) expect(overlap(a.abs, b.abs)).toBe(false);
    for (const z of layout.zones)
      if (z.parentId) expect(inside(z.abs, layout.zoneById.get(z.parentId)!.abs)).toBe(true);
    for (const a of layout.assets) {
      expect(inside(a.abs, layout.zoneById.get(a.asset.zoneId)!.abs)).toBe(true);
      for (const b of layout.assets) if (a !== b) expect(overlap(a.abs, b.abs)).toBe(false);
    }
    const y = (id: string) => layout.zoneById.get(id)!.abs.y;
    expect(y('ent')).toBeLessThan(y('dmz'));
    expect(y('dmz')).toBeLessThan(y('sup'));
    expect(y('sup')).toBeLessThan(y('ctl'));
  });

  it('grows a zone so that content placed beyond its stored size stays inside', () => {
    const model = plantModel();
    model.diagram!.positions.erp = { x: 600, y: 300 };
    const ent = layoutDiagram(model).zoneById.get('ent')!;
    expect(ent.abs.width).toBeGreaterThanOrEqual(600 + SIZES.assetWidth);
    expect(ent.abs.height).toBeGreaterThanOrEqual(300 + SIZES.assetHeight);
  });

  it('places unpositioned children below positioned ones', () => {
    const model = plantModel();
    delete model.diagram!.positions.hmi;
    const layout = layoutDiagram(model);
    const hmi = layout.assets.find((a) => a.asset.id === 'hmi')!;
    const scada = layout.assets.find((a) => a.asset.id === 'scada')!;
    expect(hmi.abs.y).toBeGreaterThanOrEqual(scada.abs.y + scada.abs.height);
  });

  it('survives broken parent links (cycles, unknown parents) by drawing such zones at the top level', () => {
    const model = plantModel();
    model.zones = [
      { id: 'a', name: 'A', kind: 'control', parentId: 'b' },
      { id: 'b', name: 'B', kind: 'control', parentId: 'a' },
      { id: 'c', name: 'C', kind: 'control', parentId: 'nowhere' },
    ];
    model.assets = [];
    model.conduits = [];
    const layout = layoutDiagram(model);
    expect(layout.zones.map((z) => z.zone.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('places sticky notes, and gives an empty model an empty box', () => {
    expect(layoutDiagram(plantModel()).notes.map((n) => n.note.id)).toEqual(['n2']);
    const empty: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'x' },
      zones: [],
      assets: [],
      conduits: [],
    };
    expect(layoutDiagram(empty).bounds).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
