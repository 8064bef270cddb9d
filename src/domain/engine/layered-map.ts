/**
 * An immutable string-keyed map that is cheap to derive with a few changes: a shared base map plus
 * a small overlay of changed keys. Deriving costs O(overlay), not O(size); the overlay is folded
 * into a fresh base once it grows, so lookups stay at two hash probes. Used for
 * Evaluation.bySubject, where one edit changes a handful of entries among thousands.
 */

/** Fold the overlay into a new base once it holds more entries than this. */
const MAX_OVERLAY = 128;

export class LayeredMap<V> implements ReadonlyMap<string, V> {
  readonly size: number;
  private flat: Map<string, V> | undefined;

  private constructor(
    private readonly base: ReadonlyMap<string, V>,
    /** Changed keys; `undefined` marks a deletion. */
    private readonly overlay: ReadonlyMap<string, V | undefined>,
    size: number,
  ) {
    this.size = size;
  }

  static of<V>(entries: ReadonlyMap<string, V>): LayeredMap<V> {
    return new LayeredMap(entries, new Map(), entries.size);
  }

  /** A new map with the changes applied (`undefined` deletes); this one is left as it was. */
  with(changes: Iterable<readonly [string, V | undefined]>): LayeredMap<V> {
    const overlay = new Map(this.overlay);
    let size = this.size;
    for (const [key, value] of changes) {
      size += (value === undefined ? 0 : 1) - (this.has(key) ? 1 : 0);
      overlay.set(key, value);
    }
    if (overlay.size <= MAX_OVERLAY) return new LayeredMap(this.base, overlay, size);
    const base = new Map(this.base);
    for (const [key, value] of overlay) {
      if (value === undefined) base.delete(key);
      else base.set(key, value);
    }
    return new LayeredMap(base, new Map(), base.size);
  }

  get(key: string): V | undefined {
    return this.overlay.has(key) ? this.overlay.get(key) : this.base.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** The merged content as a plain Map, built once on first iteration. */
  private merged(): Map<string, V> {
    if (this.flat) return this.flat;
    const flat = new Map(this.base);
    for (const [key, value] of this.overlay) {
      if (value === undefined) flat.delete(key);
      else flat.set(key, value);
    }
    this.flat = flat;
    return flat;
  }

  entries() {
    return this.merged().entries();
  }

  keys() {
    return this.merged().keys();
  }

  values() {
    return this.merged().values();
  }

  [Symbol.iterator]() {
    return this.merged()[Symbol.iterator]();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.merged()) callback.call(thisArg, value, key, this);
  }
}
