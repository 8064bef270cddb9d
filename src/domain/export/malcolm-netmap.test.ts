import { describe, expect, it } from 'vitest';
import { asset, model, zone } from '../../../test-support/rule-model';
import { exportMalcolmNetMap, malcolmNetMap } from './malcolm-netmap';

describe("Malcolm's net-map.json export", () => {
  it('zone ranges become segments named after the zone; asset addresses become hosts', () => {
    const m = model({
      zones: [zone('ctl', 'control', { name: 'Control', networks: ['10.0.2.0/24', 'fd00:2::/64'] })],
      assets: [
        asset('p1', 'plc', 'ctl', { name: 'PLC 1', addresses: ['10.0.2.7', 'FD00:2::0:7', 'plc1.local'] }),
      ],
    });
    expect(malcolmNetMap(m)).toEqual([
      { type: 'segment', address: '10.0.2.0/24', name: 'Control', tag: '' },
      { type: 'segment', address: 'fd00:2::/64', name: 'Control', tag: '' },
      { type: 'host', address: '10.0.2.7', name: 'PLC 1', tag: '' },
      { type: 'host', address: 'fd00:2::7', name: 'PLC 1', tag: '' },
    ]);
    expect(JSON.parse(exportMalcolmNetMap(m))).toHaveLength(4);
  });

  it('a model without addresses gives an empty list', () => {
    expect(exportMalcolmNetMap(model({ zones: [zone('z', 'control')] }))).toBe('[]\n');
  });
});
