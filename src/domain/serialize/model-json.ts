/**
 * Deterministic JSON for model files. Users keep these files in git, so the same model must always
 * give the same bytes and a small edit must give a small diff:
 * - keys follow the order of the format spec (not the order the object happened to be built in);
 * - keys of records (diagram.positions, policy.rules) are sorted by code unit, locale-independent;
 * - arrays keep the model's order (the user chose it);
 * - 2-space indent, trailing newline, absent (undefined) fields omitted;
 * - `diagram` comes last, so moving a box only touches lines in that section.
 *
 * We write the text ourselves rather than through JSON.stringify because JS objects list
 * integer-like keys ("10", "2") first whatever the insertion order, which would break sorting.
 */
import type { Model } from '../model/schema';

/** How to write one object: its known keys in order, and how to write each key's value. */
interface Shape {
  keys: readonly string[];
  /** Shapes of nested values; keys absent here are written as plain JSON. */
  fields?: Readonly<Record<string, Layout>>;
}

type Layout =
  | { kind: 'object'; shape: Shape }
  | { kind: 'array'; of: Layout }
  | { kind: 'record'; of: Layout }
  | { kind: 'plain' };

const plain: Layout = { kind: 'plain' };
const obj = (keys: readonly string[], fields?: Record<string, Layout>): Layout => ({
  kind: 'object',
  shape: fields ? { keys, fields } : { keys },
});
const arrayOf = (of: Layout): Layout => ({ kind: 'array', of });
const recordOf = (of: Layout): Layout => ({ kind: 'record', of });

const FLOW = obj(['from', 'to', 'protocol', 'port', 'description']);

/** The format spec's field order (issue 2 §2 and model/schema.ts). */
export const MODEL_LAYOUT: Layout = obj(
  ['format', 'version', 'meta', 'zones', 'assets', 'conduits', 'notes', 'policy', 'diagram'],
  {
    meta: obj(['name', 'site', 'description', 'author', 'updatedAt']),
    zones: arrayOf(
      obj(['id', 'name', 'kind', 'purdueLevel', 'slTarget', 'parentId', 'description', 'owner']),
    ),
    assets: arrayOf(
      obj([
        'id',
        'name',
        'type',
        'zoneId',
        'slCapability',
        'safetyRelated',
        'wireless',
        'transient',
        'externalNetwork',
        'vendor',
        'model',
        'addresses',
        'description',
      ]),
    ),
    conduits: arrayOf(
      obj(
        [
          'id',
          'name',
          'zoneIds',
          'type',
          'direction',
          'controls',
          'slTarget',
          'slCapability',
          'untrustedNetwork',
          'remoteAccess',
          'serviceProvider',
          'flows',
          'description',
        ],
        { flows: arrayOf(FLOW) },
      ),
    ),
    notes: arrayOf(obj(['id', 'text', 'author', 'createdAt', 'targetId'])),
    policy: obj(['rules'], { rules: recordOf(obj(['enabled', 'severity'])) }),
    diagram: obj(['positions'], { positions: recordOf(obj(['x', 'y', 'width', 'height'])) }),
  },
);

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys to write, in order: the shape's known keys, then any others sorted (never drop data). */
function orderedKeys(value: Record<string, unknown>, known: readonly string[] | undefined): string[] {
  const present = Object.keys(value).filter((k) => value[k] !== undefined);
  if (!known) return present.sort(byCodeUnit);
  const knownSet = new Set(known);
  const first = known.filter((k) => value[k] !== undefined);
  const rest = present.filter((k) => !knownSet.has(k)).sort(byCodeUnit);
  return [...first, ...rest];
}

function write(value: unknown, layout: Layout, indent: string, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    // Numbers, strings, booleans, null: the JSON spelling. Non-finite numbers become null, as in
    // JSON.stringify (the schema never lets them in).
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    const of = layout.kind === 'array' ? layout.of : plain;
    out.push('[');
    value.forEach((item, i) => {
      out.push(`\n${inner}`);
      write(item === undefined ? null : item, of, inner, out);
      if (i < value.length - 1) out.push(',');
    });
    out.push(`\n${indent}]`);
    return;
  }
  if (!isPlainObject(value)) {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const shape = layout.kind === 'object' ? layout.shape : undefined;
  const keys = orderedKeys(value, shape?.keys);
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{');
  keys.forEach((key, i) => {
    const child: Layout = layout.kind === 'record' ? layout.of : (shape?.fields?.[key] ?? plain);
    out.push(`\n${inner}${JSON.stringify(key)}: `);
    write(value[key], child, inner, out);
    if (i < keys.length - 1) out.push(',');
  });
  out.push(`\n${indent}}`);
}

/** Canonical text of a model file: same model → same bytes; parse(serialize(m)) equals m. */
export function serializeModel(model: Model): string {
  const out: string[] = [];
  write(model, MODEL_LAYOUT, '', out);
  out.push('\n');
  return out.join('');
}
