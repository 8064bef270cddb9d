/**
 * JSON and YAML input for the importers, with places: `source.place(['components', 3])` names
 * the JSON path ("$.components[3]") or, for YAML, the line and the path ("YAML line 40
 * ($.components[3])"). YAML is read with the core schema only (no custom tags: an unknown tag is a
 * refusal), a bounded number of aliases (no alias bombs) and bounded nesting.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import { findJsonSyntaxError } from '../model/json-syntax';
import { LIMITS } from '../model/limits';
import { checkSize, ImportError } from './interop-model';

export type Path = ReadonlyArray<string | number>;

export interface Source {
  value: unknown;
  place(path: Path): string;
}

export function jsonPath(path: Path): string {
  let out = '$';
  for (const seg of path)
    out +=
      typeof seg === 'number'
        ? `[${seg}]`
        : /^[A-Za-z_$][\w$]*$/.test(seg)
          ? `.${seg}`
          : `[${JSON.stringify(seg)}]`;
  return out;
}

/** Deepest bracket nesting outside strings (JSON, or YAML flow style); a cheap guard before parsing. */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quote) {
      if (ch === 92) i++;
      else if (ch === quote) quote = 0;
    } else if (ch === 34) quote = 34;
    else if (ch === 123 || ch === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > LIMITS.jsonDepth) return max;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}

export function parseJsonSource(text: string): Source {
  checkSize(text);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (bracketDepth(body) > LIMITS.jsonDepth)
    throw new ImportError('', `JSON is nested deeper than ${LIMITS.jsonDepth} levels`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const found = findJsonSyntaxError(body);
    if (!found)
      throw new ImportError(
        '',
        `not valid JSON (${error instanceof Error ? error.message.slice(0, 160) : ''})`,
      );
    const before = body.slice(0, found.offset).split('\n');
    throw new ImportError(
      `JSON line ${before.length}, column ${before.at(-1)!.length + 1}`,
      `not valid JSON: ${found.message}`,
    );
  }
  return { value, place: jsonPath };
}

/** Most leading spaces a YAML line may have: a guard against nesting bombs in block style. */
const MAX_INDENT = 400;

export function parseYamlSource(text: string): Source {
  checkSize(text);
  if (bracketDepth(text) > LIMITS.jsonDepth)
    throw new ImportError('', `YAML is nested deeper than ${LIMITS.jsonDepth} levels`);
  const deep = /^( {400,})\S/m.exec(text);
  if (deep) {
    const line = text.slice(0, deep.index).split('\n').length;
    throw new ImportError(`YAML line ${line}`, `indented more than ${MAX_INDENT} spaces (nested too deeply)`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    schema: 'core',
    customTags: [],
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineOf = (offset: number) => lines.linePos(offset).line;
  const problem = doc.errors[0];
  if (problem)
    throw new ImportError(
      `YAML line ${lineOf(problem.pos[0])}`,
      `not valid YAML: ${problem.message.split('\n')[0]!.slice(0, 160)}`,
    );
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) throw new ImportError(`YAML line ${lineOf(tag.pos[0])}`, 'custom YAML tags are not accepted');
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ImportError(
      '',
      `YAML cannot be read: ${error instanceof Error ? error.message.slice(0, 160) : ''}`,
    );
  }
  return {
    value,
    place(path) {
      const node = doc.getIn(path, true);
      const range = isNode(node) ? node.range : undefined;
      return range ? `YAML line ${lineOf(range[0])} (${jsonPath(path)})` : jsonPath(path);
    },
  };
}

/** JSON when the text starts like JSON, else YAML. */
export function parseJsonOrYaml(text: string): Source {
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? parseJsonSource(text) : parseYamlSource(text);
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const arrayAt = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
