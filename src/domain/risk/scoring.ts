/**
 * Scoring the risk register against the matrix: each risk's unmitigated and residual level, and
 * per zone or conduit the SL-T its worst unmitigated risk suggests (62443-3-2 ZCR 5.5–5.6,
 * ZCR 5.10–5.11). A risk without a residual assessment keeps its unmitigated value: until the
 * group has judged the countermeasures, nothing has been reduced.
 */
import type { Model, Risk, RiskLevel } from '../model/schema';
import type { SecurityLevel } from '../security-level';
import { type Matrix, prepareMatrix, riskMatrixOf } from './matrix';

export interface ScoredRisk {
  risk: Risk;
  score: number;
  level: RiskLevel | undefined;
  residualLikelihood: number;
  residualConsequence: number;
  residualScore: number;
  residualLevel: RiskLevel | undefined;
  /** Whether the residual level is worse than the matrix's tolerable level. */
  aboveTolerance: boolean;
}

export function scoreRisk(risk: Risk, matrix: Matrix): ScoredRisk {
  const residualLikelihood = risk.residualLikelihood ?? risk.likelihood;
  const residualConsequence = risk.residualConsequence ?? risk.consequence;
  const residualLevel = matrix.levelAt(residualLikelihood, residualConsequence);
  return {
    risk,
    score: risk.likelihood * risk.consequence,
    level: matrix.levelAt(risk.likelihood, risk.consequence),
    residualLikelihood,
    residualConsequence,
    residualScore: residualLikelihood * residualConsequence,
    residualLevel,
    aboveTolerance: residualLevel !== undefined && matrix.aboveTolerance(residualLevel.id),
  };
}

export interface SlSuggestion {
  subjectId: string;
  /** The SL-T as the file states it (one level or seven), null when not set. */
  current: SecurityLevel | null;
  suggested: number;
  /** The risk whose unmitigated level gives the suggestion. */
  worstRiskId: string;
}

/** The more severe of two levels by the matrix's order (undefined counts as least). */
export function worseLevel(matrix: Matrix, a: RiskLevel | undefined, b: RiskLevel | undefined) {
  if (!a) return b;
  if (!b) return a;
  return matrix.rank(b.id) > matrix.rank(a.id) ? b : a;
}

export interface RiskAssessment {
  matrix: Matrix;
  scored: ScoredRisk[];
  /** Scored risks per zone or conduit id, in register order. */
  bySubject: ReadonlyMap<string, ScoredRisk[]>;
  /** One per zone or conduit that has risks, in model order (zones, then conduits). */
  suggestions: SlSuggestion[];
}

const cache = new WeakMap<Model, RiskAssessment>();

/** assessRisks, computed once per model version (the rules and the UI share it). */
export function riskAssessmentOf(model: Model): RiskAssessment {
  let found = cache.get(model);
  if (!found) {
    found = assessRisks(model);
    cache.set(model, found);
  }
  return found;
}

export function assessRisks(model: Model): RiskAssessment {
  const matrix = prepareMatrix(riskMatrixOf(model));
  const scored = (model.risks ?? []).map((r) => scoreRisk(r, matrix));
  const bySubject = new Map<string, ScoredRisk[]>();
  for (const s of scored) {
    const list = bySubject.get(s.risk.subjectId);
    if (list) list.push(s);
    else bySubject.set(s.risk.subjectId, [s]);
  }
  const suggestions: SlSuggestion[] = [];
  for (const element of [...model.zones, ...model.conduits]) {
    const own = bySubject.get(element.id);
    const worst = own && worstUnmitigated(matrix, own);
    if (!worst?.level) continue;
    suggestions.push({
      subjectId: element.id,
      current: element.slTarget ?? null,
      suggested: worst.level.suggestedSl,
      worstRiskId: worst.risk.id,
    });
  }
  return { matrix, scored, bySubject, suggestions };
}

/** The risk with the most severe unmitigated level (first in register order on a tie). */
export function worstUnmitigated(matrix: Matrix, risks: readonly ScoredRisk[]): ScoredRisk | undefined {
  let worst: ScoredRisk | undefined;
  for (const s of risks)
    if (!worst || (s.level && worseLevel(matrix, worst.level, s.level) !== worst.level)) worst = s;
  return worst;
}

/** The risk with the most severe residual level (first in register order on a tie). */
export function worstResidual(matrix: Matrix, risks: readonly ScoredRisk[]): ScoredRisk | undefined {
  let worst: ScoredRisk | undefined;
  for (const s of risks)
    if (
      !worst ||
      (s.residualLevel && worseLevel(matrix, worst.residualLevel, s.residualLevel) !== worst.residualLevel)
    )
      worst = s;
  return worst;
}
