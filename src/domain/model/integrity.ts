/**
 * Referential integrity: what the schema alone cannot see. Ids unique across all elements,
 * every reference resolves, flows stay inside their conduit, parents form no cycle.
 */
import { matrixProblems, riskMatrixOf } from '../risk/matrix';
import { isKnownRequirement } from '../standard/requirements';
import { type ModelIssue, quoteForMessage } from './issues';
import { LIMITS } from './limits';
import type { Model } from './schema';

/** Ids become object keys (diagram.positions, lookups); this one would replace the prototype. */
export const RESERVED_KEY = '__proto__';

const quote = quoteForMessage;

export function checkIntegrity(model: Model): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    if (id === RESERVED_KEY) {
      issues.push({
        path: [...path, 'id'],
        message: `"${RESERVED_KEY}" is reserved and cannot be used as an id`,
      });
      return;
    }
    const first = seen.get(id);
    if (first)
      issues.push({ path: [...path, 'id'], message: `duplicate id ${quote(id)} (already used by ${first})` });
    else seen.set(id, path.join('.').replace(/\.(\d+)/g, '[$1]'));
  };
  model.zones.forEach((z, i) => {
    claim(z.id, ['zones', i]);
  });
  model.assets.forEach((a, i) => {
    claim(a.id, ['assets', i]);
  });
  model.conduits.forEach((c, i) => {
    claim(c.id, ['conduits', i]);
  });
  model.notes?.forEach((n, i) => {
    claim(n.id, ['notes', i]);
  });
  model.risks?.forEach((r, i) => {
    claim(r.id, ['risks', i]);
  });

  const zoneIds = new Set(model.zones.map((z) => z.id));
  const parentOf = new Map<string, string>();
  model.zones.forEach((z, i) => {
    if (z.parentId === undefined) return;
    if (z.parentId === z.id)
      issues.push({ path: ['zones', i, 'parentId'], message: 'a zone cannot be its own parent' });
    else if (!zoneIds.has(z.parentId))
      issues.push({ path: ['zones', i, 'parentId'], message: `unknown zone ${quote(z.parentId)}` });
    else parentOf.set(z.id, z.parentId);
  });
  // Cycle detection: walk up from each zone; report each cycle once, at its first zone.
  const reported = new Set<string>();
  model.zones.forEach((z, i) => {
    const trail = new Set<string>([z.id]);
    let cursor = parentOf.get(z.id);
    while (cursor !== undefined) {
      if (cursor === z.id) {
        if (![...trail].some((t) => reported.has(t))) {
          issues.push({
            path: ['zones', i, 'parentId'],
            message: `zones nest in a cycle: ${[...trail, z.id].map(quote).join(' → ')}`,
          });
          for (const t of trail) reported.add(t);
        }
        break;
      }
      if (trail.has(cursor)) break; // a cycle above this zone, reported from a zone inside it
      trail.add(cursor);
      cursor = parentOf.get(cursor);
    }
  });

  model.assets.forEach((a, i) => {
    if (!zoneIds.has(a.zoneId))
      issues.push({ path: ['assets', i, 'zoneId'], message: `unknown zone ${quote(a.zoneId)}` });
  });

  model.conduits.forEach((c, i) => {
    const members = new Set<string>();
    c.zoneIds.forEach((zid, j) => {
      if (!zoneIds.has(zid))
        issues.push({ path: ['conduits', i, 'zoneIds', j], message: `unknown zone ${quote(zid)}` });
      else if (members.has(zid))
        issues.push({ path: ['conduits', i, 'zoneIds', j], message: `zone ${quote(zid)} is listed twice` });
      members.add(zid);
    });
    c.flows?.forEach((f, k) => {
      for (const end of ['from', 'to'] as const) {
        if (!members.has(f[end]))
          issues.push({
            path: ['conduits', i, 'flows', k, end],
            message: `zone ${quote(f[end])} is not joined by this conduit`,
          });
      }
      if (f.from === f.to)
        issues.push({ path: ['conduits', i, 'flows', k, 'to'], message: 'a flow must leave its zone' });
    });
  });

  for (const [key, position] of Object.entries(model.diagram?.positions ?? {}))
    for (const field of ['x', 'y', 'width', 'height'] as const) {
      const value = position[field];
      if (value !== undefined && Math.abs(value) > LIMITS.coordinate)
        issues.push({
          path: ['diagram', 'positions', key, field],
          message: `${value} is too far out (the diagram reaches ±${LIMITS.coordinate.toLocaleString('en')} pixels)`,
        });
    }

  model.notes?.forEach((n, i) => {
    if (n.targetId !== undefined && !seen.has(n.targetId))
      issues.push({ path: ['notes', i, 'targetId'], message: `unknown element ${quote(n.targetId)}` });
  });

  checkRisks(model, issues);
  return issues;
}

/** Risks name a zone or conduit and sit on the matrix; requirement statuses name known SRs. */
function checkRisks(model: Model, issues: ModelIssue[]): void {
  if (model.riskMatrix)
    for (const [path, message] of matrixProblems(model.riskMatrix))
      issues.push({ path: ['riskMatrix', ...path], message });
  const matrix = riskMatrixOf(model);
  const subjects = new Set([...model.zones.map((z) => z.id), ...model.conduits.map((c) => c.id)]);
  model.risks?.forEach((r, i) => {
    if (!subjects.has(r.subjectId))
      issues.push({
        path: ['risks', i, 'subjectId'],
        message: `unknown zone or conduit ${quote(r.subjectId)}`,
      });
    const scales = [
      ['likelihood', matrix.likelihood.length],
      ['consequence', matrix.consequence.length],
      ['residualLikelihood', matrix.likelihood.length],
      ['residualConsequence', matrix.consequence.length],
    ] as const;
    for (const [field, size] of scales) {
      const value = r[field];
      if (value !== undefined && value > size)
        issues.push({
          path: ['risks', i, field],
          message: `${value} is off the risk matrix's scale (1–${size})`,
        });
    }
  });
  const requirementKeys = (kind: 'zones' | 'conduits', list: Model['zones'] | Model['conduits']) =>
    list.forEach((element, i) => {
      for (const key of Object.keys(element.requirements ?? {}))
        if (!isKnownRequirement(key))
          issues.push({
            path: [kind, i, 'requirements', key],
            message: `unknown IEC 62443-3-3 requirement ${quote(key)} (use e.g. "SR 5.2" or "SR 5.2 RE1")`,
          });
    });
  requirementKeys('zones', model.zones);
  requirementKeys('conduits', model.conduits);
}
