import { describe, expect, it } from 'vitest';
import { formatSl, slText } from './security-level';

describe('slText / formatSl', () => {
  it('prints a uniform level as one number', () => {
    expect(slText(2)).toBe('2');
    expect(slText([3, 3, 3, 3, 3, 3, 3])).toBe('3');
    expect(formatSl([1, 1, 1, 1, 1, 1, 1])).toBe('SL 1');
  });
  it('labels every FR of a vector, never a bare [2,2,3,…]', () => {
    expect(slText([2, 2, 3, 1, 2, 1, 1])).toBe('(IAC 2, UC 2, SI 3, DC 1, RDF 2, TRE 1, RA 1)');
    expect(formatSl([2, 2, 3, 1, 2, 1, 1])).toBe('IAC 2, UC 2, SI 3, DC 1, RDF 2, TRE 1, RA 1');
    expect(formatSl(undefined)).toBe('not set');
  });
});
