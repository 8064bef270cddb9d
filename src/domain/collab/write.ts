/**
 * Writing a model into the Y.Doc as a minimal change: one transaction, only the elements, fields
 * and positions that differ. With `previous` (the model this replica last read or wrote), only
 * what changed between the two is written and only elements that `previous` had are deleted, so
 * an element someone else added meanwhile is never removed by a replica that has not seen it.
 * Without `previous` the doc is made equal to the model (the server's create/replace/restore).
 */
import * as Y from 'yjs';
import type { Model, Position } from '../model/schema';
import { jsonEqual, toJson } from './json';
import {
  COLLECTIONS,
  type CollectionName,
  collectionMap,
  type ElementMap,
  elementKey,
  keyOf,
  LAYOUT_KEY,
  LAYOUT_VERSION,
  MODEL_PARTS,
  modelMap,
  OPTIONAL_PARTS,
  ORDER_FIELD,
  PRESENT,
  positionsMap,
  setKeyOf,
} from './layout';

type Element = { id: string } & Record<string, unknown>;

export interface WriteOptions {
  /** The model this replica last read from or wrote to the doc; enables the minimal diff. */
  previous?: Model | undefined;
  /** Transaction origin (an undo manager tracks its own origin). */
  origin?: unknown;
}

function elementsOf(model: Model | undefined, name: CollectionName): readonly Element[] | undefined {
  return model?.[name] as readonly Element[] | undefined;
}

/** Id → entry keys of a collection (scanned lazily, once per write). */
function indexCollection(map: Y.Map<ElementMap>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [key, entry] of map) {
    const id = entry.get('id');
    if (typeof id !== 'string') continue;
    const keys = index.get(id);
    if (keys) keys.push(key);
    else index.set(id, [key]);
  }
  for (const keys of index.values()) keys.sort();
  return index;
}

/** Sets the element's fields on its map: changed ones only; fields it no longer has are removed. */
function writeFields(entry: ElementMap, element: Element): void {
  for (const [field, value] of Object.entries(element)) {
    if (value === undefined) continue;
    if (!jsonEqual(entry.get(field), value)) entry.set(field, toJson(value));
  }
  for (const field of [...entry.keys()])
    if (field !== ORDER_FIELD && (!Object.hasOwn(element, field) || element[field] === undefined))
      entry.delete(field);
}

/**
 * Order values for the array: existing `_o` values are kept while they increase; an element out
 * of place (new or moved) gets a value between its neighbours.
 */
function assignOrder(entries: readonly ElementMap[]): void {
  let prev = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const own = entry.get(ORDER_FIELD);
    if (typeof own === 'number' && Number.isFinite(own) && own > prev) {
      prev = own;
      continue;
    }
    let next: number | undefined;
    for (let j = i + 1; j < entries.length; j++) {
      const o = entries[j]!.get(ORDER_FIELD);
      if (typeof o === 'number' && Number.isFinite(o) && o > prev) {
        next = o;
        break;
      }
    }
    let value: number;
    if (prev === Number.NEGATIVE_INFINITY) value = next === undefined ? 0 : next - 1;
    else if (next === undefined) value = prev + 1;
    else {
      value = (prev + next) / 2;
      if (!(value > prev && value < next)) value = prev + 1; // out of float precision: later ones move too
    }
    entry.set(ORDER_FIELD, value);
    prev = value;
  }
}

function writeCollection(doc: Y.Doc, name: CollectionName, next: Model, previous: Model | undefined): void {
  const nextElements = elementsOf(next, name) ?? [];
  const prevElements = previous ? (elementsOf(previous, name) ?? []) : undefined;
  if (prevElements && prevElements === elementsOf(next, name)) return;
  const map = collectionMap(doc, name);
  let index: Map<string, string[]> | undefined;
  const keysFor = (id: string) => {
    index ??= indexCollection(map);
    return index.get(id) ?? [];
  };
  const prevById = new Map<string, Element>();
  for (const e of prevElements ?? []) prevById.set(e.id, e);

  const used = new Set<string>();
  const ordered: ElementMap[] = [];
  for (const element of nextElements) {
    const before = prevById.get(element.id);
    let key = keyOf(element) ?? (before ? keyOf(before) : undefined);
    if (key === undefined || used.has(key) || !map.has(key) || map.get(key)!.get('id') !== element.id)
      key = keysFor(element.id).find((k) => !used.has(k));
    let entry = key === undefined ? undefined : map.get(key);
    if (entry === undefined || key === undefined) {
      key = elementKey(element.id, doc.clientID);
      for (let n = 2; used.has(key) || map.has(key); n++)
        key = `${elementKey(element.id, doc.clientID)}.${n}`;
      entry = new Y.Map<unknown>();
      map.set(key, entry);
      writeFields(entry, element);
    } else if (before !== element || keyOf(element) === undefined) writeFields(entry, element);
    used.add(key);
    setKeyOf(element, key);
    ordered.push(entry);
  }
  assignOrder(ordered);

  if (prevElements) {
    const nextIds = new Set(nextElements.map((e) => e.id));
    for (const gone of prevElements) {
      if (nextIds.has(gone.id)) continue;
      const key = keyOf(gone);
      const keys = key !== undefined ? [key] : keysFor(gone.id);
      for (const k of keys) if (!used.has(k)) map.delete(k);
    }
  } else for (const key of [...map.keys()]) if (!used.has(key)) map.delete(key);
}

function writePositions(doc: Y.Doc, next: Model, previous: Model | undefined): void {
  const nextPositions = next.diagram?.positions ?? {};
  const prevPositions = previous ? (previous.diagram?.positions ?? {}) : undefined;
  if (prevPositions && prevPositions === next.diagram?.positions) return;
  const map = positionsMap(doc);
  for (const [id, position] of Object.entries(nextPositions)) {
    if (prevPositions && Object.hasOwn(prevPositions, id) && prevPositions[id] === position) continue;
    if (!jsonEqual(map.get(id), position)) map.set(id, toJson(position) as Position);
  }
  const stale = prevPositions ? Object.keys(prevPositions) : [...map.keys()];
  for (const id of stale) if (!Object.hasOwn(nextPositions, id) && map.has(id)) map.delete(id);
}

function writeParts(doc: Y.Doc, next: Model): void {
  const map = modelMap(doc);
  if (map.get(LAYOUT_KEY) !== LAYOUT_VERSION) map.set(LAYOUT_KEY, LAYOUT_VERSION);
  for (const part of MODEL_PARTS) {
    const value = next[part];
    if (value === undefined) {
      if (map.has(part)) map.delete(part);
    } else if (!jsonEqual(map.get(part), value)) map.set(part, toJson(value));
  }
  const present = OPTIONAL_PARTS.filter((part) => next[part] !== undefined);
  if (!jsonEqual(map.get(PRESENT), present)) map.set(PRESENT, present);
}

/** Writes `model` into `doc` in one transaction (see the module comment for `previous`). */
export function writeModel(doc: Y.Doc, model: Model, options: WriteOptions = {}): void {
  const { previous, origin = null } = options;
  if (previous === model) return;
  doc.transact(() => {
    writeParts(doc, model);
    for (const name of COLLECTIONS) writeCollection(doc, name, model, previous);
    writePositions(doc, model, previous);
  }, origin);
}
