/**
 * What changed between two versions of an element array, by object identity. Edits are immutable
 * and keep the identity of untouched elements, so unchanged elements cost one pointer comparison;
 * only positions that differ are looked up by id.
 */

export interface ElementDiff<T> {
  added: T[];
  removed: T[];
  /** [before, after] for elements whose id stayed but whose object changed. */
  changed: Array<[T, T]>;
}

export function isEmptyDiff(diff: ElementDiff<unknown>): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

export function diffElements<T extends { id: string }>(
  prev: readonly T[],
  next: readonly T[],
  prevById: ReadonlyMap<string, T>,
): ElementDiff<T> {
  const diff: ElementDiff<T> = { added: [], removed: [], changed: [] };
  if (prev === next) return diff;
  const length = Math.max(prev.length, next.length);
  const nextMoved: T[] = [];
  const prevMoved: T[] = [];
  for (let i = 0; i < length; i++) {
    const p = prev[i];
    const n = next[i];
    if (p === n) continue;
    if (n !== undefined) nextMoved.push(n);
    if (p !== undefined) prevMoved.push(p);
  }
  if (nextMoved.length === 0 && prevMoved.length === 0) return diff;
  const nextIds = new Set<string>();
  for (const n of nextMoved) {
    nextIds.add(n.id);
    const before = prevById.get(n.id);
    if (before === undefined) diff.added.push(n);
    else if (before !== n) diff.changed.push([before, n]);
  }
  // An element that kept its position is identical in both arrays, so an id that left its
  // position and is not among the moved new elements is gone.
  for (const p of prevMoved) if (!nextIds.has(p.id)) diff.removed.push(p);
  return diff;
}
