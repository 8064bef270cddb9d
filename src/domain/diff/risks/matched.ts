/** Pairs of elements present in both versions (by id), for risk checks that compare one field. */
export function matched<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): Array<[before: T, after: T]> {
  const old = new Map(before.map((e) => [e.id, e]));
  const pairs: Array<[T, T]> = [];
  for (const e of after) {
    const was = old.get(e.id);
    if (was && was !== e) pairs.push([was, e]);
  }
  return pairs;
}

/** Elements of `after` whose id is not in `before`. */
export function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const old = new Set(before.map((e) => e.id));
  return after.filter((e) => !old.has(e.id));
}
