/**
 * The one memo for data derived from a model (index, layout, barrier reach, evaluation, conduit
 * placements): a WeakMap keyed by the model object, so a value is computed once per model and
 * never outlives it. Only the few most recent models keep theirs (undo/redo of the last steps hits
 * the memo; 200 history entries do not each hold a plant-sized layout). `compute` also receives
 * the most recent entry, so a derivation can update the previous result instead of starting over
 * (an edit that moved nothing keeps the layout boxes; an unchanged conduit graph keeps the reach
 * search). Keys are treated as immutable: the store never mutates a model, it replaces it.
 */
export interface Previous<K, T> {
  key: K;
  value: T;
}

/** How many recent keys keep their value. */
const KEPT = 8;

export function memoPerObject<K extends object, T>(
  compute: (key: K, previous?: Previous<K, T>) => T,
): (key: K) => T {
  const values = new WeakMap<K, T>();
  const recent: K[] = [];
  let latest: Previous<K, T> | undefined;
  return (key) => {
    if (values.has(key)) return values.get(key)!;
    const value = compute(key, latest);
    values.set(key, value);
    recent.push(key);
    if (recent.length > KEPT) values.delete(recent.shift()!);
    latest = { key, value };
    return value;
  };
}
