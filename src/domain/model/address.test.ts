import { describe, expect, it } from 'vitest';
import { addressProblem } from './address';

describe('addressProblem', () => {
  it.each([
    '10.20.30.1',
    '192.168.0.0/16',
    '0.0.0.0',
    'fe80::1',
    '2001:db8:0:0:0:0:0:1',
    '::ffff:10.0.0.1',
    '2001:db8::/32',
    '00:1a:2b:3c:4d:5e',
    '00-1A-2B-3C-4D-5E',
    'plc-1.plant.local',
    'HIST01',
  ])('accepts %s', (a) => {
    expect(addressProblem(a)).toBeUndefined();
  });

  it.each([
    ['10.20.300.1', 'is not a valid IPv4 address: part 300 is above 255'],
    ['10.20.30', 'is not a valid IPv4 address: has 3 parts, an IPv4 address has 4'],
    ['10.0.0.1/33', 'has prefix /33; an IPv4 prefix is 0 to 32'],
    ['fe80::1::2', 'is not a valid IPv6 or MAC address'],
    ['2001:db8:0:0:0:0:0:0:1', 'is not a valid IPv6 or MAC address'],
    ['10.0.0.1 ; x!', 'is neither an IP address, a MAC address nor a host name'],
  ])('refuses %s: %s', (a, message) => {
    expect(addressProblem(a)).toBe(message);
  });
});
