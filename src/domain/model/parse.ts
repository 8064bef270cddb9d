/**
 * Loading a model from text or from an already-parsed value: size and depth guards, JSON syntax,
 * migration, schema, then referential integrity. Every problem names its JSON path.
 */
import { checkIntegrity, RESERVED_KEY } from './integrity';
import type { ModelIssue, PathSegment } from './issues';
import { LIMITS } from './limits';
import { migrate } from './migrate';
import { FORMAT_ID, type Model, ModelSchema } from './schema';

export type ParseResult =
  | { ok: true; model: Model; migratedFrom?: number }
  | { ok: false; issues: ModelIssue[] };

/** Deepest nesting of brackets outside strings; cheap guard before JSON.parse. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > LIMITS.jsonDepth) return max;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  return { line, column: offset - lastBreak };
}

export function parseModelText(input: string): ParseResult {
  let text = input;
  if (text.length > LIMITS.fileBytes)
    return {
      ok: false,
      issues: [
        {
          path: [],
          message: `file is too large (${Math.round(text.length / 1024 / 1024)} MB; the limit is ${LIMITS.fileBytes / 1024 / 1024} MB)`,
        },
      ],
    };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // UTF-8 byte order mark from Windows editors
  if (text.includes('\u0000'))
    return {
      ok: false,
      issues: [{ path: [], message: 'this is not a text file (it contains binary data)' }],
    };
  if (nestingDepth(text) > LIMITS.jsonDepth)
    return {
      ok: false,
      issues: [{ path: [], message: `JSON is nested deeper than ${LIMITS.jsonDepth} levels` }],
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const where = pos
      ? (({ line, column }) => ` at line ${line}, column ${column}`)(lineColumn(text, Number(pos[1])))
      : '';
    return {
      ok: false,
      issues: [
        { path: [], message: `not valid JSON${where}: ${message.replace(/^.*?: /, '').slice(0, 200)}` },
      ],
    };
  }
  return parseModel(value);
}

/**
 * JSON.parse keeps a key named "__proto__" as an own property, but a record built from it by
 * assignment (as zod does) would swap the record's prototype instead: the entry vanishes silently
 * and later lookups read the user's data through the prototype. Refuse such keys by name.
 */
function reservedKeyIssues(doc: Record<string, unknown>): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const check = (record: unknown, path: PathSegment[]) => {
    if (typeof record === 'object' && record !== null && Object.hasOwn(record, RESERVED_KEY))
      issues.push({
        path: [...path, RESERVED_KEY],
        message: `"${RESERVED_KEY}" is reserved and cannot be used as a key`,
      });
  };
  const policy = doc.policy as { rules?: unknown } | undefined;
  const diagram = doc.diagram as { positions?: unknown } | undefined;
  if (typeof policy === 'object' && policy !== null) check(policy.rules, ['policy', 'rules']);
  if (typeof diagram === 'object' && diagram !== null) check(diagram.positions, ['diagram', 'positions']);
  return issues;
}

export function parseModel(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, issues: [{ path: [], message: 'expected a JSON object with "format": "ot-zones"' }] };
  const doc = value as Record<string, unknown>;
  if (doc.format !== FORMAT_ID)
    return {
      ok: false,
      issues: [
        {
          path: ['format'],
          message: `expected "${FORMAT_ID}", got ${JSON.stringify(doc.format)?.slice(0, 80) ?? 'nothing'}`,
        },
      ],
    };
  const migrated = migrate(doc);
  if (!migrated.ok) return migrated;
  const reserved = reservedKeyIssues(migrated.doc);
  if (reserved.length) return { ok: false, issues: reserved };
  const parsed = ModelSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.filter((p): p is PathSegment => typeof p !== 'symbol'),
      message: i.message,
    }));
    return { ok: false, issues };
  }
  const integrity = checkIntegrity(parsed.data);
  if (integrity.length) return { ok: false, issues: integrity };
  return migrated.migratedFrom !== undefined
    ? { ok: true, model: parsed.data, migratedFrom: migrated.migratedFrom }
    : { ok: true, model: parsed.data };
}
