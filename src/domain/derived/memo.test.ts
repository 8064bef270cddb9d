import { describe, expect, it } from 'vitest';
import { memoPerObject } from './memo';

describe('memoPerObject', () => {
  it('computes once per key and hands the latest entry to the next computation', () => {
    const seen: Array<number | undefined> = [];
    const double = memoPerObject<{ n: number }, number>((key, previous) => {
      seen.push(previous?.value);
      return key.n * 2;
    });
    const a = { n: 1 };
    const b = { n: 2 };
    expect(double(a)).toBe(2);
    expect(double(a)).toBe(2);
    expect(double(b)).toBe(4);
    expect(double(a)).toBe(2);
    expect(seen).toEqual([undefined, 2]);
  });

  it('forgets keys beyond the most recent few', () => {
    let runs = 0;
    const id = memoPerObject<object, number>(() => ++runs);
    const first = {};
    id(first);
    for (let i = 0; i < 8; i++) id({});
    expect(id(first)).toBe(10);
  });
});
