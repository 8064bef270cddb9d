import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { asset, conduit, model, zone } from '../../../test-support/rule-model';
import { conduitScopePolicy, exportConduitScope } from './conduitscope';

const plant = model({
  zones: [
    zone('hmi', 'supervisory', { name: 'HMI zone', networks: ['192.168.1.0/24'] }),
    zone('plc', 'control', { name: 'PLC zone', purdueLevel: 1, networks: ['192.168.2.0/24', 'fd00::/64'] }),
    zone('v6only', 'control', { networks: ['fd01::/64'] }),
  ],
  assets: [asset('e1', 'engineering-workstation', 'hmi', { addresses: ['10.5.5.5'] })],
  conduits: [
    conduit('c1', ['hmi', 'plc'], {
      name: 'HMI-PLC',
      flows: [
        { from: 'hmi', to: 'plc', protocol: 'Modbus/TCP' },
        { from: 'hmi', to: 'plc', protocol: 'S7comm', port: 102 },
        { from: 'hmi', to: 'plc', protocol: 'RDP' },
        { from: 'hmi', to: 'v6only', protocol: 'SSH' },
      ],
    }),
  ],
});

describe('ConduitScope export', () => {
  it('zones with IPv4 networks and the Purdue level; one conduit entry per documented flow', () => {
    const p = conduitScopePolicy(plant);
    expect(p.zones).toEqual({
      hmi: { description: 'HMI zone, Purdue level 2, supervisory', networks: ['192.168.1.0/24', '10.5.5.5'] },
      plc: { description: 'PLC zone, Purdue level 1, control', networks: ['192.168.2.0/24'] },
    });
    expect(p.conduits).toEqual([
      {
        name: 'c1: Modbus/TCP hmi to plc',
        description: 'Conduit HMI-PLC (c1)',
        from: 'hmi',
        to: 'plc',
        protocols: ['modbus'],
        bidirectional: false,
      },
      {
        name: 'c1: S7comm hmi to plc',
        description: 'Conduit HMI-PLC (c1)',
        from: 'hmi',
        to: 'plc',
        protocols: ['s7comm'],
        ports: [102],
        bidirectional: false,
      },
      // a protocol ConduitScope does not decode: any protocol on the catalog's port
      {
        name: 'c1: RDP hmi to plc',
        description: 'Conduit HMI-PLC (c1)',
        from: 'hmi',
        to: 'plc',
        protocols: ['any'],
        ports: [3389],
        bidirectional: false,
      },
    ]);
    expect(p.notes).toEqual([
      'zone plc: 1 IPv6 range left out (ConduitScope zones are IPv4)',
      'zone v6only: 1 IPv6 range left out (ConduitScope zones are IPv4)',
      'zone v6only: no IPv4 address or range, left out with its flows',
    ]);
  });

  it('warns about overlapping zones, which ConduitScope refuses', () => {
    const nested = model({
      zones: [
        zone('site', 'operations', { networks: ['10.0.0.0/8'] }),
        zone('cell', 'control', { networks: ['10.1.0.0/16'] }),
      ],
      conduits: [
        conduit('c', ['site', 'cell'], { flows: [{ from: 'site', to: 'cell', protocol: 'OPC UA' }] }),
      ],
    });
    expect(conduitScopePolicy(nested).notes).toEqual([
      'zones site and cell overlap (10.0.0.0/8 and 10.1.0.0/16); ConduitScope refuses overlapping zones, so narrow one before use',
    ]);
    expect(conduitScopePolicy(plant).notes.some((n) => n.includes('overlap'))).toBe(false);
  });

  it('writes YAML in the subset ConduitScope reads: no anchors, tags, block scalars or flow mappings', () => {
    const hostile = {
      ...plant,
      conduits: plant.conduits.map((c) => ({
        ...c,
        flows: c.flows!.map((f) => ({ ...f, description: 'line one\nline two: {x: 1} &a *a !!str |' })),
      })),
    };
    const text = exportConduitScope(hostile);
    const parsed = parse(text);
    expect(Object.keys(parsed)).toEqual(['zones', 'conduits']);
    expect(parsed.conduits[0].description).toBe(
      'Conduit HMI-PLC (c1): line one line two: {x: 1} &a *a !!str |',
    );
    for (const line of text.split('\n')) {
      expect(line).not.toMatch(/^\s*\t/);
      expect(line).not.toMatch(/^[\s-]*[\w.-]+:\s*[|>][-+]?\s*$/); // block scalar
      expect(line).not.toMatch(/^[\s-]*[\w.-]+:\s*\{/); // flow mapping
      expect(line).not.toMatch(/^---|^\.\.\./);
      expect(line).not.toMatch(/^[\s-]*[\w.-]+:\s*[&*!]/); // anchors, aliases, tags
    }
  });
});
