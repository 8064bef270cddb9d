import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { safetyAssetOutsideSafetyZone as rule } from './safety-asset-outside-safety-zone';

const zones = [zone('ctl', 'control', { name: 'Control' }), zone('sis', 'safety', { name: 'SIS' })];

describe(rule.id, () => {
  it('fires for an SIS controller (safety-related by catalog default) in a control zone', () => {
    const drafts = run(
      rule,
      model({ zones, assets: [asset('s1', 'sis-controller', 'ctl', { name: 'SIS-1' })] }),
    );
    expect(subjects(drafts)).toEqual(['s1']);
    expect(drafts[0]!.message).toBe(
      'Asset "SIS-1" is safety-related by default for type SIS controller but sits in control zone "Control", not in a safety zone.',
    );
    expectNamed(drafts[0]!.message, { id: 's1', name: 'SIS-1' }, { id: 'ctl', name: 'Control' });
  });

  it('stays silent for the same controller inside the safety zone', () => {
    expect(run(rule, model({ zones, assets: [asset('s1', 'sis-controller', 'sis')] }))).toEqual([]);
  });

  it('respects an explicit override of the catalog default, both ways', () => {
    const m = model({
      zones,
      assets: [
        asset('s1', 'sis-controller', 'ctl', { safetyRelated: false }),
        asset('p1', 'plc', 'ctl', { safetyRelated: true }),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['p1']);
    expect(drafts[0]!.message).toContain('is marked safety-related');
  });

  it('requires the asset’s own zone to be a safety zone, not an ancestor', () => {
    const z = [zone('sis', 'safety'), zone('cell', 'control', { parentId: 'sis' })];
    expect(subjects(run(rule, model({ zones: z, assets: [asset('s1', 'safety-plc', 'cell')] })))).toEqual([
      's1',
    ]);
  });
});
