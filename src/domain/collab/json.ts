/** JSON helpers for values stored in the Y.Doc: equality and a copy without `undefined`. */

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(ra)) {
    if (ra[key] === undefined) continue;
    count++;
    if (!Object.hasOwn(rb, key) || !jsonEqual(ra[key], rb[key])) return false;
  }
  for (const key of Object.keys(rb)) if (rb[key] !== undefined) count--;
  return count === 0;
}

/** A JSON-safe copy: `undefined` object fields dropped, `undefined` array items become null. */
export function toJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toJson(v)));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    if (v !== undefined)
      Object.defineProperty(out, key, {
        value: toJson(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  return out;
}
