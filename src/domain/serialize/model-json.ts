/**
 * Deterministic JSON for model files. Users keep these files in git, so the same model must always
 * give the same bytes and a small edit must give a small diff:
 * - keys follow the order of the format spec (not the order the object happened to be built in);
 * - keys of records (diagram.positions, policy.rules) are sorted by code unit, locale-independent;
 * - arrays keep the model's order (the user chose it);
 * - 2-space indent, trailing newline, absent (undefined) fields omitted;
 * - `diagram` comes last, so moving a box only touches lines in that section.
 *
 * The top levels and the records are written here, because JS objects list integer-like keys
 * ("10", "2") first whatever the insertion order, which would break sorting. Below that (the
 * elements), a reordered copy goes through JSON.stringify, which is many times faster.
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
const CHARACTERISTICS = obj([
  'accountableOrganisation',
  'logicalBoundary',
  'physicalBoundary',
  'logicalAccessPoints',
  'physicalAccessPoints',
  'safetyDesignation',
  'securityPolicies',
  'assumptions',
  'threatEnvironment',
  'regulatoryRequirements',
  'slTargetRationale',
  'noSlTarget',
]);
/** Requirement statuses: keys are SR ids (never integer-like), written sorted as plain JSON. */
const ZONE_OR_CONDUIT_FIELDS = { characteristics: CHARACTERISTICS };
const RISK = obj([
  'id',
  'subjectId',
  'title',
  'likelihood',
  'consequence',
  'residualLikelihood',
  'residualConsequence',
  'threatSource',
  'vector',
  'vulnerability',
  'consequenceCategories',
  'controls',
  'countermeasures',
  'owner',
  'status',
  'notes',
]);

/** The format spec's field order (issue 2 §2 and model/schema.ts). */
export const MODEL_LAYOUT: Layout = obj(
  [
    'format',
    'version',
    'meta',
    'zones',
    'assets',
    'conduits',
    'notes',
    'policy',
    'changeRecords',
    'risks',
    'riskMatrix',
    'diagram',
  ],
  {
    meta: obj(['name', 'site', 'description', 'author', 'updatedAt']),
    zones: arrayOf(
      obj(
        [
          'id',
          'name',
          'kind',
          'purdueLevel',
          'slTarget',
          'parentId',
          'description',
          'owner',
          'networks',
          'characteristics',
          'requirements',
        ],
        ZONE_OR_CONDUIT_FIELDS,
      ),
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
          'deviceAt',
          'controls',
          'slTarget',
          'slCapability',
          'untrustedNetwork',
          'remoteAccess',
          'serviceProvider',
          'flows',
          'description',
          'characteristics',
          'requirements',
        ],
        { flows: arrayOf(FLOW), ...ZONE_OR_CONDUIT_FIELDS },
      ),
    ),
    notes: arrayOf(obj(['id', 'text', 'author', 'createdAt', 'targetId'])),
    policy: obj(['acceptances', 'rules'], {
      acceptances: arrayOf(
        obj(['finding', 'justification', 'acceptedBy', 'date', 'expires', 'compensating', 'ticket']),
      ),
      rules: recordOf(obj(['enabled', 'severity'])),
    }),
    risks: arrayOf(RISK),
    riskMatrix: obj(['likelihood', 'consequence', 'levels', 'cells', 'tolerable'], {
      levels: arrayOf(obj(['id', 'label', 'suggestedSl'])),
    }),
    changeRecords: arrayOf(
      obj([
        'id',
        'title',
        'status',
        'reason',
        'requestedBy',
        'implementedBy',
        'approvedBy',
        'ticket',
        'date',
        'version',
        'summary',
      ]),
    ),
    diagram: obj(['positions', 'colors', 'purdueBands', 'subsystems'], {
      subsystems: arrayOf(obj(['id', 'name', 'zoneIds', 'description'])),
      positions: recordOf(obj(['x', 'y', 'width', 'height'])),
      colors: recordOf(plain),
    }),
  },
);

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a record lies somewhere below this layout (then we must write it ourselves). */
function containsRecord(layout: Layout): boolean {
  if (layout.kind === 'record') return true;
  if (layout.kind === 'array') return containsRecord(layout.of);
  if (layout.kind === 'object') return Object.values(layout.shape.fields ?? {}).some(containsRecord);
  return false;
}
const NEEDS_WRITER = new WeakMap<Layout, boolean>();
function needsWriter(layout: Layout): boolean {
  let known = NEEDS_WRITER.get(layout);
  if (known === undefined) {
    known = containsRecord(layout);
    NEEDS_WRITER.set(layout, known);
  }
  return known;
}

/** Keys to write, in order: the shape's known keys, then any others sorted (never drop data). */
function orderedKeys(value: Record<string, unknown>, known: readonly string[] | undefined): string[] {
  const present = Object.keys(value);
  if (!known) return present.filter((k) => value[k] !== undefined).sort(byCodeUnit);
  const keys: string[] = [];
  for (const k of known) if (value[k] !== undefined) keys.push(k);
  if (present.length > keys.length) {
    const extra = present.filter((k) => value[k] !== undefined && !known.includes(k));
    if (extra.length) keys.push(...extra.sort(byCodeUnit));
  }
  return keys;
}

/**
 * A copy whose objects list their keys in canonical order, for JSON.stringify (fast, native).
 * Only used below the records, where every key is a field name (so insertion order holds).
 */
function reorder(value: unknown, layout: Layout): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const of = layout.kind === 'array' ? layout.of : plain;
    // Arrays of plain values (zoneIds, controls, SL vectors) need no copy: the common case.
    let simple = true;
    for (const item of value)
      if (item === undefined || (typeof item === 'object' && item !== null)) {
        simple = false;
        break;
      }
    return simple ? value : value.map((item) => (item === undefined ? null : reorder(item, of)));
  }
  if (!isPlainObject(value)) return value;
  if (layout.kind !== 'object') {
    const copy: Record<string, unknown> = Object.create(null); // no prototype: a "__proto__" key stays data
    for (const key of orderedKeys(value, undefined)) copy[key] = reorder(value[key], plain);
    return copy;
  }
  const { keys, fields } = layout.shape;
  const copy: Record<string, unknown> = Object.create(null);
  let known = 0;
  for (const key of keys) {
    if (!(key in value)) continue;
    known++;
    const v = value[key];
    if (v === undefined) continue;
    copy[key] = typeof v === 'object' && v !== null ? reorder(v, fields?.[key] ?? plain) : v;
  }
  let total = 0;
  for (const key in value) if (Object.hasOwn(value, key)) total++;
  if (total > known)
    for (const key of Object.keys(value)
      .filter((k) => !keys.includes(k) && value[k] !== undefined)
      .sort(byCodeUnit))
      copy[key] = reorder(value[key], plain);
  return copy;
}

/** JSON.stringify's 2-space layout, shifted right to `indent` (JSON text has no raw newlines in strings). */
function stringifyAt(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return indent ? text.replace(/\n/g, `\n${indent}`) : text;
}

function write(value: unknown, layout: Layout, indent: string, out: string[]): void {
  if (value === null || typeof value !== 'object' || !needsWriter(layout)) {
    // Leaves and subtrees without records: the native writer on a reordered copy. Non-finite
    // numbers become null, as in JSON.stringify (the schema never lets them in).
    out.push(stringifyAt(reorder(value, layout), indent));
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
    out.push(stringifyAt(value, indent));
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
