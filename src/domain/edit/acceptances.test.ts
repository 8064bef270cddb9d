import { describe, expect, it } from 'vitest';
import { model, zone } from '../../../test-support/rule-model';
import { acceptFinding, removeChangeRecord, revokeAcceptance, saveChangeRecord } from './acceptances';

const base = () =>
  model({ zones: [zone('z1', 'control')], policy: { rules: { 'zone-empty': { enabled: false } } } });

describe('acceptance edits', () => {
  it('adds, replaces and revokes an acceptance, keeping the rest of the policy', () => {
    const a = acceptFinding(base(), {
      finding: 'zone-target-missing:zone:z1',
      justification: 'assessment in Q3',
    });
    expect(a.policy?.acceptances).toEqual([
      { finding: 'zone-target-missing:zone:z1', justification: 'assessment in Q3' },
    ]);
    const b = acceptFinding(a, {
      finding: 'zone-target-missing:zone:z1',
      justification: 'moved to Q4',
      expires: '2026-12-31',
    });
    expect(b.policy?.acceptances).toHaveLength(1);
    expect(b.policy?.acceptances?.[0]?.expires).toBe('2026-12-31');
    const c = revokeAcceptance(b, 'zone-target-missing:zone:z1');
    expect(c.policy).toEqual({ rules: { 'zone-empty': { enabled: false } } });
    expect(revokeAcceptance(c, 'nothing')).toBe(c);
  });

  it('refuses an acceptance without justification or with a bad date', () => {
    expect(() => acceptFinding(base(), { finding: 'x', justification: '' })).toThrow(/justification/);
    expect(() => acceptFinding(base(), { finding: 'x', justification: 'y', expires: '31.12.2026' })).toThrow(
      /expires/,
    );
  });

  it('drops an emptied policy from the model', () => {
    const m = model({ zones: [zone('z1', 'control')] });
    const accepted = acceptFinding(m, { finding: 'k', justification: 'j' });
    expect('policy' in revokeAcceptance(accepted, 'k')).toBe(false);
  });
});

describe('change record edits', () => {
  it('adds, updates and removes change records', () => {
    const a = saveChangeRecord(base(), { id: 'cr1', title: 'New link', status: 'draft' });
    const b = saveChangeRecord(a, { id: 'cr1', title: 'New link', status: 'approved', approvedBy: 'PM' });
    expect(b.changeRecords).toEqual([{ id: 'cr1', title: 'New link', status: 'approved', approvedBy: 'PM' }]);
    expect('changeRecords' in removeChangeRecord(b, 'cr1')).toBe(false);
    expect(() => saveChangeRecord(base(), { id: 'cr2', title: '', status: 'draft' })).toThrow(/title/);
  });
});
