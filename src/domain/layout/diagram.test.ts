import { describe, expect, it } from 'vitest';
import { plantModel } from '../../../test-support/export-fixtures';
import type { Model } from '../model/schema';
import { layoutDiagram } from './diagram';
import { type Box, SIZE } from './geometry';

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
    const sis = layout.zone.get('sis')!;
    expect(sis.abs).toMatchObject({ x: 380, y: 750, width: 280, height: 150 });
    expect(sis.rel).toMatchObject({ x: 380, y: 70 });
    const sis1 = layout.assets.find((a) => a.asset.id === 'sis1')!;
    expect(sis1.abs).toMatchObject({ x: 400, y: 820, width: SIZE.assetWidth, height: SIZE.assetHeight });
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
      if (z.parentId) expect(inside(z.abs, layout.zone.get(z.parentId)!.abs)).toBe(true);
    for (const a of layout.assets) {
      expect(inside(a.abs, layout.zone.get(a.asset.zoneId)!.abs)).toBe(true);
      for (const b of layout.assets) if (a !== b) expect(overlap(a.abs, b.abs)).toBe(false);
    }
    const y = (id: string) => layout.zone.get(id)!.abs.y;
    expect(y('ent')).toBeLessThan(y('dmz'));
    expect(y('dmz')).toBeLessThan(y('sup'));
    expect(y('sup')).toBeLessThan(y('ctl'));
  });

  it('grows a zone so that content placed beyond its stored size stays inside', () => {
    const model = plantModel();
    model.diagram!.positions.erp = { x: 600, y: 300 };
    const ent = layoutDiagram(model).zone.get('ent')!;
    expect(ent.abs.width).toBeGreaterThanOrEqual(600 + SIZE.assetWidth);
    expect(ent.abs.height).toBeGreaterThanOrEqual(300 + SIZE.assetHeight);
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
    expect(layoutDiagram(empty).extent).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('places sticky notes as the canvas does: stored box, else a column right of the zones', () => {
    const model = plantModel();
    model.notes = [
      { id: 'constructor', text: 'no stored position (and an id Object.prototype has)' },
      { id: 'placed', text: 'stored, no size' },
      { id: 'sized', text: 'stored with size' },
      { id: 'c1', text: 'comment, not drawn', targetId: 'ent' },
      { id: 'loose', text: 'no stored position' },
    ];
    model.diagram!.positions.placed = { x: -300, y: 10 };
    model.diagram!.positions.sized = { x: -300, y: 400, width: 280, height: 140 };
    const layout = layoutDiagram(model);
    const box = (id: string) => layout.notes.find((n) => n.note.id === id)?.box;
    expect(layout.notes.map((n) => n.note.id)).toEqual(['constructor', 'placed', 'sized', 'loose']);
    expect(box('placed')).toEqual({ x: -300, y: 10, width: SIZE.noteWidth, height: SIZE.noteHeight });
    expect(box('sized')).toEqual({ x: -300, y: 400, width: 280, height: 140 });
    const right = layout.bounds.x + layout.bounds.width;
    expect(box('constructor')).toMatchObject({ y: layout.bounds.y, width: SIZE.noteWidth });
    expect(box('constructor')!.x).toBeGreaterThan(right);
    expect(box('loose')!.x).toBe(box('constructor')!.x);
    expect(box('loose')!.y).toBeGreaterThan(box('constructor')!.y + SIZE.noteHeight);
    // The extent covers the zones and every note.
    const e = layout.extent;
    expect(e.x).toBe(-300);
    expect(e.x + e.width).toBe(box('loose')!.x + SIZE.noteWidth);
    expect(e.y + e.height).toBeGreaterThanOrEqual(540);
  });
});
