/**
 * The risk matrix: scales, the level of each cell, the tolerable level and the level → SL-T
 * mapping. The model may carry its own (`riskMatrix`); otherwise DEFAULT_RISK_MATRIX applies.
 * The default is an example to adapt to the organisation's risk criteria, not IEC 62443's: the
 * standard leaves the matrix to the asset owner (62443-3-2 ZCR 5.5 and ZCR 5.7).
 */
import { quoteForMessage } from '../model/issues';
import type { Model, RiskLevel, RiskMatrix } from '../model/schema';

const DEFAULT_LEVELS: RiskLevel[] = [
  { id: 'low', label: 'Low', suggestedSl: 1 },
  { id: 'medium', label: 'Medium', suggestedSl: 2 },
  { id: 'high', label: 'High', suggestedSl: 3 },
  { id: 'critical', label: 'Critical', suggestedSl: 4 },
];

/** Score bands of the default: 1–4 low, 5–9 medium, 10–16 high, 17–25 critical. */
function defaultLevelOfScore(score: number): string {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 16) return 'high';
  return 'critical';
}

const SCALE = [1, 2, 3, 4, 5];

export const DEFAULT_RISK_MATRIX: RiskMatrix = {
  likelihood: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  consequence: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
  levels: DEFAULT_LEVELS,
  cells: SCALE.map((l) => SCALE.map((c) => defaultLevelOfScore(l * c))),
  tolerable: 'medium',
};

/** The model's matrix, or the default when the file has none. */
export function riskMatrixOf(model: Pick<Model, 'riskMatrix'>): RiskMatrix {
  return model.riskMatrix ?? DEFAULT_RISK_MATRIX;
}

/** A matrix with its lookups prepared; build once per model version. */
export interface Matrix {
  data: RiskMatrix;
  /** Level at likelihood l, consequence c (1-based); undefined off the scales. */
  levelAt(likelihood: number, consequence: number): RiskLevel | undefined;
  /** Position of a level from least severe (0); -1 when unknown. */
  rank(levelId: string): number;
  level(levelId: string): RiskLevel | undefined;
  tolerable: RiskLevel;
  /** Whether a level is worse than the tolerable one. */
  aboveTolerance(levelId: string): boolean;
}

export function prepareMatrix(data: RiskMatrix): Matrix {
  const byId = new Map(data.levels.map((lv, i) => [lv.id, { lv, i }]));
  const rank = (id: string) => byId.get(id)?.i ?? -1;
  const tolerable = byId.get(data.tolerable)?.lv ?? data.levels[data.levels.length - 1]!;
  const tolerableRank = rank(tolerable.id);
  return {
    data,
    levelAt(l, c) {
      const id = data.cells[l - 1]?.[c - 1];
      return id === undefined ? undefined : byId.get(id)?.lv;
    },
    rank,
    level: (id) => byId.get(id)?.lv,
    tolerable,
    aboveTolerance: (id) => rank(id) > tolerableRank,
  };
}

/** A copy of the matrix with one cell's level changed (for the matrix editor). */
export function withCell(
  data: RiskMatrix,
  likelihood: number,
  consequence: number,
  levelId: string,
): RiskMatrix {
  return {
    ...data,
    cells: data.cells.map((row, i) =>
      i === likelihood - 1 ? row.map((cell, j) => (j === consequence - 1 ? levelId : cell)) : row,
    ),
  };
}

/** The matrix with another tolerable level (risks at or below it are tolerable). */
export function withTolerable(data: RiskMatrix, levelId: string): RiskMatrix {
  if (!data.levels.some((l) => l.id === levelId)) throw new Error(`unknown risk level "${levelId}"`);
  return { ...data, tolerable: levelId };
}

/** The matrix with another SL-T suggested for an unmitigated risk level (organisation-defined). */
export function withSuggestedSl(data: RiskMatrix, levelId: string, sl: RiskLevel['suggestedSl']): RiskMatrix {
  if (!data.levels.some((l) => l.id === levelId)) throw new Error(`unknown risk level "${levelId}"`);
  return { ...data, levels: data.levels.map((l) => (l.id === levelId ? { ...l, suggestedSl: sl } : l)) };
}

/**
 * Problems of a matrix as [path below riskMatrix, message]: the cell grid must match the scales,
 * level ids be unique and every cell and the tolerable level name a level.
 */
export function matrixProblems(data: RiskMatrix): Array<[path: (string | number)[], message: string]> {
  const problems: Array<[(string | number)[], string]> = [];
  const ids = new Set<string>();
  data.levels.forEach((lv, i) => {
    if (ids.has(lv.id)) problems.push([['levels', i, 'id'], `duplicate level id ${quoteForMessage(lv.id)}`]);
    ids.add(lv.id);
  });
  if (data.cells.length !== data.likelihood.length)
    problems.push([
      ['cells'],
      `needs one row per likelihood value (${data.likelihood.length}), has ${data.cells.length}`,
    ]);
  data.cells.forEach((row, i) => {
    if (row.length !== data.consequence.length)
      problems.push([
        ['cells', i],
        `needs one cell per consequence value (${data.consequence.length}), has ${row.length}`,
      ]);
    row.forEach((cell, j) => {
      if (!ids.has(cell)) problems.push([['cells', i, j], `unknown level ${quoteForMessage(cell)}`]);
    });
  });
  if (!ids.has(data.tolerable))
    problems.push([['tolerable'], `unknown level ${quoteForMessage(data.tolerable)}`]);
  return problems;
}
