/** A model as a fresh document's first stored state. */
import * as Y from 'yjs';
import { writeModel } from '../src/domain/collab';
import type { Model } from '../src/domain/model/schema';

export function snapshotOf(model: Model): Uint8Array {
  const doc = new Y.Doc();
  writeModel(doc, model, { origin: 'ot-zones:api' });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
