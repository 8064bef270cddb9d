import { describe, expect, it } from 'vitest';
import { MemoryDocumentStore } from './document-store';

describe('named versions in the document store', () => {
  it('keeps versions per document, newest first, and returns their text unchanged', async () => {
    const store = new MemoryDocumentStore();
    await store.create({ id: 'a', name: 'A', text: '{"v":0}' });
    await store.create({ id: 'b', name: 'B', text: '{}' });
    const first = await store.saveVersion({ documentId: 'a', name: 'Before workshop', text: '{"v":1}' });
    await new Promise((r) => setTimeout(r, 2));
    const second = await store.saveVersion({
      documentId: 'a',
      name: 'After',
      note: 'MOC-7',
      text: '{"v":2}',
    });
    await store.saveVersion({ documentId: 'b', name: 'Other', text: '{}' });
    expect((await store.listVersions('a')).map((v) => v.name)).toEqual(['After', 'Before workshop']);
    expect(second.note).toBe('MOC-7');
    expect(await store.versionText(first.id)).toBe('{"v":1}');
  });

  it('deleting a document deletes its versions, not another document’s', async () => {
    const store = new MemoryDocumentStore();
    await store.create({ id: 'a', name: 'A', text: '{}' });
    await store.create({ id: 'b', name: 'B', text: '{}' });
    const va = await store.saveVersion({ documentId: 'a', name: 'x', text: '{}' });
    await store.saveVersion({ documentId: 'b', name: 'y', text: '{}' });
    await store.remove('a');
    expect(await store.versionText(va.id)).toBeUndefined();
    expect(await store.listVersions('b')).toHaveLength(1);
  });
});
