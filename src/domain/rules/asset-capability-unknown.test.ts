import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { assetCapabilityUnknown as rule } from './asset-capability-unknown';

describe(rule.id, () => {
  it('fires for an asset without SL-C in a zone with SL-T 3, naming both', () => {
    const m = model({
      zones: [zone('z1', 'control', { name: 'Control', slTarget: 3 })],
      assets: [asset('a1', 'plc', 'z1', { name: 'PLC-1' })],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['a1']);
    expect(drafts[0]!.message).toBe(
      'Asset "PLC-1" has no SL-C recorded, so nobody can tell whether it meets SL-T 3 of zone "Control".',
    );
    expectNamed(drafts[0]!.message, { id: 'a1', name: 'PLC-1' }, { id: 'z1', name: 'Control' });
  });

  it('labels a vector target by FR', () => {
    const m = model({
      zones: [zone('z1', 'control', { slTarget: [2, 0, 0, 0, 1, 0, 0] })],
      assets: [asset('a1', 'plc', 'z1')],
    });
    expect(run(rule, m)[0]!.message).toContain('SL-T (IAC 2, UC 0, SI 0, DC 0, RDF 1, TRE 0, RA 0)');
  });

  it('stays silent when the SL-C is recorded, even as 0', () => {
    const m = model({
      zones: [zone('z1', 'control', { slTarget: 3 })],
      assets: [asset('a1', 'plc', 'z1', { slCapability: 0 }), asset('a2', 'plc', 'z1', { slCapability: 3 })],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('stays silent when the zone has no SL-T or SL-T 0', () => {
    const m = model({
      zones: [zone('z1', 'control'), zone('z2', 'control', { slTarget: 0 })],
      assets: [asset('a1', 'plc', 'z1'), asset('a2', 'plc', 'z2')],
    });
    expect(run(rule, m)).toEqual([]);
  });
});
