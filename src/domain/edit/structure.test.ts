import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../model/integrity';
import { LIMITS } from '../model/limits';
import type { Model } from '../model/schema';
import { addAsset, addConduit, addZone, CONDUIT_NAME_PART, conduitName } from './add';
import { clipName, idAllocator, uniqueName, withSuffix } from './ids';
import { moveElements, pinPositions, setPositions } from './positions';
import { removeElements, removeElementsDetailed } from './remove';
import { reparentAsset, reparentZone } from './reparent';

function base(): Model {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'test' },
    zones: [
      { id: 'ops', name: 'Ops', kind: 'operations' },
      { id: 'ctl', name: 'Control', kind: 'control' },
      { id: 'cell', name: 'Cell', kind: 'control', parentId: 'ctl' },
      { id: 'dmz', name: 'DMZ', kind: 'dmz' },
    ],
    assets: [
      { id: 'hist', name: 'Historian', type: 'historian', zoneId: 'ops' },
      { id: 'plc', name: 'PLC', type: 'plc', zoneId: 'cell' },
    ],
    conduits: [
      { id: 'c1', name: 'Ops ↔ Control', zoneIds: ['ops', 'ctl'], type: 'filtering' },
      {
        id: 'c3',
        name: 'three',
        zoneIds: ['dmz', 'ops', 'cell'],
        type: 'filtering',
        flows: [
          { from: 'dmz', to: 'ops', protocol: 'https', port: 443 },
          { from: 'ops', to: 'cell', protocol: 'modbus', port: 502 },
        ],
      },
    ],
    notes: [{ id: 'n1', text: 'check PLC', targetId: 'plc' }],
    diagram: { positions: { ops: { x: 0, y: 0, width: 400, height: 200 }, plc: { x: 20, y: 60 } } },
  };
}

function valid(m: Model) {
  expect(checkIntegrity(m)).toEqual([]);
}

describe('ids', () => {
  it('allocates unused, readable ids', () => {
    const m = base();
    m.zones.push({ id: 'zone-1', name: 'x', kind: 'field' });
    const next = idAllocator(m);
    expect(next('zone')).toBe('zone-2');
    expect(next('zone')).toBe('zone-3');
    expect(next('Wireless access point')).toBe('wireless-access-point-1');
    expect(uniqueName('PLC', new Set(['PLC', 'PLC 2']))).toBe('PLC 3');
  });
});

describe('names within the length limit', () => {
  it('clips with an ellipsis, never splitting a surrogate pair', () => {
    expect(clipName('Historian', 20)).toBe('Historian');
    expect(clipName('Historian', 5)).toBe('Hist…');
    // "ab😀c": cutting after 3 code units would leave half of the emoji.
    expect(clipName('ab\u{1F600}cd', 4)).toBe('ab…');
    expect(clipName('ab\u{1F600}cd', 5)).toBe('ab\u{1F600}…');
  });

  it('keeps a suffix visible and numbered names inside the limit', () => {
    const long = 'P'.repeat(LIMITS.name);
    const copy = withSuffix(long, ' copy');
    expect(copy).toHaveLength(LIMITS.name);
    expect(copy.endsWith('… copy')).toBe(true);
    const third = uniqueName(long, new Set([long, withSuffix(long, ' 2')]));
    expect(third).toHaveLength(LIMITS.name);
    expect(third.endsWith('… 3')).toBe(true);
  });

  it('names a conduit after its zones, each clipped to a readable length', () => {
    const a = { id: 'a', name: 'A'.repeat(200), kind: 'control' as const };
    const b = { id: 'b', name: 'Enterprise', kind: 'enterprise' as const };
    expect(conduitName([a, b], false)).toBe(`${'A'.repeat(CONDUIT_NAME_PART - 1)}… ↔ Enterprise`);
    expect(conduitName([b, { ...a, name: '' }], true)).toBe('Enterprise → a');
    const many = Array.from({ length: 200 }, (_, i) => ({ ...a, id: `z${i}` }));
    expect(conduitName(many, false).length).toBeLessThanOrEqual(LIMITS.name);
  });
});

describe('positions of elements whose ids are Object.prototype members', () => {
  it('never read a position through the prototype', () => {
    const m = base();
    m.assets.push({ id: 'constructor', name: 'C', type: 'plc', zoneId: 'ops' });
    const moved = moveElements(m, { constructor: { x: 5, y: 6 } });
    expect(moved.diagram?.positions.constructor).toEqual({ x: 5, y: 6 });
    expect(Object.hasOwn(moved.diagram!.positions, 'constructor')).toBe(true);
    const pinned = pinPositions(m, [{ id: 'toString', x: 1, y: 2 }]);
    expect(Object.hasOwn(pinned.diagram!.positions, 'toString')).toBe(true);
  });

  it('keep sub-pixel sizes valid (at least 1 after rounding)', () => {
    const m = setPositions(base(), { ops: { x: 0.2, y: 0, width: 0.3, height: 0.49 } });
    expect(m.diagram?.positions.ops).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });
});

describe('add', () => {
  it('adds a zone with a position and keeps other elements identical', () => {
    const m = base();
    const { model, id } = addZone(m, {
      kind: 'safety',
      position: { x: 10.4, y: 20 },
      size: { width: 300, height: 180 },
    });
    expect(model.zones.at(-1)).toEqual({ id, name: 'Safety', kind: 'safety' });
    expect(model.diagram?.positions[id]).toEqual({ x: 10, y: 20, width: 300, height: 180 });
    expect(model.assets).toBe(m.assets);
    expect(model.zones[0]).toBe(m.zones[0]);
    valid(model);
  });

  it('nests a zone and refuses unknown parents', () => {
    const { model, id } = addZone(base(), { kind: 'field', parentId: 'ctl', position: { x: 1, y: 2 } });
    expect(model.zones.find((z) => z.id === id)?.parentId).toBe('ctl');
    expect(() => addZone(base(), { kind: 'field', parentId: 'nope', position: { x: 0, y: 0 } })).toThrow(
      /unknown parent/,
    );
  });

  it('adds an asset into a zone with a unique default name', () => {
    const { model, id } = addAsset(base(), { type: 'plc', zoneId: 'ops', position: { x: 16, y: 56 } });
    expect(id).toBe('plc-1');
    expect(model.assets.at(-1)).toEqual({ id: 'plc-1', name: 'PLC 2', type: 'plc', zoneId: 'ops' });
    valid(model);
    expect(() => addAsset(base(), { type: 'plc', zoneId: 'nope', position: { x: 0, y: 0 } })).toThrow(
      /unknown zone/,
    );
  });

  it('adds a filtering conduit named after its zones', () => {
    const { model, id } = addConduit(base(), { zoneIds: ['dmz', 'ctl'] });
    expect(model.conduits.find((c) => c.id === id)).toEqual({
      id,
      name: 'DMZ ↔ Control',
      zoneIds: ['dmz', 'ctl'],
      type: 'filtering',
    });
    expect(() => addConduit(base(), { zoneIds: ['dmz', 'dmz'] })).toThrow();
    expect(() => addConduit(base(), { zoneIds: ['dmz'] })).toThrow();
    expect(() => addConduit(base(), { zoneIds: ['dmz', 'x'] })).toThrow(/unknown zone/);
  });
});

describe('positions', () => {
  it('moves keeping size, rounds, and returns the same model when nothing changes', () => {
    const m = base();
    const moved = moveElements(m, { ops: { x: 5.6, y: 7 } });
    expect(moved.diagram?.positions.ops).toEqual({ x: 6, y: 7, width: 400, height: 200 });
    expect(moved.zones).toBe(m.zones);
    expect(moveElements(moved, { ops: { x: 6, y: 7 } })).toBe(moved);
    expect(setPositions(m, { nothing: undefined })).toBe(m);
  });

  it('pins only elements without a stored position', () => {
    const m = base();
    const pinned = pinPositions(m, [
      { id: 'ops', x: 999, y: 999 },
      { id: 'ctl', x: 0, y: 300 },
    ]);
    expect(pinned.diagram?.positions.ops).toEqual(m.diagram?.positions.ops);
    expect(pinned.diagram?.positions.ctl).toEqual({ x: 0, y: 300 });
    expect(pinPositions(pinned, [{ id: 'ctl', x: 1, y: 1 }])).toBe(pinned);
  });
});

describe('reparent', () => {
  it('moves an asset to another zone with its new relative position', () => {
    const m = base();
    const next = reparentAsset(m, 'plc', 'ops', { x: 30, y: 70 });
    expect(next.assets.find((a) => a.id === 'plc')?.zoneId).toBe('ops');
    expect(next.diagram?.positions.plc).toEqual({ x: 30, y: 70 });
    expect(next.assets[0]).toBe(m.assets[0]);
    valid(next);
  });

  it('nests and un-nests zones and refuses cycles', () => {
    const m = base();
    const nested = reparentZone(m, 'dmz', 'ops', { x: 10, y: 50 });
    expect(nested.zones.find((z) => z.id === 'dmz')?.parentId).toBe('ops');
    const top = reparentZone(m, 'cell', undefined, { x: 500, y: 0 });
    expect(top.zones.find((z) => z.id === 'cell')).toEqual({ id: 'cell', name: 'Cell', kind: 'control' });
    expect(() => reparentZone(m, 'ctl', 'cell', { x: 0, y: 0 })).toThrow(/inside itself/);
    expect(() => reparentZone(m, 'ctl', 'ctl', { x: 0, y: 0 })).toThrow(/inside itself/);
  });
});

describe('remove', () => {
  it('cascades a zone deletion to nested zones, assets, conduits, notes and positions', () => {
    const m = base();
    const { model, removed } = removeElementsDetailed(m, ['ctl']);
    expect([...removed].sort()).toEqual(['c1', 'cell', 'ctl', 'n1', 'plc']);
    expect(model.zones.map((z) => z.id)).toEqual(['ops', 'dmz']);
    // the three-zone conduit still joins two zones: it keeps them and drops the flow to the cell
    expect(model.conduits).toEqual([
      {
        id: 'c3',
        name: 'three',
        zoneIds: ['dmz', 'ops'],
        type: 'filtering',
        flows: [{ from: 'dmz', to: 'ops', protocol: 'https', port: 443 }],
      },
    ]);
    expect(model.diagram?.positions.plc).toBeUndefined();
    expect(model.assets[0]).toBe(m.assets[0]);
    valid(model);
  });

  it('removes just an asset or a conduit, and nothing for unknown ids', () => {
    const m = base();
    const noAsset = removeElements(m, ['hist']);
    expect(noAsset.assets.map((a) => a.id)).toEqual(['plc']);
    expect(noAsset.zones).toBe(m.zones);
    expect(noAsset.conduits).toBe(m.conduits);
    expect(removeElements(m, ['c1']).conduits.map((c) => c.id)).toEqual(['c3']);
    expect(removeElements(m, ['unknown'])).toBe(m);
  });
});
