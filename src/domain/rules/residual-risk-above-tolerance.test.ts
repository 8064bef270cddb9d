import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import type { Model, Risk } from '../model/schema';
import { residualRiskAboveTolerance as rule } from './residual-risk-above-tolerance';

const risk = (id: string, subjectId: string, extra: Partial<Risk>): Risk => ({
  id,
  subjectId,
  title: `Threat ${id}`,
  likelihood: 4,
  consequence: 5,
  ...extra,
});

const plant = (risks: Risk[]): Model => ({
  ...model({ zones: [zone('z1', 'control'), zone('z2', 'dmz')], conduits: [conduit('c1', ['z1', 'z2'])] }),
  risks,
});

describe(rule.id, () => {
  it('fires for a residual level above the tolerable one, on the risk’s zone or conduit', () => {
    const drafts = run(rule, plant([risk('r1', 'z1', { residualLikelihood: 3 }), risk('r2', 'c1', {})]));
    expect(subjects(drafts)).toEqual(['z1', 'c1']);
    expect(drafts[0]!.message).toBe(
      'Risk "Threat r1" on zone "Zone z1" is High after countermeasures, above the tolerable Medium.',
    );
    expectNamed(drafts[0]!.message, { id: 'z1', name: 'Zone z1' });
    expect(drafts[1]!.message).toContain('(no residual assessment yet)');
    expect(drafts[0]!.severity).toBeUndefined();
  });
  it('keeps an accepted risk visible as information', () => {
    const [d] = run(rule, plant([risk('r1', 'z1', { status: 'accepted' })]));
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain('accepted by its owner');
  });
  it('stays silent when countermeasures bring the risk within tolerance, and for closed risks', () => {
    expect(
      run(
        rule,
        plant([
          risk('r1', 'z1', { residualLikelihood: 1, residualConsequence: 5 }),
          risk('r2', 'z2', { status: 'closed' }),
        ]),
      ),
    ).toEqual([]);
  });
});
