import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap } from './layered-map';

describe('LayeredMap', () => {
  it('behaves like a copied Map under any sequence of changes, leaving earlier versions intact', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.option(fc.nat(), { nil: undefined })), {
            maxLength: 60,
          }),
          {
            maxLength: 20,
          },
        ),
        (steps) => {
          let layered = LayeredMap.of(new Map<string, number>([['k1', 1]]));
          let plain = new Map<string, number>([['k1', 1]]);
          const history: Array<[LayeredMap<number>, Map<string, number>]> = [];
          for (const step of steps) {
            const changes = new Map(step.map(([k, v]) => [`k${k}`, v] as const));
            layered = layered.with(changes);
            plain = new Map(plain);
            for (const [k, v] of changes) {
              if (v === undefined) plain.delete(k);
              else plain.set(k, v);
            }
            history.push([layered, plain]);
          }
          const keys = Array.from({ length: 301 }, (_, k) => `k${k}`);
          for (const [l, p] of history) {
            expect(l.size).toBe(p.size);
            expect(new Map(l)).toEqual(p);
            expect(keys.map((k) => [l.get(k), l.has(k)])).toEqual(keys.map((k) => [p.get(k), p.has(k)]));
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it('iterates keys, values and forEach consistently', () => {
    const m = LayeredMap.of(new Map([['a', 1]])).with([
      ['b', 2],
      ['a', undefined],
    ]);
    expect([...m.keys()]).toEqual(['b']);
    expect([...m.values()]).toEqual([2]);
    const seen: string[] = [];
    m.forEach((v, k) => {
      seen.push(`${k}=${v}`);
    });
    expect(seen).toEqual(['b=2']);
  });
});
