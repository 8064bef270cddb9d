import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { zoneEmpty as rule } from './zone-empty';

describe(rule.id, () => {
  it('fires for a zone with no assets and no nested zones', () => {
    const drafts = run(rule, model({ zones: [zone('z1', 'control', { name: 'Spare' })] }));
    expect(subjects(drafts)).toEqual(['z1']);
    expect(drafts[0]!.message).toBe('Zone "Spare" holds no assets and no nested zones.');
    expectNamed(drafts[0]!.message, { id: 'z1', name: 'Spare' });
  });

  it('stays silent for a zone holding one asset', () => {
    expect(run(rule, model({ zones: [zone('z1', 'control')], assets: [asset('a1', 'plc', 'z1')] }))).toEqual(
      [],
    );
  });

  it('treats a zone that only holds nested zones as not empty, but flags the empty child', () => {
    const m = model({ zones: [zone('outer', 'control'), zone('inner', 'control', { parentId: 'outer' })] });
    expect(subjects(run(rule, m))).toEqual(['inner']);
  });
});
