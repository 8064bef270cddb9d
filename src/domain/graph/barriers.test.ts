import { describe, expect, it } from 'vitest';
import { conduit, model, zone } from '../../../test-support/rule-model';
import { buildIndex } from '../model/derive';
import { minBarriersFrom, sameBarrierGraph } from './barriers';

const zones = ['a', 'b', 'c', 'd'].map((id) => zone(id, 'operations'));

describe('minBarriersFrom', () => {
  it('counts filtering conduits as 1 and others as 0, keeping the cheapest path', () => {
    const index = buildIndex(
      model({
        zones,
        conduits: [
          conduit('ab', ['a', 'b']), // filtering type: 1
          conduit('bc', ['b', 'c'], { type: 'gateway' }), // 0
          conduit('ad', ['a', 'd'], { type: 'gateway' }), // 0
          conduit('dc', ['d', 'c'], { type: 'gateway', controls: ['firewall'] }), // 1 (filtering control)
        ],
      }),
    );
    const reach = minBarriersFrom(index, ['a']);
    expect(reach.get('a')).toEqual({ barriers: 0, path: ['a'], via: [] });
    expect(reach.get('d')).toEqual({ barriers: 0, path: ['a', 'd'], via: ['ad'] });
    expect(reach.get('b')?.barriers).toBe(1);
    expect(reach.get('c')?.barriers).toBe(1);
    expect(reach.get('c')?.path).toHaveLength(3);
  });

  it('prefers a longer path with fewer barriers', () => {
    const index = buildIndex(
      model({
        zones,
        conduits: [
          conduit('ad', ['a', 'd'], { type: 'unidirectional' }),
          conduit('ab', ['a', 'b'], { type: 'gateway' }),
          conduit('bc', ['b', 'c'], { type: 'gateway' }),
          conduit('cd', ['c', 'd'], { type: 'gateway' }),
        ],
      }),
    );
    expect(minBarriersFrom(index, ['a']).get('d')).toEqual({
      barriers: 0,
      path: ['a', 'b', 'c', 'd'],
      via: ['ab', 'bc', 'cd'],
    });
  });

  it('follows forward conduits only from their first zone and fans out of multi-zone conduits', () => {
    const index = buildIndex(
      model({
        zones,
        conduits: [
          conduit('fw', ['b', 'a', 'c'], { type: 'gateway', direction: 'forward' }),
          conduit('m', ['a', 'd', 'c'], { type: 'gateway' }),
        ],
      }),
    );
    const fromA = minBarriersFrom(index, ['a']);
    expect(fromA.has('b')).toBe(false);
    expect(fromA.get('c')?.via).toEqual(['m']);
    const fromB = minBarriersFrom(index, ['b']);
    expect(fromB.get('c')).toEqual({ barriers: 0, path: ['b', 'c'], via: ['fw'] });
    expect(fromB.get('d')?.path).toEqual(['b', 'a', 'd']);
  });

  it('starts from every source at once and ignores unknown source ids', () => {
    const index = buildIndex(
      model({ zones, conduits: [conduit('ab', ['a', 'b']), conduit('cb', ['c', 'b'], { type: 'gateway' })] }),
    );
    const reach = minBarriersFrom(index, ['a', 'c', 'nope']);
    expect(reach.get('b')).toEqual({ barriers: 0, path: ['c', 'b'], via: ['cb'] });
    expect(reach.has('nope')).toBe(false);
    expect(reach.has('d')).toBe(false);
  });
});

describe('sameBarrierGraph', () => {
  const base = [conduit('ab', ['a', 'b'], { type: 'gateway' }), conduit('bc', ['b', 'c'])];

  it('ignores changes that do not touch hops or barrier costs', () => {
    const edited = [{ ...base[0]!, slCapability: 3, controls: ['mfa'], flows: [] }, base[1]!];
    expect(sameBarrierGraph(base, edited)).toBe(true);
    expect(sameBarrierGraph(base, [base[0]!, { ...base[1]!, zoneIds: ['b', 'c'] }])).toBe(true);
  });

  it('notices a new barrier, a direction change, other zones, order or count', () => {
    expect(sameBarrierGraph(base, [{ ...base[0]!, controls: ['firewall'] }, base[1]!])).toBe(false);
    expect(sameBarrierGraph(base, [{ ...base[0]!, direction: 'forward' }, base[1]!])).toBe(false);
    expect(sameBarrierGraph(base, [{ ...base[0]!, zoneIds: ['a', 'c'] }, base[1]!])).toBe(false);
    expect(sameBarrierGraph(base, [base[1]!, base[0]!])).toBe(false);
    expect(sameBarrierGraph(base, [base[0]!])).toBe(false);
  });
});
