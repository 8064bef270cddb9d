import { describe, expect, it } from 'vitest';
import { toVector } from '../security-level';
import { requiredAt, requirement, SYSTEM_REQUIREMENTS } from './requirements';

describe('IEC 62443-3-3 requirement table', () => {
  it('has unique, well-formed ids whose SR number matches its FR', () => {
    const ids = SYSTEM_REQUIREMENTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const frNumber = { IAC: 1, UC: 2, SI: 3, DC: 4, RDF: 5, TRE: 6, RA: 7 } as const;
    for (const r of SYSTEM_REQUIREMENTS) {
      expect(r.id).toMatch(/^SR \d\.\d+( RE\d)?$/);
      expect(r.id.startsWith(`SR ${frNumber[r.fr]}.`)).toBe(true);
    }
  });

  it('never lets an enhancement apply below its base requirement', () => {
    for (const r of SYSTEM_REQUIREMENTS.filter((x) => x.id.includes(' RE'))) {
      const base = requirement(r.id.split(' RE')[0]!);
      expect(r.fromSl).toBeGreaterThanOrEqual(base.fromSl);
    }
  });

  it('holds the levels the rules depend on', () => {
    expect(requirement('SR 5.2 RE1')).toMatchObject({ fr: 'RDF', fromSl: 2 });
    expect(requirement('SR 1.1 RE2')).toMatchObject({ fr: 'IAC', fromSl: 3 });
    expect(requirement('SR 5.2 RE2')).toMatchObject({ fr: 'RDF', fromSl: 3 });
    expect(requirement('SR 5.2 RE3')).toMatchObject({ fr: 'RDF', fromSl: 3 });
    expect(requirement('SR 5.1 RE2')).toMatchObject({ fr: 'RDF', fromSl: 3 });
  });

  it('follows the 2013 edition with Corrigendum 1 (2014): SR 1.9 RE1 from SL 3, SR 3.4 from SL 2', () => {
    expect(requirement('SR 1.9 RE1')).toMatchObject({ fr: 'IAC', fromSl: 3 });
    expect(requiredAt('SR 1.9 RE1', toVector([3, 0, 0, 0, 0, 0, 0]))).toBe(true);
    expect(requiredAt('SR 1.9 RE1', toVector([2, 4, 4, 4, 4, 4, 4]))).toBe(false);
    expect(requirement('SR 3.4')).toMatchObject({ fr: 'SI', fromSl: 2 });
  });

  it('decides applicability on the requirement’s own FR', () => {
    expect(requiredAt('SR 5.2 RE1', toVector([4, 4, 4, 4, 1, 4, 4]))).toBe(false);
    expect(requiredAt('SR 5.2 RE1', toVector([0, 0, 0, 0, 2, 0, 0]))).toBe(true);
    expect(requiredAt('SR 5.2 RE1', undefined)).toBe(false);
    expect(() => requirement('SR 9.9')).toThrow(/unknown/);
  });
});
