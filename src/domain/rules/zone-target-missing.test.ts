import { describe, expect, it } from 'vitest';
import { expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { zoneTargetMissing as rule } from './zone-target-missing';

describe(rule.id, () => {
  it('fires for an own zone without SL-T (absent or null)', () => {
    const drafts = run(
      rule,
      model({ zones: [zone('z1', 'control', { name: 'Control' }), zone('z2', 'dmz', { slTarget: null })] }),
    );
    expect(subjects(drafts)).toEqual(['z1', 'z2']);
    expect(drafts[0]!.message).toBe('Zone "Control" has no SL-T set.');
    expectNamed(drafts[0]!.message, { id: 'z1', name: 'Control' });
  });

  it('stays silent for an assessed zone, including SL-T 0', () => {
    expect(
      run(
        rule,
        model({
          zones: [
            zone('z1', 'control', { slTarget: 0 }),
            zone('z2', 'field', { slTarget: [1, 0, 0, 0, 0, 0, 0] }),
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('stays silent for external zones', () => {
    expect(run(rule, model({ zones: [zone('net', 'external')] }))).toEqual([]);
  });
});
