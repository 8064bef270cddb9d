/**
 * Field-level differences between two versions of one element. Objects are walked key by key
 * (paths like "name" or "rules.zone-empty.severity"); arrays (zone ids, controls, SL vectors,
 * addresses) are compared as whole values, because a reviewer reads "controls: [fw, ids] → [fw]"
 * more easily than index-by-index noise.
 */

export interface FieldChange {
  path: string;
  /** Undefined when the field is absent in the old version. */
  before: unknown;
  /** Undefined when the field is absent in the new version. */
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Changed fields, in the order of `order` first (the format's field order), then sorted. */
export function diffFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  options: { order?: readonly string[]; skip?: readonly string[]; prefix?: string } = {},
): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const present = new Set([...Object.keys(b), ...Object.keys(a)]);
  const ordered = [
    ...(options.order ?? []).filter((k) => present.has(k)),
    ...[...present].filter((k) => !options.order?.includes(k)).sort(byCodeUnit),
  ];
  const changes: FieldChange[] = [];
  for (const key of ordered) {
    if (options.skip?.includes(key)) continue;
    const path = options.prefix ? `${options.prefix}.${key}` : key;
    const x = b[key];
    const y = a[key];
    if (sameValue(x, y)) continue;
    if (isObject(x) && isObject(y)) changes.push(...diffFields(x, y, { prefix: path }));
    else changes.push({ path, before: x, after: y });
  }
  return changes;
}
