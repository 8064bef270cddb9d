import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelArb } from '../../../test-support/fuzz/arbitraries';
import { applySteps, editStepArb } from '../../../test-support/fuzz/edits';
import { conduit, model, zone } from '../../../test-support/rule-model';
import { isItSide } from '../catalog/zone-kinds';
import { buildIndex } from '../model/derive';
import type { Model } from '../model/schema';
import { minBarriersFrom } from './barriers';
import {
  buildReachIndex,
  hasOwnBoundary,
  minReachFrom,
  reachIndexOf,
  sameNesting,
  sameReachGraph,
} from './reach';

describe('reach over conduits and shared nesting boundaries', () => {
  const area = zone('area', 'supervisory');
  const cell = zone('cell', 'control', { parentId: 'area' });
  const ops = zone('ops', 'operations');

  it('links a nested zone without conduits of its own to its parent, both ways, at no barrier', () => {
    const reach = buildReachIndex(
      model({ zones: [area, cell, ops], conduits: [conduit('up', ['ops', 'area'])] }),
    );
    expect(reach.links).toEqual([
      { id: 'nesting:area>cell', name: '', zoneIds: ['area', 'cell'], type: 'gateway' },
    ]);
    expect(reach.nestingLinks).toEqual(new Set(['nesting:area>cell']));
    expect(reach.index.conduit.has('nesting:area>cell')).toBe(false); // the index stays the model's own
    expect(minReachFrom(reach, ['ops']).get('cell')).toEqual({
      barriers: 1,
      path: ['ops', 'area', 'cell'],
      via: ['up', 'nesting:area>cell'],
    });
    expect(minReachFrom(reach, ['cell']).get('ops')?.barriers).toBe(1);
    // The plain conduit graph alone does not reach the cell.
    expect(minBarriersFrom(reach.index, ['ops']).has('cell')).toBe(false);
  });

  it('gives no link to a zone with a conduit of its own, and keeps link ids apart from conduit ids', () => {
    const own = buildReachIndex(
      model({ zones: [area, cell, ops], conduits: [conduit('fw', ['ops', 'cell'])] }),
    );
    expect(hasOwnBoundary('cell', own.index)).toBe(true);
    expect(own.links).toEqual([]);
    expect(minReachFrom(own, ['area']).has('cell')).toBe(false);

    const clash = buildReachIndex(
      model({ zones: [area, cell, ops], conduits: [conduit('nesting:area>cell', ['ops', 'area'])] }),
    );
    expect(clash.links.map((l) => l.id)).toEqual(["nesting:area>cell'"]);
  });

  it("works on any index, e.g. the engine's live one", () => {
    const m = model({ zones: [area, cell], conduits: [] });
    expect(reachIndexOf(buildIndex(m)).links).toHaveLength(1);
  });
});

describe('sameNesting / sameReachGraph', () => {
  const zones = [zone('a', 'control'), zone('b', 'control', { parentId: 'a' })];
  const conduits = [conduit('ab', ['a', 'b'])];

  it('ignore names, kinds and targets but notice parents, ids, order and count', () => {
    expect(sameNesting(zones, [{ ...zones[0]!, name: 'x', slTarget: 3 }, zones[1]!])).toBe(true);
    expect(sameNesting(zones, [zones[0]!, { ...zones[1]!, parentId: undefined }])).toBe(false);
    expect(sameNesting(zones, [zones[0]!, { ...zones[1]!, id: 'c' }])).toBe(false);
    expect(sameNesting(zones, [zones[1]!, zones[0]!])).toBe(false);
    expect(sameNesting(zones, [zones[0]!])).toBe(false);
  });

  it('needs both the barrier graph and the nesting unchanged', () => {
    const base = { zones, conduits };
    expect(sameReachGraph(base, { zones: [...zones], conduits: [...conduits] })).toBe(true);
    expect(sameReachGraph(base, { zones, conduits: [{ ...conduits[0]!, type: 'gateway' }] })).toBe(false);
    expect(
      sameReachGraph(base, { zones: [zones[0]!, { ...zones[1]!, parentId: undefined }], conduits }),
    ).toBe(false);
  });

  it('is a sound cache key: along random edits, an unchanged reach graph gives the same search', () => {
    const search = (m: Model, sources: string[]) => minReachFrom(buildReachIndex(m), sources);
    fc.assert(
      fc.property(
        modelArb({ maxZones: 5, maxAssets: 4, maxConduits: 4, text: 'plain' }),
        fc.array(editStepArb('plain'), { minLength: 1, maxLength: 15 }),
        (start, steps) => {
          let prev = start;
          applySteps(start, steps, (next, step) => {
            if (sameReachGraph(prev, next)) {
              const sources = [...prev.zones.filter(isItSide), ...prev.zones.slice(0, 1)].map((z) => z.id);
              expect(search(next, sources), `after "${step.label}"`).toEqual(search(prev, sources));
            }
            prev = next;
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
