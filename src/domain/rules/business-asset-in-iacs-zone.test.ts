import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { businessAssetInIacsZone as rule } from './business-asset-in-iacs-zone';

describe(rule.id, () => {
  it('fires on the zone holding both business and IACS assets, naming both groups', () => {
    const m = model({
      zones: [zone('z1', 'control', { name: 'Control' })],
      assets: [
        asset('erp', 'erp', 'z1', { name: 'SAP' }),
        asset('p1', 'plc', 'z1', { name: 'PLC-1' }),
        asset('p2', 'plc', 'z1', { name: 'PLC-2' }),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['z1']);
    expect(drafts[0]!.message).toBe(
      'Zone "Control" mixes 1 business asset ("SAP") with 2 IACS assets ("PLC-1" and "PLC-2").',
    );
    expectNamed(
      drafts[0]!.message,
      { id: 'z1', name: 'Control' },
      { id: 'erp', name: 'SAP' },
      { id: 'p1', name: 'PLC-1' },
      { id: 'p2', name: 'PLC-2' },
    );
  });

  it('stays silent when business assets only share the zone with infrastructure', () => {
    const m = model({
      zones: [zone('z1', 'enterprise')],
      assets: [asset('erp', 'erp', 'z1'), asset('fw', 'firewall', 'z1'), asset('sw', 'switch', 'z1')],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('does not look into nested zones', () => {
    const m = model({
      zones: [zone('outer', 'operations'), zone('inner', 'enterprise', { parentId: 'outer' })],
      assets: [asset('hist', 'historian', 'outer'), asset('mail', 'email-server', 'inner')],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('names at most three assets per group and counts the rest', () => {
    const m = model({
      zones: [zone('z1', 'control')],
      assets: [
        asset('o1', 'office-workstation', 'z1'),
        ...['a', 'b', 'c', 'd', 'e'].map((s) => asset(s, 'hmi', 'z1')),
      ],
    });
    expect(run(rule, m)[0]!.message).toContain(
      'with 5 IACS assets ("Asset a", "Asset b", "Asset c" and 2 more)',
    );
  });
});
