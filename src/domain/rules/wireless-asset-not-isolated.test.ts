import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { wirelessAssetNotIsolated as rule } from './wireless-asset-not-isolated';

describe(rule.id, () => {
  it('flags wireless assets sharing a zone with wired ones', () => {
    const m = model({
      zones: [zone('ctl', 'control', { name: 'Control' })],
      assets: [
        asset('ap', 'wireless-access-point', 'ctl', { name: 'AP' }),
        asset('p1', 'plc', 'ctl'),
        asset('p2', 'plc', 'ctl'),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['ap']);
    expect(drafts[0]!.message).toContain(
      'shares zone "Control" with 2 wired assets: "Asset p1" and "Asset p2"',
    );
    expectNamed(drafts[0]!.message, { id: 'ap', name: 'AP' }, { id: 'ctl', name: 'Control' });
  });

  it('stays silent for a wireless zone of access points and wireless sensors', () => {
    const m = model({
      zones: [zone('wl', 'field')],
      assets: [asset('ap', 'wireless-access-point', 'wl'), asset('s1', 'wireless-sensor', 'wl')],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('treats an asset marked wireless like a wireless type', () => {
    const m = model({
      zones: [zone('ctl', 'control')],
      assets: [asset('p1', 'plc', 'ctl', { wireless: true }), asset('p2', 'plc', 'ctl')],
    });
    expect(subjects(run(rule, m))).toEqual(['p1']);
  });

  it('a single wireless asset alone in its zone is fine', () => {
    expect(
      run(
        rule,
        model({ zones: [zone('wl', 'field')], assets: [asset('ap', 'wireless-access-point', 'wl')] }),
      ),
    ).toEqual([]);
  });
});
