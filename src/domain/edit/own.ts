/**
 * Own-entry lookups on plain records keyed by ids (diagram positions, fragment roots, policy
 * rules). Ids are user data: `record[id]` for an id like "constructor" or "toString" would find
 * Object.prototype's function instead of "no entry".
 */

/** The record's own value for `key`, or undefined. */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string,
): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether the record has its own entry for `key` (unlike `key in record`, never via the prototype). */
export function hasOwnEntry(
  record: Readonly<Record<string, unknown>> | null | undefined,
  key: string,
): boolean {
  return record != null && Object.hasOwn(record, key);
}
