/**
 * Edits of the risk work: the register, the matrix, characteristics and requirement statuses.
 * Immutable like every edit; each refuses what would make the model fail to load (EditError).
 */

import { idAllocator } from '../edit/ids';
import { EditError, updateConduit, updateZone } from '../edit/update';
import type { Characteristics, Model, RequirementStatus, Risk, RiskMatrix } from '../model/schema';
import { RiskMatrixSchema, RiskSchema } from '../model/schema';
import { isKnownRequirement } from '../standard/requirements';
import { matrixProblems, riskMatrixOf } from './matrix';

function check(model: Model, risk: Risk): void {
  const parsed = RiskSchema.safeParse(risk);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EditError(
      `risk: ${issue?.path.join('.') || ''}${issue?.path.length ? ': ' : ''}${issue?.message ?? 'invalid'}`,
    );
  }
  if (
    !model.zones.some((z) => z.id === risk.subjectId) &&
    !model.conduits.some((c) => c.id === risk.subjectId)
  )
    throw new EditError(`unknown zone or conduit ${JSON.stringify(risk.subjectId)}`);
  const m = riskMatrixOf(model);
  for (const [field, size] of [
    ['likelihood', m.likelihood.length],
    ['consequence', m.consequence.length],
    ['residualLikelihood', m.likelihood.length],
    ['residualConsequence', m.consequence.length],
  ] as const) {
    const v = risk[field];
    if (v !== undefined && v > size)
      throw new EditError(`${field} ${v} is off the matrix's scale (1–${size})`);
  }
}

/** Adds a risk with a fresh id (`risk-N`); returns the model and the id. */
export function addRisk(model: Model, draft: Omit<Risk, 'id'>): { model: Model; id: string } {
  const id = idAllocator(model)('risk');
  const risk: Risk = { id, ...draft };
  check(model, risk);
  return { model: { ...model, risks: [...(model.risks ?? []), risk] }, id };
}

/** Replaces fields of a risk; a field set to undefined is removed. */
export function updateRisk(model: Model, id: string, patch: Partial<Omit<Risk, 'id'>>): Model {
  const list = model.risks ?? [];
  const at = list.findIndex((r) => r.id === id);
  if (at < 0) throw new EditError(`unknown risk ${JSON.stringify(id)}`);
  const next: Record<string, unknown> = { ...list[at]! };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  check(model, next as Risk);
  return { ...model, risks: list.map((r, i) => (i === at ? (next as Risk) : r)) };
}

export function removeRisk(model: Model, id: string): Model {
  const list = model.risks ?? [];
  if (!list.some((r) => r.id === id)) return model;
  const risks = list.filter((r) => r.id !== id);
  if (risks.length) return { ...model, risks };
  const { risks: _gone, ...rest } = model;
  return rest;
}

function elementKind(model: Model, id: string): 'zone' | 'conduit' {
  if (model.zones.some((z) => z.id === id)) return 'zone';
  if (model.conduits.some((c) => c.id === id)) return 'conduit';
  throw new EditError(`unknown zone or conduit ${JSON.stringify(id)}`);
}

function elementOf(model: Model, id: string) {
  return elementKind(model, id) === 'zone'
    ? model.zones.find((z) => z.id === id)!
    : model.conduits.find((c) => c.id === id)!;
}

const update = (
  model: Model,
  id: string,
  patch: {
    characteristics?: Characteristics | undefined;
    requirements?: Record<string, RequirementStatus> | undefined;
  },
) => (elementKind(model, id) === 'zone' ? updateZone(model, id, patch) : updateConduit(model, id, patch));

/** Sets one characteristic; empty text removes it, and an empty group goes away. */
export function setCharacteristic<K extends keyof Characteristics>(
  model: Model,
  id: string,
  key: K,
  value: Characteristics[K] | undefined,
): Model {
  const current: Record<string, unknown> = { ...(elementOf(model, id).characteristics ?? {}) };
  if (value === undefined || value === '') delete current[key];
  else current[key] = value;
  return update(model, id, {
    characteristics: Object.keys(current).length ? (current as Characteristics) : undefined,
  });
}

/** Records (or with undefined, clears) the status of one IEC 62443-3-3 requirement. */
export function setRequirementStatus(
  model: Model,
  id: string,
  requirementId: string,
  status: RequirementStatus | undefined,
): Model {
  if (!isKnownRequirement(requirementId))
    throw new EditError(`unknown requirement ${JSON.stringify(requirementId)}`);
  const current: Record<string, RequirementStatus> = { ...(elementOf(model, id).requirements ?? {}) };
  if (status) current[requirementId] = status;
  else delete current[requirementId];
  return update(model, id, { requirements: Object.keys(current).length ? current : undefined });
}

/** Replaces the matrix (undefined: back to the default); refuses one that risks would fall off. */
export function setRiskMatrix(model: Model, matrix: RiskMatrix | undefined): Model {
  if (matrix) {
    const parsed = RiskMatrixSchema.safeParse(matrix);
    if (!parsed.success) throw new EditError(`risk matrix: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const problem = matrixProblems(matrix)[0];
    if (problem) throw new EditError(`risk matrix: ${problem[0].join('.')}: ${problem[1]}`);
  }
  const next: Model = { ...model };
  if (matrix) next.riskMatrix = matrix;
  else delete next.riskMatrix;
  for (const r of model.risks ?? []) check(next, r);
  return next;
}
