/**
 * Trims the slack Yjs leaves in a decoded document. Yjs decodes every field value into an array
 * built by `push`, which V8 sizes for 17 elements: ~150 bytes of spare capacity per field, about a
 * fifth of an idle document's heap on the server (each element is a Y.Map of its fields). Copying
 * each value array to its exact size keeps the document identical and frees that slack. The
 * server holds one Y.Doc per open document, so this is where it counts.
 */
import type * as Y from 'yjs';

/** Duck-typed: Hocuspocus and this module may not share one copy of yjs's classes. */
interface Content {
  arr?: unknown;
}

/** Per document: how many structs of each client were compacted already. */
const done = new WeakMap<Y.Doc, Map<number, number>>();

/** Compacts the structs added since the last call (all of them the first time). */
export function compactDoc(doc: Y.Doc): void {
  const seen = done.get(doc) ?? new Map<number, number>();
  done.set(doc, seen);
  for (const [client, structs] of doc.store.clients) {
    for (let i = seen.get(client) ?? 0; i < structs.length; i++) {
      const content = (structs[i] as { content?: Content }).content;
      if (content && Array.isArray(content.arr) && content.arr.length) content.arr = content.arr.slice();
    }
    seen.set(client, structs.length);
  }
}
