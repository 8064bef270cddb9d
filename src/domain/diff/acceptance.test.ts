import { describe, expect, it } from 'vitest';
import { model, zone } from '../../../test-support/rule-model';
import { evaluate } from '../engine/evaluate';
import { acceptanceHolds, reviewAcceptances } from './acceptance';
import { findingKey } from './finding-key';

// An empty zone gives one zone-empty finding (and a zone-target-missing one).
const plant = (
  acceptances = [{ finding: 'zone-empty:zone:z1', justification: 'spare', expires: '2026-03-31' }],
) => model({ zones: [zone('z1', 'control', { slTarget: 1 })], policy: { acceptances } });

describe('risk acceptance', () => {
  it('keys a finding by rule and subject', () => {
    const keys = evaluate(plant()).findings.map(findingKey);
    expect(keys).toContain('zone-empty:zone:z1');
  });

  it('accepts the finding through its expiry day, then opens it again', () => {
    const m = plant();
    const findings = evaluate(m).findings;
    const onTheDay = reviewAcceptances(m, findings, '2026-03-31');
    expect(onTheDay.accepted.map(findingKey)).toEqual(['zone-empty:zone:z1']);
    expect(onTheDay.findings.find((f) => f.key === 'zone-empty:zone:z1')?.status).toBe('accepted');
    expect(onTheDay.expired).toEqual([]);

    const dayAfter = reviewAcceptances(m, findings, '2026-04-01');
    expect(dayAfter.accepted).toEqual([]);
    expect(dayAfter.open.map(findingKey)).toContain('zone-empty:zone:z1');
    expect(dayAfter.findings.find((f) => f.key === 'zone-empty:zone:z1')).toMatchObject({
      status: 'open',
      expired: true,
    });
    expect(dayAfter.expired.map((a) => a.finding)).toEqual(['zone-empty:zone:z1']);
  });

  it('holds forever without an expiry', () => {
    expect(acceptanceHolds({ finding: 'x', justification: 'y' }, '2999-12-31')).toBe(true);
  });

  it('reports an acceptance whose finding no longer occurs as stale', () => {
    const m = plant([{ finding: 'zone-empty:zone:gone', justification: 'old', expires: '2026-03-31' }]);
    const review = reviewAcceptances(m, evaluate(m).findings, '2026-01-01');
    expect(review.stale.map((a) => a.finding)).toEqual(['zone-empty:zone:gone']);
    expect(review.accepted).toEqual([]);
  });
});
