/**
 * Reading the Y.Doc back into a model. `readRawModel` gives what the doc says, valid or not;
 * `ModelProjection` keeps a model in step with a doc, rebuilding only the elements whose maps
 * changed, so unchanged zones, assets and conduits keep their object identity (the incremental
 * evaluator and the canvas memoise on it). Every read goes through repair.ts, so the model it
 * hands out is always valid.
 */
import * as Y from 'yjs';
import type { Model } from '../model/schema';
import {
  COLLECTIONS,
  type CollectionName,
  collectionMap,
  type ElementMap,
  MODEL_PARTS,
  modelMap,
  ORDER_FIELD,
  PRESENT,
  positionsMap,
  setKeyOf,
} from './layout';
import { type RawModel, type Repair, repairModel } from './repair';

type Cache = WeakMap<ElementMap, Record<string, unknown>>;

function buildElement(key: string, entry: ElementMap): Record<string, unknown> {
  const element: Record<string, unknown> = {};
  for (const [field, value] of entry)
    if (field !== ORDER_FIELD && field !== '__proto__' && value !== undefined) element[field] = value;
  setKeyOf(element, key);
  return element;
}

function readCollection(
  map: Y.Map<ElementMap>,
  cache: Cache | undefined,
  dirty: ReadonlySet<ElementMap> | undefined,
): Record<string, unknown>[] {
  const rows: { order: number; key: string; element: Record<string, unknown> }[] = [];
  for (const [key, entry] of map) {
    if (!(entry instanceof Y.Map)) {
      // Not an element map (an old or hostile client): repair.ts drops it, the server deletes it.
      rows.push({ order: Number.MAX_VALUE, key, element: { junk: entry } });
      continue;
    }
    let element = cache && !dirty?.has(entry) ? cache.get(entry) : undefined;
    if (element === undefined) {
      element = buildElement(key, entry);
      cache?.set(entry, element);
    }
    const order = entry.get(ORDER_FIELD);
    rows.push({ order: typeof order === 'number' && Number.isFinite(order) ? order : 0, key, element });
  }
  rows.sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return rows.map((r) => r.element);
}

function readParts(doc: Y.Doc): Omit<RawModel, CollectionName | 'positions'> {
  const map = modelMap(doc);
  const present = map.get(PRESENT);
  const parts: Omit<RawModel, CollectionName | 'positions'> = {
    present: Array.isArray(present) ? present.filter((p): p is string => typeof p === 'string') : [],
  };
  for (const part of MODEL_PARTS) if (map.has(part)) parts[part] = map.get(part);
  return parts;
}

function readPositions(doc: Y.Doc): Record<string, unknown> {
  const positions: Record<string, unknown> = Object.create(null);
  for (const [id, value] of positionsMap(doc)) positions[id] = value;
  return positions;
}

/** What the doc holds, before any repair (elements may be invalid, references dangling). */
export function readRawModel(doc: Y.Doc): RawModel {
  const raw = { ...readParts(doc), positions: readPositions(doc) } as RawModel;
  for (const name of COLLECTIONS) raw[name] = readCollection(collectionMap(doc, name), undefined, undefined);
  return raw;
}

export interface ReadResult {
  model: Model;
  /** What repair.ts had to change to make the doc's state a valid model (empty when valid). */
  repairs: Repair[];
}

/** One-shot read: the doc as a valid model (repaired when needed). */
export function readModel(doc: Y.Doc, previous?: Model): ReadResult {
  return repairModel(readRawModel(doc), previous);
}

/**
 * A model kept in step with a doc. `read()` returns the same model object while nothing changed,
 * and otherwise a new model in which unchanged elements, arrays and parts keep their identity.
 */
export class ModelProjection {
  private readonly caches = new Map<CollectionName, Cache>();
  private readonly dirty = new Map<CollectionName, Set<ElementMap>>();
  private readonly changed = new Set<CollectionName | 'parts' | 'positions'>([
    ...COLLECTIONS,
    'parts',
    'positions',
  ]);
  private lastRaw: RawModel | undefined;
  private last: ReadResult | undefined;
  private readonly unobserve: (() => void)[] = [];

  constructor(private readonly doc: Y.Doc) {
    for (const name of COLLECTIONS) {
      this.caches.set(name, new WeakMap());
      this.dirty.set(name, new Set());
      const map = collectionMap(doc, name);
      const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        this.changed.add(name);
        const dirty = this.dirty.get(name)!;
        for (const event of events) if (event.target !== map) dirty.add(event.target as ElementMap);
      };
      map.observeDeep(handler);
      this.unobserve.push(() => map.unobserveDeep(handler));
    }
    const parts = modelMap(doc);
    const onParts = () => this.changed.add('parts');
    parts.observe(onParts);
    this.unobserve.push(() => parts.unobserve(onParts));
    const positions = positionsMap(doc);
    const onPositions = () => this.changed.add('positions');
    positions.observe(onPositions);
    this.unobserve.push(() => positions.unobserve(onPositions));
  }

  /** Whether the doc changed since the last `read()`. */
  get stale(): boolean {
    return this.changed.size > 0;
  }

  read(): ReadResult {
    if (this.last && this.changed.size === 0) return this.last;
    const prevRaw = this.lastRaw;
    const raw = { ...(prevRaw ?? {}) } as RawModel;
    if (!prevRaw || this.changed.has('parts')) Object.assign(raw, readParts(this.doc));
    if (!prevRaw || this.changed.has('positions')) raw.positions = readPositions(this.doc);
    for (const name of COLLECTIONS) {
      if (prevRaw && !this.changed.has(name)) continue;
      const list = readCollection(collectionMap(this.doc, name), this.caches.get(name), this.dirty.get(name));
      const before = prevRaw?.[name];
      raw[name] = before && sameItems(before, list) ? before : list;
      this.dirty.get(name)!.clear();
    }
    this.changed.clear();
    this.lastRaw = raw;
    this.last = repairModel(raw, this.last?.model);
    return this.last;
  }

  /** The last model handed out, without reading. */
  get current(): Model | undefined {
    return this.last?.model;
  }

  destroy(): void {
    for (const off of this.unobserve) off();
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
