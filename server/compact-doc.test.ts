import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeModel } from '../src/domain/collab';
import { readModel } from '../src/domain/collab/read';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { serializeModel } from '../src/domain/serialize/model-json';
import { compactDoc } from './compact-doc';
import { snapshotOf } from './snapshot';

const model = generatePlant('S', 3);
const loaded = () => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshotOf(model));
  return doc;
};
/** Each field value's content, with the array it holds now. */
const valueArrays = (doc: Y.Doc) =>
  new Map(
    [...doc.store.clients.values()]
      .flat()
      .flatMap((s) =>
        (s as Y.Item).content instanceof Y.ContentAny ? [(s as Y.Item).content as Y.ContentAny] : [],
      )
      .map((c) => [c, c.arr] as const),
  );

describe('compactDoc', () => {
  it("replaces every decoded field value's array by an exact-size copy", () => {
    const doc = loaded();
    const before = valueArrays(doc);
    expect(before.size).toBeGreaterThan(500);
    compactDoc(doc);
    for (const [content, arr] of before) {
      expect(content.arr).not.toBe(arr);
      expect(content.arr).toEqual(arr);
    }
  });

  it('leaves the document the same: same state, same model, and later edits still merge', () => {
    const doc = loaded();
    const state = Y.encodeStateAsUpdate(doc);
    compactDoc(doc);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
    expect(serializeModel(readModel(doc).model)).toBe(serializeModel(model));

    const other = new Y.Doc(); // a replica that shares the document's history
    Y.applyUpdate(other, state);
    const renamed = {
      ...model,
      assets: model.assets.map((a, i) => (i === 0 ? { ...a, name: 'renamed' } : a)),
    };
    writeModel(other, renamed, { previous: model });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(serializeModel(readModel(doc).model)).toBe(serializeModel(renamed));
  });

  it('on a later call, compacts only what arrived since', () => {
    const doc = loaded();
    compactDoc(doc);
    const first = valueArrays(doc);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const renamed = {
      ...model,
      assets: model.assets.map((a, i) => (i === 0 ? { ...a, name: 'renamed' } : a)),
    };
    writeModel(other, renamed, { previous: model });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const arrived = valueArrays(doc);
    const fresh = [...arrived.keys()].filter((c) => !first.has(c));
    expect(fresh.length).toBeGreaterThan(0);
    compactDoc(doc);
    for (const [content, arr] of arrived) expect(content.arr === arr).toBe(first.has(content));
  });
});
