import { describe, expect, it } from 'vitest';
import { agree, plural } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'warning')).toBe('1 warning');
    expect(plural(1, 'address', 'addresses')).toBe('1 address');
  });
  it('uses the plural for zero and many', () => {
    expect(plural(0, 'zone')).toBe('0 zones');
    expect(plural(2, 'zone')).toBe('2 zones');
    expect(plural(3, 'address', 'addresses')).toBe('3 addresses');
  });
  it('agrees a verb with the count', () => {
    expect(`${plural(1, 'zone')} ${agree(1, 'loses', 'lose')} data`).toBe('1 zone loses data');
    expect(`${plural(4, 'zone')} ${agree(4, 'loses', 'lose')} data`).toBe('4 zones lose data');
  });
});
