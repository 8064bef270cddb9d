import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { assetAddressOutsideZone as rule } from './asset-address-outside-zone';

describe(rule.id, () => {
  it("fires for an address outside the zone's ranges", () => {
    const m = model({
      zones: [zone('cell', 'control', { name: 'Cell', networks: ['10.1.1.0/24', 'fd00:1::/64'] })],
      assets: [
        asset('p1', 'plc', 'cell', { name: 'PLC 1', addresses: ['10.1.1.5', '10.2.0.9', 'plc1.local'] }),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['p1']);
    expect(drafts[0]!.message).toBe(
      'Asset "PLC 1" has address 10.2.0.9 outside the ranges of its zone "Cell" (10.1.1.0/24 and fd00:1::/64).',
    );
    expectNamed(drafts[0]!.message, { id: 'p1', name: 'PLC 1' }, { id: 'cell', name: 'Cell' });
  });

  it('stays silent inside the ranges (IPv4, IPv6, IPv4-mapped), and for a zone without ranges', () => {
    const m = model({
      zones: [zone('cell', 'control', { networks: ['10.1.1.0/24', 'fd00:1::/64'] }), zone('bare', 'control')],
      assets: [
        asset('p1', 'plc', 'cell', { addresses: ['10.1.1.5', 'fd00:1::5', '::ffff:10.1.1.6'] }),
        asset('p2', 'plc', 'bare', { addresses: ['192.168.0.1'] }),
      ],
    });
    expect(run(rule, m)).toEqual([]);
  });
});
