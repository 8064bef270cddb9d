import { describe, expect, it } from 'vitest';
import { nameError, parseAddresses, parsePort, protocolError } from './validate';

describe('inspector validation', () => {
  it('requires a name and bounds its length', () => {
    expect(nameError('PLC-1')).toBeNull();
    expect(nameError('   ')).toMatch(/required/);
    expect(nameError('x'.repeat(5001))).toMatch(/at most 5,000/);
  });

  it('parses ports: numbers in range, "any", or nothing', () => {
    expect(parsePort('502')).toEqual({ ok: true, value: 502 });
    expect(parsePort(' ANY ')).toEqual({ ok: true, value: 'any' });
    expect(parsePort('')).toEqual({ ok: true, value: undefined });
    for (const bad of ['70000', '65536', '-1', '5.5', '1e3', 'http'])
      expect(parsePort(bad), bad).toMatchObject({ ok: false });
    expect(parsePort('65535')).toEqual({ ok: true, value: 65535 });
  });

  it('requires a protocol', () => {
    expect(protocolError('')).toMatch(/required/);
    expect(protocolError('modbus')).toBeNull();
  });

  it('splits addresses by line and drops blanks', () => {
    expect(parseAddresses('10.0.0.1\r\n\n 10.0.0.2 ')).toEqual({ ok: true, value: ['10.0.0.1', '10.0.0.2'] });
  });

  it('refuses an address that is not one, saying what is wrong', () => {
    expect(parseAddresses('10.0.0.1\n10.20.300.1')).toEqual({
      ok: false,
      error: '“10.20.300.1” is not a valid IPv4 address: part 300 is above 255.',
    });
  });
});
