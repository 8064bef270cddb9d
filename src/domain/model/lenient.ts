/**
 * A file that fails the schema still gets its references checked, so the user sees every problem
 * at once instead of a second round after fixing the first (issue 18). `lenientModel` shapes the
 * raw document just enough for checkIntegrity to walk it without throwing — same arrays, same
 * indexes, so paths stay true — and `integrityBesideSchema` drops what the schema already reported
 * at or above the same path.
 */
import { checkIntegrity } from './integrity';
import type { ModelIssue, PathSegment } from './issues';
import { type Model, RiskMatrixSchema } from './schema';

/** Stands in for a missing or mistyped id or reference; it matches nothing real. */
const NONE = '\u0000';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const optStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const record = (v: unknown): Raw | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : undefined;

export function lenientModel(doc: Raw): Model {
  const matrix = RiskMatrixSchema.safeParse(doc.riskMatrix);
  const positions: Record<string, Raw> = {};
  for (const [key, p] of Object.entries(obj(obj(doc.diagram).positions))) {
    const o = obj(p);
    positions[key] = { x: num(o.x), y: num(o.y), width: num(o.width), height: num(o.height) };
  }
  const id = (o: Raw, kind: string, i: number) => str(o.id, `${NONE}${kind}${i}`);
  const model = {
    format: 'ot-zones',
    version: 1,
    meta: { name: '' },
    zones: arr(doc.zones).map((z, i) => {
      const o = obj(z);
      return { id: id(o, 'z', i), parentId: optStr(o.parentId), requirements: record(o.requirements) };
    }),
    assets: arr(doc.assets).map((a, i) => {
      const o = obj(a);
      return { id: id(o, 'a', i), zoneId: str(o.zoneId, NONE) };
    }),
    conduits: arr(doc.conduits).map((c, i) => {
      const o = obj(c);
      return {
        id: id(o, 'c', i),
        zoneIds: arr(o.zoneIds).map((z) => str(z, NONE)),
        flows: Array.isArray(o.flows)
          ? o.flows.map((f) => ({ from: str(obj(f).from, NONE), to: str(obj(f).to, `${NONE}to`) }))
          : undefined,
        requirements: record(o.requirements),
      };
    }),
    notes: arr(doc.notes).map((n, i) => {
      const o = obj(n);
      return { id: id(o, 'n', i), targetId: optStr(o.targetId) };
    }),
    risks: arr(doc.risks).map((r, i) => {
      const o = obj(r);
      // Off-scale checks need the file's own matrix; without a valid one they would mislead.
      const scale = (v: unknown) => (matrix.success || doc.riskMatrix === undefined ? num(v) : undefined);
      return {
        id: id(o, 'r', i),
        subjectId: str(o.subjectId, NONE),
        likelihood: scale(o.likelihood),
        consequence: scale(o.consequence),
        residualLikelihood: scale(o.residualLikelihood),
        residualConsequence: scale(o.residualConsequence),
      };
    }),
    riskMatrix: matrix.success ? matrix.data : undefined,
    diagram: { positions },
  };
  return model as unknown as Model;
}

const within = (path: readonly PathSegment[], prefix: readonly PathSegment[]) =>
  prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]));

/** Integrity problems of a document the schema refused, minus those the schema already covers. */
export function integrityBesideSchema(doc: Raw, schemaIssues: readonly ModelIssue[]): ModelIssue[] {
  let found: ModelIssue[];
  try {
    found = checkIntegrity(lenientModel(doc));
  } catch {
    return [];
  }
  return found.filter(
    (issue) =>
      !issue.message.includes(NONE) &&
      !issue.message.includes('\\u0000') &&
      !schemaIssues.some((s) => within(issue.path, s.path) || within(s.path, issue.path)),
  );
}
