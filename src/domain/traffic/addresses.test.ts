import { describe, expect, it } from 'vitest';
import { asset, model, zone } from '../../../test-support/rule-model';
import { createAddressResolver, networksOverlap, parseIp, parseNetwork } from './addresses';

const m = model({
  zones: [
    zone('site', 'operations', { networks: ['10.0.0.0/8', 'fd00::/16'] }),
    zone('cell', 'control', { networks: ['10.1.1.0/24', 'fd00:1::/64'] }),
    zone('plc', 'control', { networks: ['10.1.1.128/25'] }),
    zone('hmi', 'supervisory'),
  ],
  assets: [asset('h1', 'hmi', 'hmi', { addresses: ['10.1.1.200', 'FD00:1::0:42', 'hmi.local'] })],
});
const r = createAddressResolver(m);

describe('address matching', () => {
  it('an address listed by an asset belongs to the asset and its zone, whatever the ranges say', () => {
    expect(r.resolve('10.1.1.200')).toEqual({ assetId: 'h1', zoneId: 'hmi', via: 'asset' });
    // IPv6 spellings compare equal (RFC 5952 canonical form)
    expect(r.resolve('fd00:1:0:0:0:0:0:42')).toMatchObject({ assetId: 'h1', zoneId: 'hmi' });
  });

  it('else the most specific zone range wins (nesting)', () => {
    expect(r.resolve('10.1.1.130')).toMatchObject({
      zoneId: 'plc',
      via: 'network',
      network: '10.1.1.128/25',
    });
    expect(r.resolve('10.1.1.5')).toMatchObject({ zoneId: 'cell', network: '10.1.1.0/24' });
    expect(r.resolve('10.200.0.1')).toMatchObject({ zoneId: 'site', network: '10.0.0.0/8' });
    expect(r.resolve('fd00:1::9')).toMatchObject({ zoneId: 'cell' });
    expect(r.resolve('fd00:2::9')).toMatchObject({ zoneId: 'site' });
  });

  it('an IPv4-mapped IPv6 address counts as its IPv4 address', () => {
    expect(r.resolve('::ffff:10.1.1.5')).toMatchObject({ zoneId: 'cell' });
  });

  it('outside every range, or not an address: no zone', () => {
    expect(r.resolve('192.168.1.1')).toEqual({ assetId: null, zoneId: null, via: 'none' });
    expect(r.resolve('2001:db8::1')).toMatchObject({ zoneId: null });
    expect(r.resolve('not-an-ip')).toMatchObject({ zoneId: null });
    // an IPv4 range never holds an IPv6 address of the same bits
    expect(r.resolve('::a01:105')).toMatchObject({ zoneId: null });
  });

  it('parses and compares ranges', () => {
    expect(parseNetwork('10.0.0.0/33')).toBeUndefined();
    expect(parseNetwork('10.0.0.1')).toBeUndefined();
    expect(parseNetwork('::ffff:10.0.0.0/104')).toMatchObject({ bits: 8 });
    expect(parseIp('300.1.1.1')).toBeUndefined();
    const a = parseNetwork('10.1.0.0/16')!;
    expect(networksOverlap(a, parseNetwork('10.1.2.0/24')!)).toBe(true);
    expect(networksOverlap(a, parseNetwork('10.2.0.0/16')!)).toBe(false);
    expect(networksOverlap(a, parseNetwork('fd00::/8')!)).toBe(false);
  });
});
