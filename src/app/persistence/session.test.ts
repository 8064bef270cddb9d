import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateMeta, updateZone } from '../../domain/edit/update';
import { parseModelText } from '../../domain/model/parse';
import type { Model } from '../../domain/model/schema';
import { serializeModel } from '../../domain/serialize/model-json';
import { emptyModel, undo, useEditor } from '../store/editor-store';
import { MemoryDocumentStore, StorageFault } from './document-store';
import type { KeyValueStorage } from './rescue';
import { PersistenceController, usePersistence } from './session';

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

interface FakeChannel {
  sent: unknown[];
  postMessage(m: unknown): void;
  close(): void;
  onmessage: ((e: { data: never }) => void) | null;
}

function fakeChannel(): FakeChannel {
  return {
    sent: [],
    postMessage(m) {
      this.sent.push(m);
    },
    close() {},
    onmessage: null,
  };
}

async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const withZone = (m: Model, id: string, name = id): Model => ({
  ...m,
  zones: [...m.zones, { id, name, kind: 'control', slTarget: 2 }],
});

function storedModel(store: MemoryDocumentStore, id: string): Model {
  const parsed = parseModelText(store.contents.get(id)!.text);
  if (!parsed.ok) throw new Error('stored text does not parse');
  return parsed.model;
}

let ids = 0;
const controllers: PersistenceController[] = [];

function session(
  store: MemoryDocumentStore | (() => Promise<never>),
  extra: Partial<{ rescue: MemoryStorage; channel: FakeChannel; tab: MemoryStorage }> = {},
) {
  const c = new PersistenceController({
    openStore: typeof store === 'function' ? store : async () => store,
    rescueStorage: extra.rescue ?? null,
    tabStorage: extra.tab ?? null,
    channel: () => (extra.channel ?? null) as never,
    debounceMs: 5,
    maxWaitMs: 20,
    newId: () => `doc-${++ids}`,
  });
  controllers.push(c);
  return c;
}

beforeEach(() => {
  useEditor.getState().replaceModel(emptyModel('Start'), { documentId: null });
  usePersistence.setState({ status: 'starting', problem: null, notice: null, conflict: null, documents: [] });
});

afterEach(() => {
  for (const c of controllers.splice(0)) c.stop();
});

describe('auto-save and restore', () => {
  it('stores the first model as a document, saves edits within a second, and restores them exactly', async () => {
    const store = new MemoryDocumentStore();
    const first = session(store);
    await first.start();
    const docId = useEditor.getState().documentId!;
    expect(docId).toBe(`doc-${ids}`);
    expect(store.infos.get(docId)).toMatchObject({ name: 'Start', revision: 1 });

    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z1', 'Cell <b>1</b>'));
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z2'));
    await until(() => usePersistence.getState().status === 'saved' && store.infos.get(docId)!.revision > 1);
    const saved = useEditor.getState().model;
    expect(serializeModel(storedModel(store, docId))).toBe(serializeModel(saved));
    expect(store.contents.get(docId)!.previous).toBeDefined();
    first.stop();

    // A reload: another editor state, the same store.
    useEditor.getState().replaceModel(emptyModel('Something else'), { documentId: null });
    await session(store).start();
    expect(useEditor.getState().documentId).toBe(docId);
    expect(serializeModel(useEditor.getState().model)).toBe(serializeModel(saved));
  });

  it('stores every edit within a second even while the user keeps editing (default timings)', async () => {
    const store = new MemoryDocumentStore();
    const c = new PersistenceController({ openStore: async () => store, newId: () => `doc-${++ids}` });
    controllers.push(c);
    await c.start();
    const docId = useEditor.getState().documentId!;
    vi.useFakeTimers();
    try {
      // An edit every 300 ms never leaves a quiet moment for the debounce; the one-second cap saves anyway.
      for (let k = 1; k <= 8; k++) {
        useEditor.getState().applyEdit('Add zone', (m) => withZone(m, `z${k}`));
        await vi.advanceTimersByTimeAsync(300);
        if (k >= 4) {
          const stored = storedModel(store, docId).zones.length;
          // Edits older than one second are stored.
          expect(stored, `after edit ${k}`).toBeGreaterThanOrEqual(k - 3);
        }
      }
      await vi.advanceTimersByTimeAsync(1000);
      expect(storedModel(store, docId).zones).toHaveLength(8);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves an undo like any edit', async () => {
    const store = new MemoryDocumentStore();
    await session(store).start();
    const docId = useEditor.getState().documentId!;
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z1'));
    await until(() => storedModel(store, docId).zones.length === 1, 'first save');
    undo();
    await until(() => storedModel(store, docId).zones.length === 0, 'undo saved');
  });

  it('recovers the previous good snapshot when the stored text is damaged', async () => {
    const store = new MemoryDocumentStore();
    await session(store).start();
    const docId = useEditor.getState().documentId!;
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z1'));
    await until(() => store.infos.get(docId)!.revision === 2);
    const content = store.contents.get(docId)!;
    store.contents.set(docId, { ...content, text: '{"format":"ot-zones","version":1,"meta":' });
    controllers.splice(0).forEach((c) => {
      c.stop();
    });

    await session(store).start();
    // The previous snapshot (revision 1, no zones) is back, and written over the damaged text.
    expect(useEditor.getState().model.meta.name).toBe('Start');
    expect(useEditor.getState().model.zones).toEqual([]);
    const notice = usePersistence.getState().notice;
    expect(notice?.message).toMatch(/could not be read: .*previous version/);
    expect(notice?.damagedText).toContain('"meta":');
    await until(() => parseModelText(store.contents.get(docId)!.text).ok, 'good text written back');
  });

  it('leaves an unreadable document untouched and starts a new one', async () => {
    const store = new MemoryDocumentStore();
    await store.create({ id: 'bad', name: 'Broken', text: 'not json' });
    await session(store).start();
    expect(useEditor.getState().documentId).not.toBe('bad');
    expect(useEditor.getState().model.meta.name).toBe('Broken (recovered)');
    expect(usePersistence.getState().problem).toMatchObject({ kind: 'corrupt', damagedText: 'not json' });
    expect(store.contents.get('bad')!.text).toBe('not json');
  });
});

describe('which document opens', () => {
  it("reopens this tab's document after a reload, and the last one opened anywhere in a new tab", async () => {
    const store = new MemoryDocumentStore();
    const tab1 = new MemoryStorage();
    const c1 = session(store, { tab: tab1 });
    await c1.start();
    const first = useEditor.getState().documentId!;
    // Another tab creates and opens a second document.
    const tab2 = new MemoryStorage();
    const c2 = session(store, { tab: tab2 });
    await c2.start();
    await c2.newDocument();
    const second = useEditor.getState().documentId!;
    expect(second).not.toBe(first);
    c1.stop();
    c2.stop();

    await session(store, { tab: new MemoryStorage() }).start(); // a new tab
    expect(useEditor.getState().documentId).toBe(second);
    await session(store, { tab: tab1 }).start(); // tab 1 reloads
    expect(useEditor.getState().documentId).toBe(first);
  });
});

describe('slow storage', () => {
  it('says so while storage is slow, and never restores over edits made meanwhile', async () => {
    const store = new MemoryDocumentStore();
    await store.create({
      id: 'old',
      name: 'Older diagram',
      text: serializeModel(emptyModel('Older diagram')),
    });
    let open: (s: MemoryDocumentStore) => void = () => {};
    const c = new PersistenceController({
      openStore: () => new Promise((resolve) => (open = resolve)),
      slowStartMs: 5,
      debounceMs: 5,
      maxWaitMs: 20,
      newId: () => `doc-${++ids}`,
    });
    controllers.push(c);
    const started = c.start();
    await until(() => usePersistence.getState().notice?.title === 'Still opening.', 'slow notice');
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z1', 'Typed while waiting'));
    open(store);
    await started;
    expect(usePersistence.getState().notice?.title).toBe('Saved.');
    const id = useEditor.getState().documentId!;
    expect(id).not.toBe('old');
    expect(useEditor.getState().model.zones.map((z) => z.name)).toEqual(['Typed while waiting']);
    expect(storedModel(store, id).zones.map((z) => z.name)).toEqual(['Typed while waiting']);
    expect(store.infos.has('old')).toBe(true);
  });
});

describe('storage faults', () => {
  it('keeps working in memory when storage cannot be opened, and recovers the backup next time', async () => {
    const rescue = new MemoryStorage();
    await session(
      async () => {
        throw new StorageFault('unavailable', 'this browser offers no IndexedDB storage here');
      },
      { rescue },
    ).start();
    expect(usePersistence.getState()).toMatchObject({
      status: 'memory-only',
      problem: { kind: 'unavailable' },
    });
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z1', 'Kept'));
    expect(useEditor.getState().model.zones).toHaveLength(1); // the work stays in memory
    await until(() => rescue.data.size === 1, 'backup copy');

    // Next start: storage works again; the backup is newer than anything stored.
    useEditor.getState().replaceModel(emptyModel('Blank'), { documentId: null });
    const store = new MemoryDocumentStore();
    await session(store, { rescue }).start();
    expect(useEditor.getState().model.zones.map((z) => z.name)).toEqual(['Kept']);
    expect(usePersistence.getState().notice?.message).toMatch(/recovered/);
    expect(rescue.data.size).toBe(0);
    expect(storedModel(store, useEditor.getState().documentId!).zones).toHaveLength(1);
  });

  it('reports a full quota, keeps a backup, and saves again once space is back', async () => {
    const rescue = new MemoryStorage();
    const store = new MemoryDocumentStore();
    await session(store, { rescue }).start();
    const docId = useEditor.getState().documentId!;
    store.failWith = new StorageFault('quota', 'full');
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z1'));
    await until(() => usePersistence.getState().status === 'failed', 'failure');
    expect(usePersistence.getState().problem?.kind).toBe('quota');
    expect(usePersistence.getState().problem?.message).toMatch(/full/);
    expect(rescue.data.size).toBe(1);
    expect(useEditor.getState().model.zones).toHaveLength(1);

    store.failWith = null;
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z2'));
    await until(() => usePersistence.getState().status === 'saved', 'saved again');
    expect(usePersistence.getState().problem).toBeNull();
    expect(storedModel(store, docId).zones).toHaveLength(2);
    expect(rescue.data.size).toBe(0);
  });
});

describe('two tabs', () => {
  async function twoTabs() {
    const store = new MemoryDocumentStore();
    const channel = fakeChannel();
    const rescue = new MemoryStorage();
    await session(store, { channel, rescue }).start();
    const docId = useEditor.getState().documentId!;
    // The other tab saves a newer revision and says so.
    const theirs = withZone(useEditor.getState().model, 'theirs', 'Their zone');
    const result = await store.save(docId, 'Start', serializeModel(theirs), 1);
    expect(result.ok).toBe(true);
    return { store, channel, docId, rescue };
  }

  it('stops saving when another tab saved, keeps local edits, and offers reload', async () => {
    const { store, channel, docId } = await twoTabs();
    channel.onmessage?.({ data: { type: 'saved', tab: 'other', documentId: docId, revision: 2 } as never });
    await until(() => usePersistence.getState().conflict !== null, 'conflict');
    expect(usePersistence.getState().conflict).toEqual({ kind: 'changed', localChanges: false });

    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'mine', 'My zone'));
    await until(() => usePersistence.getState().conflict?.localChanges === true);
    await new Promise((r) => setTimeout(r, 50));
    expect(storedModel(store, docId).zones.map((z) => z.id)).toEqual(['theirs']); // not overwritten

    await controllers[0]!.reloadLatest();
    expect(useEditor.getState().model.zones.map((z) => z.id)).toEqual(['theirs']);
    expect(usePersistence.getState().conflict).toBeNull();
  });

  it('detects the newer revision on save even without a message, and saves a copy on request', async () => {
    const { store, docId } = await twoTabs();
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'mine', 'My zone'));
    await until(() => usePersistence.getState().conflict !== null, 'conflict from the revision check');
    expect(storedModel(store, docId).zones.map((z) => z.id)).toEqual(['theirs']);

    await controllers[0]!.saveAsCopy();
    const copyId = useEditor.getState().documentId!;
    expect(copyId).not.toBe(docId);
    expect(storedModel(store, copyId)).toMatchObject({ meta: { name: 'Start (copy)' } });
    expect(storedModel(store, copyId).zones.map((z) => z.id)).toEqual(['mine']);
    expect(storedModel(store, docId).zones.map((z) => z.id)).toEqual(['theirs']);
    expect(usePersistence.getState().conflict).toBeNull();
  });
});

describe('deleted elsewhere', () => {
  it('keeps the open diagram when another tab deletes its document, and saves it as a copy on request', async () => {
    const store = new MemoryDocumentStore();
    const channel = fakeChannel();
    const c = session(store, { channel });
    await c.start();
    const docId = useEditor.getState().documentId!;
    await store.remove(docId); // the other tab deletes it…
    channel.onmessage?.({ data: { type: 'deleted', tab: 'other', documentId: docId } as never }); // …and says so
    await until(() => usePersistence.getState().conflict?.kind === 'deleted', 'deleted conflict');
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z1', 'Still here'));
    await new Promise((r) => setTimeout(r, 40));
    expect(store.infos.size).toBe(0); // nothing was resurrected silently
    await c.saveAsCopy();
    const copy = useEditor.getState().documentId!;
    expect(storedModel(store, copy).zones.map((z) => z.name)).toEqual(['Still here']);
  });
});

describe('documents menu', () => {
  it('creates, renames, duplicates and deletes documents', async () => {
    const store = new MemoryDocumentStore();
    const c = session(store);
    await c.start();
    const firstId = useEditor.getState().documentId!;
    useEditor.getState().applyEdit('Add zone', (m) => withZone(m, 'z1'));

    await c.newDocument();
    const secondId = useEditor.getState().documentId!;
    expect(secondId).not.toBe(firstId);
    expect(useEditor.getState().model.zones).toEqual([]);
    expect(storedModel(store, firstId).zones).toHaveLength(1); // the pending edit was flushed first

    await c.renameDocument(firstId, 'Pump station');
    expect(storedModel(store, firstId).meta.name).toBe('Pump station');
    expect(store.infos.get(firstId)!.name).toBe('Pump station');

    await c.renameDocument(secondId, 'Filter plant');
    expect(useEditor.getState().model.meta.name).toBe('Filter plant');
    await until(() => store.infos.get(secondId)!.name === 'Filter plant', 'rename saved');

    await c.duplicateDocument(firstId);
    expect(
      usePersistence
        .getState()
        .documents.map((d) => d.name)
        .sort(),
    ).toEqual(['Filter plant', 'Pump station', 'Pump station (copy)']);
    expect(useEditor.getState().documentId).toBe(secondId);

    await c.deleteDocument(secondId);
    expect(store.infos.has(secondId)).toBe(false);
    expect(useEditor.getState().documentId).not.toBe(secondId);
    expect(usePersistence.getState().documents).toHaveLength(2);

    await c.openDocument(firstId);
    expect(useEditor.getState().model.meta.name).toBe('Pump station');
    expect(useEditor.getState().model.zones).toHaveLength(1);
  });

  it('turns a model opened without a document (an import) into a new document', async () => {
    const store = new MemoryDocumentStore();
    await session(store).start();
    const imported = updateZone(withZone(emptyModel('Imported'), 'z1'), 'z1', { name: 'From file' });
    useEditor.getState().replaceModel(updateMeta(imported, { site: 'North' }), { documentId: null });
    await until(() => useEditor.getState().documentId !== null, 'new document');
    const id = useEditor.getState().documentId!;
    expect(storedModel(store, id)).toMatchObject({ meta: { name: 'Imported', site: 'North' } });
    expect(store.infos.size).toBe(2);
  });
});
