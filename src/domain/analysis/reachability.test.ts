import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../test-support/analysis-fixtures';
import { blastRadius } from './reachability';

function reach(m: ReturnType<typeof model>, from: string) {
  const r = blastRadius(m, from);
  if (!r.ok) throw new Error(r.message);
  return r.result;
}
const summary = (m: ReturnType<typeof model>, from: string) =>
  reach(m, from).reachable.map((z) => [z.zone, z.barriers]);

describe('blastRadius', () => {
  it('follows a forward conduit only from its first zone', () => {
    const m = model([zone('a'), zone('b')], [conduit('c1', ['a', 'b'], { direction: 'forward' })]);
    expect(summary(m, 'a')).toEqual([['b', 0]]);
    expect(summary(m, 'b')).toEqual([]);
    expect(reach(m, 'b').unreachable).toEqual(['a']);
  });

  it('treats a unidirectional gateway as one-way even without a direction field', () => {
    const m = model(
      [zone('ctl'), zone('dmz', 'dmz')],
      [conduit('diode', ['ctl', 'dmz'], { type: 'unidirectional' })],
    );
    expect(summary(m, 'ctl')).toEqual([['dmz', 1]]);
    expect(summary(m, 'dmz')).toEqual([]);
  });

  it('counts filtering barriers on the best path and reports that path with its conduits', () => {
    // a —fw— b → c is 1 barrier; a — d — c is 0: the attacker takes the open route.
    const m = model(
      [zone('a'), zone('b'), zone('c'), zone('d')],
      [
        conduit('ab', ['a', 'b'], { type: 'filtering' }),
        conduit('bc', ['b', 'c'], { direction: 'forward' }),
        conduit('ad', ['a', 'd']),
        conduit('dc', ['d', 'c'], { controls: ['vpn'] }),
      ],
    );
    const r = reach(m, 'a');
    expect(r.reachable.map((z) => [z.zone, z.barriers])).toEqual([
      ['c', 0],
      ['d', 0],
      ['b', 1],
    ]);
    const c = r.reachable.find((z) => z.zone === 'c')!;
    expect(c.path).toEqual(['a', 'd', 'c']);
    expect(c.steps).toEqual([
      { from: 'a', to: 'd', conduit: 'ad', barrier: false },
      { from: 'd', to: 'c', conduit: 'dc', barrier: false },
    ]);
  });

  it('counts a gateway with a firewall control as a barrier', () => {
    const m = model([zone('a'), zone('b')], [conduit('ab', ['a', 'b'], { controls: ['firewall'] })]);
    expect(summary(m, 'a')).toEqual([['b', 1]]);
    expect(reach(m, 'a').reachable[0]!.steps[0]).toMatchObject({ conduit: 'ab', barrier: true });
  });

  it('walks a bidirectional multi-zone conduit between every pair of its zones', () => {
    const m = model(
      [zone('a'), zone('b'), zone('c')],
      [conduit('hub', ['a', 'b', 'c'], { type: 'filtering' })],
    );
    expect(summary(m, 'b')).toEqual([
      ['a', 1],
      ['c', 1],
    ]);
  });

  it('walks a forward multi-zone conduit from its first zone to each other zone, never between them', () => {
    const m = model(
      [zone('a'), zone('b'), zone('c')],
      [conduit('fan', ['a', 'b', 'c'], { direction: 'forward' })],
    );
    expect(summary(m, 'a')).toEqual([
      ['b', 0],
      ['c', 0],
    ]);
    expect(summary(m, 'b')).toEqual([]);
  });

  it('terminates on cycles and keeps the minimum', () => {
    const m = model(
      [zone('a'), zone('b'), zone('c')],
      [
        conduit('ab', ['a', 'b'], { type: 'filtering' }),
        conduit('bc', ['b', 'c'], { type: 'filtering' }),
        conduit('ca', ['c', 'a'], { type: 'filtering' }),
      ],
    );
    expect(summary(m, 'a')).toEqual([
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('orders by barriers, then zone id', () => {
    const m = model(
      [zone('z'), zone('y'), zone('x'), zone('src')],
      [
        conduit('1', ['src', 'z']),
        conduit('2', ['src', 'y'], { type: 'filtering' }),
        conduit('3', ['src', 'x']),
      ],
    );
    expect(summary(m, 'src')).toEqual([
      ['x', 0],
      ['z', 0],
      ['y', 1],
    ]);
  });

  describe('nested zones', () => {
    it('a nested zone without conduits of its own shares its parent boundary, both ways', () => {
      const m = model(
        [
          zone('area', 'supervisory'),
          zone('cell', 'control', { parentId: 'area' }),
          zone('ops', 'operations'),
        ],
        [conduit('up', ['ops', 'area'], { type: 'filtering' })],
      );
      expect(summary(m, 'area')).toEqual([
        ['cell', 0],
        ['ops', 1],
      ]);
      expect(summary(m, 'cell')).toEqual([
        ['area', 0],
        ['ops', 1],
      ]);
      // Reached through the parent's conduit: one barrier, the hop into the child is no conduit.
      const cell = reach(m, 'ops').reachable.find((z) => z.zone === 'cell')!;
      expect(cell).toMatchObject({ barriers: 1, path: ['ops', 'area', 'cell'] });
      expect(cell.steps[1]).toEqual({ from: 'area', to: 'cell', conduit: null, barrier: false });
    });

    it('a nested zone with its own conduit is entered only through it', () => {
      const m = model(
        [zone('area', 'supervisory'), zone('cell', 'control', { parentId: 'area' })],
        [conduit('cellfw', ['area', 'cell'], { type: 'filtering', direction: 'forward' })],
      );
      expect(summary(m, 'area')).toEqual([['cell', 1]]);
      expect(summary(m, 'cell')).toEqual([]); // forward conduit: the cell cannot reach back
    });

    it('a conduit to a sibling also gives the nested zone its own boundary', () => {
      const m = model(
        [
          zone('site', 'operations'),
          zone('l2', 'supervisory', { parentId: 'site' }),
          zone('l1', 'control', { parentId: 'site' }),
        ],
        [conduit('fw', ['l2', 'l1'], { type: 'filtering' })],
      );
      expect(summary(m, 'site')).toEqual([]);
      expect(summary(m, 'l2')).toEqual([['l1', 1]]);
    });

    it('a conduit only into its own nested zone does not count as a boundary of its own', () => {
      const m = model(
        [zone('p'), zone('c', 'control', { parentId: 'p' }), zone('g', 'control', { parentId: 'c' })],
        [conduit('cg', ['c', 'g'], { type: 'filtering' })],
      );
      // c shares p's boundary; g has its own (the conduit to c).
      expect(summary(m, 'p')).toEqual([
        ['c', 0],
        ['g', 1],
      ]);
    });

    it('stays finite on a cycle of parents (invalid input)', () => {
      const m = model([zone('a', 'control', { parentId: 'b' }), zone('b', 'control', { parentId: 'a' })]);
      expect(summary(m, 'a')).toEqual([['b', 0]]);
    });
  });

  it('starts from the zone of a compromised asset', () => {
    const m = model([zone('a'), zone('b')], [conduit('ab', ['a', 'b'])], [asset('plc1', 'a')]);
    const r = reach(m, 'plc1');
    expect(r.from).toBe('a');
    expect(r.fromAsset).toBe('plc1');
    expect(r.reachable.map((z) => z.zone)).toEqual(['b']);
  });

  it('rejects an unknown id with a message naming it', () => {
    const r = blastRadius(model([zone('a')]), 'nope');
    expect(r).toEqual({ ok: false, message: 'no zone or asset has id "nope"' });
  });
});
