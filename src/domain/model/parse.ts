/**
 * Loading a model from text or from an already-parsed value: size and depth guards, JSON syntax,
 * migration, schema, then referential integrity. Every problem names its JSON path.
 */
import { checkIntegrity, RESERVED_KEY } from './integrity';
import type { ModelIssue, PathSegment } from './issues';
import { findJsonSyntaxError } from './json-syntax';
import { integrityBesideSchema } from './lenient';
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

/** Where and why JSON.parse failed, in the same words on every engine. */
function jsonErrorMessage(text: string, error: unknown): string {
  const found = findJsonSyntaxError(text);
  if (!found) {
    // Our scanner and the engine disagree (should not happen): fall back to the engine's words.
    const message = error instanceof Error ? error.message : String(error);
    return `not valid JSON: ${message.slice(0, 200)}`;
  }
  const { line, column } = lineColumn(text, found.offset);
  const hint = /^\s*</.test(text) ? ' (this looks like XML or HTML, not an ot-zones model file)' : '';
  return `not valid JSON at line ${line}, column ${column}: ${found.message}${hint}`;
}

/**
 * UTF-16 text read as UTF-8: its byte order mark turns into two U+FFFD and every ASCII character
 * is followed (little-endian) or preceded (big-endian) by a NUL.
 */
function looksLikeUtf16(text: string): boolean {
  const body = text.replace(/^\uFFFD\uFFFD/, '');
  const pairs = Math.min(100, Math.floor(body.length / 2));
  if (pairs < 4) return false;
  let le = 0;
  let be = 0;
  for (let k = 0; k < pairs; k++) {
    const a = body.charCodeAt(2 * k);
    const b = body.charCodeAt(2 * k + 1);
    if (a !== 0 && b === 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  return Math.max(le, be) >= pairs * 0.9;
}

/** Longest message we pass on; the rest of a 10 MB key or value helps nobody. */
const MESSAGE_MAX = 300;
// Control characters (a terminal would obey ESC sequences), bidi overrides and isolates (they
// reorder the text around them) and unpaired surrogates: shown as \uXXXX escapes instead.
const UNSAFE_IN_MESSAGE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what must not pass
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Messages reach terminals (the CLI) and the UI. Some quote the file (zod's "Unrecognized key"
 * does, unescaped), so make them inert and short.
 */
export function cleanMessage(message: string): string {
  const safe = message.replace(
    UNSAFE_IN_MESSAGE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return safe.length > MESSAGE_MAX ? `${safe.slice(0, MESSAGE_MAX - 1)}…` : safe;
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
      issues: [
        {
          path: [],
          message: looksLikeUtf16(text)
            ? 'this file is saved as UTF-16 ("Unicode" in Notepad); save it as UTF-8 and open it again'
            : 'this is not a text file (it contains binary data)',
        },
      ],
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
    return { ok: false, issues: [{ path: [], message: cleanMessage(jsonErrorMessage(text, error)) }] };
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
      message: cleanMessage(i.message),
    }));
    // References too, in the same round: every problem at once (model/lenient.ts).
    const references = integrityBesideSchema(migrated.doc, issues).map((i) => ({
      path: i.path,
      message: cleanMessage(i.message),
    }));
    return { ok: false, issues: [...issues, ...references] };
  }
  const integrity = checkIntegrity(parsed.data);
  if (integrity.length)
    return { ok: false, issues: integrity.map((i) => ({ path: i.path, message: cleanMessage(i.message) })) };
  return migrated.migratedFrom !== undefined
    ? { ok: true, model: parsed.data, migratedFrom: migrated.migratedFrom }
    : { ok: true, model: parsed.data };
}
