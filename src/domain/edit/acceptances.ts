/**
 * Edits of `policy.acceptances` (risk acceptance) and `changeRecords`. Immutable like every edit:
 * untouched parts keep their identity; an empty list or policy disappears from the file.
 */
import {
  type Acceptance,
  AcceptanceSchema,
  type ChangeRecord,
  ChangeRecordSchema,
  type Model,
} from '../model/schema';
import { EditError } from './update';

function withAcceptances(model: Model, acceptances: Acceptance[]): Model {
  const { acceptances: _old, ...restPolicy } = model.policy ?? {};
  const policy = acceptances.length ? { ...restPolicy, acceptances } : restPolicy;
  if (Object.keys(policy).length) return { ...model, policy };
  const { policy: _gone, ...rest } = model;
  return rest;
}

/** Adds or replaces (same finding key) an acceptance; refuses one the file format would refuse. */
export function acceptFinding(model: Model, acceptance: Acceptance): Model {
  const checked = AcceptanceSchema.safeParse(acceptance);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new EditError(`${issue?.path.join('.') || 'acceptance'}: ${issue?.message ?? 'invalid'}`);
  }
  const others = (model.policy?.acceptances ?? []).filter((a) => a.finding !== acceptance.finding);
  return withAcceptances(model, [...others, checked.data]);
}

/** Removes the acceptance of a finding (revoked, or stale); unchanged model when there is none. */
export function revokeAcceptance(model: Model, findingKey: string): Model {
  const list = model.policy?.acceptances ?? [];
  if (!list.some((a) => a.finding === findingKey)) return model;
  return withAcceptances(
    model,
    list.filter((a) => a.finding !== findingKey),
  );
}

/** Adds or replaces (same id) a change record. */
export function saveChangeRecord(model: Model, record: ChangeRecord): Model {
  const checked = ChangeRecordSchema.safeParse(record);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new EditError(`${issue?.path.join('.') || 'change record'}: ${issue?.message ?? 'invalid'}`);
  }
  const list = model.changeRecords ?? [];
  const at = list.findIndex((r) => r.id === record.id);
  const next = at < 0 ? [...list, checked.data] : list.map((r, i) => (i === at ? checked.data : r));
  return { ...model, changeRecords: next };
}

export function removeChangeRecord(model: Model, id: string): Model {
  const list = model.changeRecords ?? [];
  if (!list.some((r) => r.id === id)) return model;
  const next = list.filter((r) => r.id !== id);
  if (next.length) return { ...model, changeRecords: next };
  const { changeRecords: _gone, ...rest } = model;
  return rest;
}
