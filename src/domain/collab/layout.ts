/**
 * How a model lives in a Y.Doc (the shared document of the team server).
 *
 * - `zones`, `assets`, `conduits`, `notes`, `risks`, `changeRecords`: top-level Y.Maps, one entry
 *   per element. The entry key is `<id>#<creator>` (the element id plus the creating replica's
 *   clientID in base 36) and the value is a Y.Map of the element's fields (JSON values) plus
 *   `_o`, its place in the model's array. Collections are siblings, never nested: deleting a zone
 *   cannot swallow an asset someone adds to it at the same moment (repair.ts moves the asset).
 *   The creator in the key means two people who create the same id concurrently (ids are
 *   readable counters such as `plc-3`) get two entries instead of one silently replacing the
 *   other; repair.ts renames the later one.
 * - `positions`: one entry per element id, the whole position as a JSON value (a drag writes
 *   one value; concurrent drags of one box: the last writer wins).
 * - `model`: everything else as JSON values: `meta`, `policy`, `riskMatrix`, and `present`
 *   (which optional parts exist even when empty, so a document round-trips byte for byte).
 */
import type * as Y from 'yjs';

export const COLLECTIONS = ['zones', 'assets', 'conduits', 'notes', 'risks', 'changeRecords'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
/** Collections that may be absent from a model (the others are always arrays). */
export const OPTIONAL_PARTS = ['notes', 'risks', 'changeRecords', 'diagram'] as const;
/** Collections whose ids share one namespace (model/integrity.ts). */
export const SHARED_ID_COLLECTIONS: readonly CollectionName[] = [
  'zones',
  'assets',
  'conduits',
  'notes',
  'risks',
];
/** JSON parts of the model stored whole in the `model` map. */
export const MODEL_PARTS = ['meta', 'policy', 'riskMatrix'] as const;

export const POSITIONS = 'positions';
export const MODEL = 'model';
export const PRESENT = 'present';
/** Field of an element map holding its sort position in the model's array. */
export const ORDER_FIELD = '_o';
/** Version of this layout, kept in the `model` map. */
export const LAYOUT_KEY = 'layout';
export const LAYOUT_VERSION = 1;

/** Transaction origins: who changed the document (undo managers track only their own). */
export const ORIGIN = {
  /** The server writing a model from the HTTP API (create, replace, restore). */
  api: 'ot-zones:api',
  /** A repair of a state that concurrent edits left invalid (see repair.ts). */
  repair: 'ot-zones:repair',
} as const;

export type ElementMap = Y.Map<unknown>;

export function collectionMap(doc: Y.Doc, name: CollectionName): Y.Map<ElementMap> {
  return doc.getMap<ElementMap>(name);
}
export function positionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(POSITIONS);
}
export function modelMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(MODEL);
}

/** The key of a new element entry created by the replica `clientId`. */
export function elementKey(id: string, clientId: number): string {
  return `${id}#${clientId.toString(36)}`;
}

/**
 * Which Y key an element object came from. read.ts records it; write.ts uses it to change that
 * entry (not a same-id twin created concurrently by someone else).
 */
const KEY_OF = new WeakMap<object, string>();
export function keyOf(element: object): string | undefined {
  return KEY_OF.get(element);
}
export function setKeyOf(element: object, key: string): void {
  KEY_OF.set(element, key);
}

/** Every shared type of the layout: the scope of a per-user Y.UndoManager (trackedOrigins = own origin). */
export function sharedTypes(doc: Y.Doc): Y.Map<unknown>[] {
  return [
    ...COLLECTIONS.map((name) => collectionMap(doc, name) as Y.Map<unknown>),
    positionsMap(doc),
    modelMap(doc),
  ];
}

/** Whether the doc holds anything yet (a fresh document on the server is empty). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return modelMap(doc).size === 0 && collectionMap(doc, 'zones').size === 0;
}
