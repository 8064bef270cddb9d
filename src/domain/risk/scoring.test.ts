import { describe, expect, it } from 'vitest';
import { conduit, model, zone } from '../../../test-support/rule-model';
import type { Model, Risk } from '../model/schema';
import { DEFAULT_RISK_MATRIX, prepareMatrix, withCell } from './matrix';
import { assessRisks, scoreRisk } from './scoring';

const risk = (id: string, subjectId: string, l: number, c: number, extra: Partial<Risk> = {}): Risk => ({
  id,
  subjectId,
  title: `Risk ${id}`,
  likelihood: l,
  consequence: c,
  ...extra,
});

function withRisks(risks: Risk[], extra: Partial<Model> = {}): Model {
  return {
    ...model({
      zones: [zone('z1', 'control', { slTarget: 2 }), zone('z2', 'dmz')],
      conduits: [conduit('c1', ['z1', 'z2'], { slTarget: [3, 3, 3, 1, 3, 3, 3] })],
    }),
    risks,
    ...extra,
  };
}

describe('scoreRisk', () => {
  const m = prepareMatrix(DEFAULT_RISK_MATRIX);
  it('scores likelihood × consequence and reads the level from the matrix', () => {
    const s = scoreRisk(risk('r', 'z1', 4, 4, { residualLikelihood: 2 }), m);
    expect([s.score, s.level?.id]).toEqual([16, 'high']);
    // Only the likelihood was reassessed; the consequence stays.
    expect([s.residualLikelihood, s.residualConsequence, s.residualScore, s.residualLevel?.id]).toEqual([
      2,
      4,
      8,
      'medium',
    ]);
    expect(s.aboveTolerance).toBe(false);
  });
  it('keeps the unmitigated values as residual until the residual is assessed', () => {
    const s = scoreRisk(risk('r', 'z1', 5, 4), m);
    expect([s.residualScore, s.residualLevel?.id, s.aboveTolerance]).toEqual([20, 'critical', true]);
  });
  it('follows an organisation matrix rather than the score', () => {
    const own = prepareMatrix(withCell(DEFAULT_RISK_MATRIX, 1, 1, 'high'));
    expect(scoreRisk(risk('r', 'z1', 1, 1), own).level?.id).toBe('high');
  });
});

describe('assessRisks suggestions', () => {
  it('suggests per zone and conduit the SL-T of the worst unmitigated risk, with the current SL-T as stored', () => {
    const a = assessRisks(
      withRisks([
        risk('r1', 'z1', 2, 2),
        risk('r2', 'z1', 4, 4, { residualLikelihood: 1 }),
        risk('r3', 'c1', 5, 5),
        risk('r4', 'z2', 1, 5),
      ]),
    );
    expect(a.suggestions).toEqual([
      { subjectId: 'z1', current: 2, suggested: 3, worstRiskId: 'r2' },
      { subjectId: 'z2', current: null, suggested: 2, worstRiskId: 'r4' },
      { subjectId: 'c1', current: [3, 3, 3, 1, 3, 3, 3], suggested: 4, worstRiskId: 'r3' },
    ]);
  });
  it('uses the organisation mapping from level to SL-T', () => {
    const matrix = {
      ...DEFAULT_RISK_MATRIX,
      levels: DEFAULT_RISK_MATRIX.levels.map((l) => (l.id === 'high' ? { ...l, suggestedSl: 2 } : l)),
    };
    const a = assessRisks(withRisks([risk('r1', 'z1', 4, 4)], { riskMatrix: matrix }));
    expect(a.suggestions[0]?.suggested).toBe(2);
  });
  it('suggests nothing for elements without risks', () => {
    expect(assessRisks(withRisks([])).suggestions).toEqual([]);
  });
});
