import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { nonSafetyAssetInSafetyZone as rule } from './non-safety-asset-in-safety-zone';

const zones = [zone('sis', 'safety', { name: 'SIS' }), zone('ctl', 'control')];

describe(rule.id, () => {
  it('fires for an HMI inside the safety zone', () => {
    const drafts = run(rule, model({ zones, assets: [asset('h1', 'hmi', 'sis', { name: 'HMI-1' })] }));
    expect(subjects(drafts)).toEqual(['h1']);
    expect(drafts[0]!.message).toBe('Asset "HMI-1" in safety zone "SIS" is not safety-related (type HMI).');
    expectNamed(drafts[0]!.message, { id: 'h1', name: 'HMI-1' }, { id: 'sis', name: 'SIS' });
  });

  it('stays silent for a safety-related asset, by default or by flag', () => {
    const m = model({
      zones,
      assets: [asset('s1', 'sis-controller', 'sis'), asset('h1', 'hmi', 'sis', { safetyRelated: true })],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('fires when a catalog safety type is explicitly marked not safety-related', () => {
    const drafts = run(
      rule,
      model({ zones, assets: [asset('s1', 'sis-controller', 'sis', { safetyRelated: false })] }),
    );
    expect(drafts[0]!.message).toContain('is marked not safety-related');
  });

  it('stays silent for non-safety assets outside safety zones', () => {
    expect(run(rule, model({ zones, assets: [asset('h1', 'hmi', 'ctl')] }))).toEqual([]);
  });
});
