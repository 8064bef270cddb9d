import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoxGrid, type GridBox } from './box-grid';

/** Closed boxes that share at least a point (touching counts). */
const touches = (a: GridBox, b: GridBox) =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

const coordinate = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -5000, max: 5000, noNaN: true }),
  fc.constantFrom(-3e8, 3e8, 1e12),
);
const box = fc.record({
  x: coordinate,
  y: coordinate,
  width: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(100_000, 1e9)),
  height: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(100_000, 1e9)),
});

describe('BoxGrid', () => {
  it('finds every box that touches the query, each once, in insertion order', () => {
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 60 }),
        fc.array(box, { minLength: 1, maxLength: 10 }),
        (boxes, queries) => {
          const grid = new BoxGrid(100);
          for (const b of boxes) grid.add(b);
          for (const q of queries) {
            const near = grid.near(q);
            expect([...near].sort((a, b) => a - b)).toEqual(near);
            expect(new Set(near).size).toBe(near.length);
            const expected = boxes.flatMap((b, i) => (touches(b, q) ? [i] : []));
            for (const i of expected) expect(near).toContain(i);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns only nearby boxes, not everything', () => {
    const grid = new BoxGrid(100);
    for (let i = 0; i < 100; i++) grid.add({ x: i * 200, y: 0, width: 50, height: 50 });
    expect(grid.near({ x: 1010, y: 10, width: 20, height: 20 })).toEqual([5]);
    expect(grid.near({ x: 5000, y: 5000, width: 10, height: 10 })).toEqual([]);
  });

  it('keeps boxes too large to bucket, and boxes with non-finite sides, in every answer', () => {
    const grid = new BoxGrid(10);
    grid.add({ x: 0, y: 0, width: 5, height: 5 });
    grid.add({ x: -1e6, y: -1e6, width: 2e6, height: 2e6 });
    grid.add({ x: Number.NaN, y: 0, width: 1, height: 1 });
    expect(grid.near({ x: 500, y: 500, width: 1, height: 1 })).toEqual([1, 2]);
    expect(grid.near({ x: 1, y: 1, width: 1, height: 1 })).toEqual([0, 1, 2]);
  });

  it('answers a query with non-finite sides with every box', () => {
    const grid = new BoxGrid(10);
    grid.add({ x: 0, y: 0, width: 5, height: 5 });
    grid.add({ x: 900, y: 900, width: 5, height: 5 });
    expect(
      grid.near({ x: Number.POSITIVE_INFINITY, y: 0, width: Number.NEGATIVE_INFINITY, height: 1 }),
    ).toEqual([0, 1]);
  });
});
