import { describe, expect, it } from 'vitest';
import type { RiskMatrix } from '../model/schema';
import {
  DEFAULT_RISK_MATRIX,
  matrixProblems,
  prepareMatrix,
  riskMatrixOf,
  withCell,
  withSuggestedSl,
  withTolerable,
} from './matrix';

describe('default risk matrix', () => {
  const m = prepareMatrix(DEFAULT_RISK_MATRIX);
  it('bands likelihood × consequence: 1–4 low, 5–9 medium, 10–16 high, 17–25 critical', () => {
    const at = (l: number, c: number) => m.levelAt(l, c)?.id;
    expect([at(1, 1), at(2, 2), at(4, 1)]).toEqual(['low', 'low', 'low']);
    expect([at(5, 1), at(3, 3), at(1, 5)]).toEqual(['medium', 'medium', 'medium']);
    expect([at(2, 5), at(4, 4), at(5, 2)]).toEqual(['high', 'high', 'high']);
    expect([at(5, 4), at(5, 5)]).toEqual(['critical', 'critical']);
  });
  it('tolerates up to medium and maps levels to SL-T 1–4', () => {
    expect(m.tolerable.id).toBe('medium');
    expect(m.aboveTolerance('medium')).toBe(false);
    expect(m.aboveTolerance('high')).toBe(true);
    expect(DEFAULT_RISK_MATRIX.levels.map((l) => l.suggestedSl)).toEqual([1, 2, 3, 4]);
  });
  it('is off the scale outside 1–5', () => {
    expect(m.levelAt(6, 1)).toBeUndefined();
    expect(m.levelAt(0, 3)).toBeUndefined();
  });
  it('applies only when the model has no matrix of its own', () => {
    const own: RiskMatrix = withCell(DEFAULT_RISK_MATRIX, 1, 1, 'critical');
    expect(riskMatrixOf({})).toBe(DEFAULT_RISK_MATRIX);
    expect(riskMatrixOf({ riskMatrix: own })).toBe(own);
    expect(prepareMatrix(own).levelAt(1, 1)?.id).toBe('critical');
    expect(DEFAULT_RISK_MATRIX.cells[0]![0]).toBe('low');
  });
});

describe('matrixProblems', () => {
  it('accepts the default', () => {
    expect(matrixProblems(DEFAULT_RISK_MATRIX)).toEqual([]);
  });
  it('names cells that do not match the scales or levels, duplicate levels and an unknown tolerable level', () => {
    const bad: RiskMatrix = {
      likelihood: ['a', 'b', 'c'],
      consequence: ['x', 'y'],
      levels: [
        { id: 'ok', label: 'OK', suggestedSl: 1 },
        { id: 'ok', label: 'Also OK', suggestedSl: 2 },
      ],
      cells: [['ok', 'ok'], ['ok', 'nope'], ['ok']],
      tolerable: 'none',
    };
    expect(matrixProblems(bad)).toEqual([
      [['levels', 1, 'id'], 'duplicate level id "ok"'],
      [['cells', 1, 1], 'unknown level "nope"'],
      [['cells', 2], 'needs one cell per consequence value (2), has 1'],
      [['tolerable'], 'unknown level "none"'],
    ]);
  });
});

describe('editing the tolerable level and the suggested SL-T', () => {
  it('changes only what was asked and keeps the default matrix untouched', () => {
    const own = withSuggestedSl(withTolerable(DEFAULT_RISK_MATRIX, 'low'), 'high', 4);
    expect(own.tolerable).toBe('low');
    expect(own.levels.find((l) => l.id === 'high')?.suggestedSl).toBe(4);
    expect(own.levels.find((l) => l.id === 'medium')?.suggestedSl).toBe(
      DEFAULT_RISK_MATRIX.levels.find((l) => l.id === 'medium')?.suggestedSl,
    );
    expect(DEFAULT_RISK_MATRIX.tolerable).toBe('medium');
    expect(matrixProblems(own)).toEqual([]);
  });

  it('refuses a level the matrix does not have', () => {
    expect(() => withTolerable(DEFAULT_RISK_MATRIX, 'extreme')).toThrow(/unknown risk level "extreme"/);
    expect(() => withSuggestedSl(DEFAULT_RISK_MATRIX, 'extreme', 2)).toThrow(/unknown risk level/);
  });
});
