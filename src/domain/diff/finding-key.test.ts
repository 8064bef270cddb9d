import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { generatePlant } from '../generate/plant-generator';
import { findingKey } from './finding-key';

describe('findingKey', () => {
  it('is rule:kind:id', () => {
    expect(findingKey({ rule: 'zone-empty', subject: { kind: 'zone', id: 'z1' } })).toBe(
      'zone-empty:zone:z1',
    );
  });

  it('is unique among the findings of a generated plant (one finding per rule and subject)', () => {
    for (const seed of [1, 2, 3]) {
      const keys = evaluate(generatePlant('M', seed)).findings.map(findingKey);
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
