import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { assetCapabilityBelowZoneTarget as rule } from './asset-capability-below-zone-target';

describe(rule.id, () => {
  it('fires when the asset SL-C is below the zone SL-T, naming both and the gaps', () => {
    const m = model({
      zones: [zone('z1', 'control', { name: 'Control', slTarget: [2, 2, 2, 1, 3, 1, 1] })],
      assets: [asset('a1', 'plc', 'z1', { name: 'PLC-1', slCapability: 2 })],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['a1']);
    expect(drafts[0]!.message).toBe(
      'Asset "PLC-1" offers SL-C 2 but zone "Control" needs SL-T (IAC 2, UC 2, SI 2, DC 1, RDF 3, TRE 1, RA 1) on RDF (short by 1).',
    );
    expectNamed(drafts[0]!.message, { id: 'a1', name: 'PLC-1' }, { id: 'z1', name: 'Control' });
  });

  it('stays silent when the asset meets the target', () => {
    const m = model({
      zones: [zone('z1', 'control', { slTarget: 2 })],
      assets: [asset('a1', 'plc', 'z1', { slCapability: [2, 2, 2, 2, 2, 2, 3] })],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('stays silent when either level is unknown', () => {
    const m = model({
      zones: [zone('z1', 'control', { slTarget: 2 }), zone('z2', 'control')],
      assets: [asset('a1', 'plc', 'z1'), asset('a2', 'plc', 'z2', { slCapability: 0 })],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it("compares with the asset's own zone only, not a parent zone", () => {
    const m = model({
      zones: [
        zone('outer', 'control', { slTarget: 3 }),
        zone('inner', 'control', { parentId: 'outer', slTarget: 1 }),
      ],
      assets: [asset('a1', 'plc', 'inner', { slCapability: 1 })],
    });
    expect(run(rule, m)).toEqual([]);
  });
});
