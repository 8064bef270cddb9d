import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../model/integrity';
import type { Model } from '../model/schema';
import { extractFragment, parseFragment, pasteFragment } from './fragment';

function base(): Model {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'test' },
    zones: [
      { id: 'plant', name: 'Plant', kind: 'operations' },
      { id: 'ctl', name: 'Control', kind: 'control', parentId: 'plant', slTarget: 2 },
      { id: 'cell', name: 'Cell', kind: 'field', parentId: 'ctl' },
      { id: 'ops', name: 'Ops', kind: 'operations' },
    ],
    assets: [
      { id: 'plc', name: 'PLC A', type: 'plc', zoneId: 'ctl', slCapability: 2 },
      { id: 'io', name: 'IO', type: 'io-module', zoneId: 'cell' },
      { id: 'hist', name: 'Historian', type: 'historian', zoneId: 'ops' },
    ],
    conduits: [
      {
        id: 'inner',
        name: 'Control ↔ Cell',
        zoneIds: ['ctl', 'cell'],
        type: 'filtering',
        flows: [{ from: 'ctl', to: 'cell', protocol: 'profinet' }],
      },
      { id: 'outer', name: 'Ops ↔ Control', zoneIds: ['ops', 'ctl'], type: 'filtering' },
    ],
    diagram: {
      positions: {
        plant: { x: 0, y: 0, width: 900, height: 600 },
        ctl: { x: 20, y: 60, width: 500, height: 400 },
        cell: { x: 20, y: 150, width: 300, height: 200 },
        plc: { x: 16, y: 56 },
        io: { x: 16, y: 56 },
        ops: { x: 1000, y: 0 },
        hist: { x: 16, y: 56 },
      },
    },
  };
}

describe('copy and paste', () => {
  it('copies a zone with nested zones, assets and inner conduits only', () => {
    const f = extractFragment(base(), ['ctl'])!;
    expect(f.zones.map((z) => z.id)).toEqual(['ctl', 'cell']);
    expect(f.assets.map((a) => a.id)).toEqual(['plc', 'io']);
    expect(f.conduits.map((c) => c.id)).toEqual(['inner']);
    expect(f.roots).toEqual({ ctl: { x: 20, y: 60 } });
    expect(extractFragment(base(), ['outer'])).toBeNull();
  });

  it('pastes with fresh ids, remapped references, same parent and an offset', () => {
    const m = base();
    const f = parseFragment(JSON.parse(JSON.stringify(extractFragment(m, ['ctl']))))!;
    const { model, rootIds, idMap } = pasteFragment(m, f, { offset: { x: 40, y: 40 } });
    expect(checkIntegrity(model)).toEqual([]);
    expect(rootIds).toEqual(['zone-1']);
    const ctl2 = model.zones.find((z) => z.id === 'zone-1')!;
    expect(ctl2).toMatchObject({ name: 'Control copy', parentId: 'plant', slTarget: 2 });
    const cell2 = model.zones.find((z) => z.id === idMap.get('cell'))!;
    expect(cell2.parentId).toBe('zone-1');
    expect(model.assets.find((a) => a.id === idMap.get('plc'))).toMatchObject({
      zoneId: 'zone-1',
      slCapability: 2,
    });
    const inner2 = model.conduits.find((c) => c.id === idMap.get('inner'))!;
    expect(inner2.zoneIds).toEqual(['zone-1', idMap.get('cell')]);
    expect(inner2.flows).toEqual([{ from: 'zone-1', to: idMap.get('cell'), protocol: 'profinet' }]);
    expect(model.conduits).toHaveLength(3);
    expect(model.diagram?.positions['zone-1']).toEqual({ x: 60, y: 100, width: 500, height: 400 });
    expect(model.diagram?.positions[idMap.get('cell')!]).toEqual({ x: 20, y: 150, width: 300, height: 200 });
    // untouched elements keep their identity
    expect(model.zones[0]).toBe(m.zones[0]);
  });

  it('pastes assets into a chosen zone, keeping their arrangement', () => {
    const m = base();
    const f = extractFragment(m, ['plc', 'hist'])!;
    const { model, rootIds } = pasteFragment(m, f, {
      into: 'cell',
      origin: { x: 16, y: 56 },
      offset: { x: 0, y: 0 },
    });
    expect(checkIntegrity(model)).toEqual([]);
    expect(rootIds).toHaveLength(2);
    const pasted = rootIds.map((id) => model.assets.find((a) => a.id === id)!);
    expect(pasted.every((a) => a.zoneId === 'cell')).toBe(true);
    const [p1, p2] = rootIds.map((id) => model.diagram!.positions[id]!);
    // plc was at absolute (36,116), historian at (1016,56): relative arrangement kept from the origin
    expect(p1).toEqual({ x: 16, y: 116 });
    expect(p2).toEqual({ x: 996, y: 56 });
  });

  it('pastes a zone into another diagram at its absolute place; refuses loose assets there', () => {
    const f = extractFragment(base(), ['cell', 'hist'])!;
    const empty: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'x' },
      zones: [],
      assets: [],
      conduits: [],
    };
    expect(() => pasteFragment(empty, f, { offset: { x: 10, y: 10 } })).toThrow(/live in a zone/);
    const zoneOnly = extractFragment(base(), ['cell'])!;
    const { model } = pasteFragment(empty, zoneOnly, { offset: { x: 10, y: 10 } });
    expect(checkIntegrity(model)).toEqual([]);
    expect(model.zones).toEqual([{ id: 'zone-1', name: 'Cell', kind: 'field' }]);
    expect(model.diagram?.positions['zone-1']).toEqual({ x: 50, y: 220, width: 300, height: 200 });
  });

  it('rejects malformed or cyclic fragments', () => {
    expect(parseFragment({ format: 'ot-zones' })).toBeNull();
    expect(parseFragment('text')).toBeNull();
    const f = extractFragment(base(), ['ctl'])!;
    const cyclic = { ...f, zones: f.zones.map((z) => (z.id === 'ctl' ? { ...z, parentId: 'cell' } : z)) };
    expect(parseFragment(JSON.parse(JSON.stringify(cyclic)))).toBeNull();
    const dup = { ...f, assets: [...f.assets, f.assets[0]] };
    expect(parseFragment(JSON.parse(JSON.stringify(dup)))).toBeNull();
  });
});
