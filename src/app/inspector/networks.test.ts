import { describe, expect, it } from 'vitest';
import { parseNetworks } from './networks';

describe('zone networks field', () => {
  it('accepts IPv4 and IPv6 ranges, one per line, blank lines ignored', () => {
    expect(parseNetworks('10.1.2.0/24\n\n fd00::/64 ')).toEqual({
      ok: true,
      value: ['10.1.2.0/24', 'fd00::/64'],
    });
  });

  it('names the line that is not a range', () => {
    expect(parseNetworks('10.1.2.0/24\n10.1.2.300/24')).toEqual({
      ok: false,
      error: 'Line 2: "10.1.2.300/24" is not a CIDR range such as 10.1.2.0/24 or fd00::/64.',
    });
    expect(parseNetworks('10.1.2.3').ok).toBe(false);
  });
});
