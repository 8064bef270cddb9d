import { describe, expect, it } from 'vitest';
import { asset } from '../../../test-support/rule-model';
import { ASSET_TYPES } from '../catalog/asset-types';
import { assetTraits } from '../model/derive';
import { shortfalls } from '../security-level';
import { assetFlag, fallsShort } from './levels';

describe('fallsShort', () => {
  it('agrees with shortfalls() on numbers and vectors', () => {
    const levels = [0, 2, 4, [2, 2, 2, 2, 2, 2, 2], [0, 4, 1, 3, 2, 4, 0], [4, 4, 4, 4, 4, 4, 3]];
    for (const c of levels)
      for (const t of levels) expect(fallsShort(c, t), `${c} vs ${t}`).toBe(shortfalls(c, t).length > 0);
  });
});

describe('assetFlag', () => {
  it('matches assetTraits for every catalog type, with and without overrides', () => {
    const flags = ['safetyRelated', 'wireless', 'transient', 'externalNetwork'] as const;
    for (const type of [...ASSET_TYPES.map((t) => t.id), 'not-in-catalog'])
      for (const override of [undefined, true, false])
        for (const flag of flags) {
          const a = asset('a', type, 'z', override === undefined ? {} : { [flag]: override });
          expect(assetFlag(a, flag), `${type} ${flag} ${override}`).toBe(assetTraits(a)[flag]);
        }
  });
});
