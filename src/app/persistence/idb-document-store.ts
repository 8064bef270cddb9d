/**
 * The document store on IndexedDB. Raw IndexedDB behind four small promise helpers rather than
 * the `idb` package: we need three object stores and one conditional write, and owning the
 * code lets every failure be classified (unavailable / quota / write) for the storage banner.
 *
 * Object stores: `info` (DocumentInfo, small, for the list), `content` (the text and the previous
 * good text), `settings` (key → string, e.g. the last open document), `versions` (named snapshots,
 * { info, text }, indexed by document). A save reads the stored
 * revision and writes both records inside one read-write transaction, so two tabs saving at
 * once cannot both pass the revision check.
 */
import {
  type DocumentContent,
  type DocumentInfo,
  type DocumentStore,
  newVersionId,
  type SaveResult,
  StorageFault,
  toStorageFault,
  type VersionInfo,
  versionsNewestFirst,
} from './document-store';

const DB_NAME = 'ot-zones';
// 2: named versions (object store `versions`, indexed by document).
const DB_VERSION = 2;

type StoreName = 'info' | 'content' | 'settings' | 'versions';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // A quota error surfaces as the transaction's error on abort.
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error);
  });
}

export function openDatabase(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(
        new StorageFault('unavailable', 'this browser offers no IndexedDB storage here (private mode?)'),
      );
      return;
    }
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(new StorageFault('unavailable', 'browser storage is blocked for this site', { cause: error }));
      return;
    }
    // No time-out here: a slow disk or a busy browser can take seconds, and giving up would
    // abandon storage that works. The session tells the user when it is slow (session.ts).
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('info')) db.createObjectStore('info', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('content')) db.createObjectStore('content', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('settings')) db.createObjectStore('settings');
      if (!db.objectStoreNames.contains('versions'))
        db.createObjectStore('versions', { keyPath: 'info.id' }).createIndex('documentId', 'info.documentId');
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab with a newer app version wants to upgrade: step aside rather than block it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => {
      reject(new StorageFault('unavailable', `browser storage refused to open: ${req.error?.message ?? ''}`));
    };
  });
}

export class IdbDocumentStore implements DocumentStore {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(factory?: IDBFactory): Promise<IdbDocumentStore> {
    return new IdbDocumentStore(await openDatabase(factory));
  }

  private async run<T>(
    stores: StoreName[],
    mode: IDBTransactionMode,
    doing: string,
    body: (tx: IDBTransaction) => Promise<T>,
  ): Promise<T> {
    let tx: IDBTransaction | undefined;
    try {
      tx = this.db.transaction(stores, mode);
      const finished = done(tx);
      finished.catch(() => {}); // awaited below; this only silences the early-abort path
      const result = await body(tx);
      await finished;
      return result;
    } catch (error) {
      try {
        tx?.abort(); // a request that threw must not leave half a save behind
      } catch {
        // already finished or aborted
      }
      throw toStorageFault(error, doing);
    }
  }

  list(): Promise<DocumentInfo[]> {
    return this.run(['info'], 'readonly', 'list the saved diagrams', async (tx) => {
      const all = (await request(tx.objectStore('info').getAll())) as DocumentInfo[];
      return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    });
  }

  info(id: string): Promise<DocumentInfo | undefined> {
    return this.run(['info'], 'readonly', 'read a saved diagram', async (tx) => {
      return (await request(tx.objectStore('info').get(id))) as DocumentInfo | undefined;
    });
  }

  content(id: string): Promise<DocumentContent | undefined> {
    return this.run(['content'], 'readonly', 'read a saved diagram', async (tx) => {
      return (await request(tx.objectStore('content').get(id))) as DocumentContent | undefined;
    });
  }

  create(doc: { id: string; name: string; text: string }): Promise<DocumentInfo> {
    return this.run(['info', 'content'], 'readwrite', 'save a new diagram', async (tx) => {
      const at = new Date().toISOString();
      const info: DocumentInfo = {
        id: doc.id,
        name: doc.name,
        revision: 1,
        createdAt: at,
        updatedAt: at,
        size: doc.text.length,
      };
      tx.objectStore('info').put(info);
      tx.objectStore('content').put({ id: doc.id, text: doc.text } satisfies DocumentContent);
      return info;
    });
  }

  save(id: string, name: string, text: string, baseRevision: number): Promise<SaveResult> {
    return this.run(['info', 'content'], 'readwrite', 'save the diagram', async (tx) => {
      const infos = tx.objectStore('info');
      const contents = tx.objectStore('content');
      const [current, content] = (await Promise.all([request(infos.get(id)), request(contents.get(id))])) as [
        DocumentInfo | undefined,
        DocumentContent | undefined,
      ];
      if (!current || !content) return { ok: false, reason: 'missing' } as const;
      if (current.revision !== baseRevision) return { ok: false, reason: 'conflict', current } as const;
      const info: DocumentInfo = {
        ...current,
        name,
        revision: current.revision + 1,
        updatedAt: new Date().toISOString(),
        size: text.length,
      };
      infos.put(info);
      contents.put({
        id,
        text,
        previous: { text: content.text, revision: current.revision, savedAt: current.updatedAt },
      } satisfies DocumentContent);
      return { ok: true, info } as const;
    });
  }

  remove(id: string): Promise<void> {
    return this.run(['info', 'content', 'versions'], 'readwrite', 'delete the diagram', async (tx) => {
      tx.objectStore('info').delete(id);
      tx.objectStore('content').delete(id);
      const versions = tx.objectStore('versions');
      const keys = await request(versions.index('documentId').getAllKeys(id));
      for (const key of keys) versions.delete(key);
    });
  }

  listVersions(documentId: string): Promise<VersionInfo[]> {
    return this.run(['versions'], 'readonly', 'list the versions', async (tx) => {
      const all = (await request(tx.objectStore('versions').index('documentId').getAll(documentId))) as {
        info: VersionInfo;
      }[];
      return all.map((v) => v.info).sort(versionsNewestFirst);
    });
  }

  saveVersion(version: {
    documentId: string;
    name: string;
    note?: string;
    text: string;
  }): Promise<VersionInfo> {
    return this.run(['versions'], 'readwrite', 'save the version', async (tx) => {
      const info: VersionInfo = {
        id: newVersionId(),
        documentId: version.documentId,
        name: version.name,
        ...(version.note ? { note: version.note } : {}),
        createdAt: new Date().toISOString(),
        size: version.text.length,
      };
      tx.objectStore('versions').put({ info, text: version.text });
      return info;
    });
  }

  versionText(versionId: string): Promise<string | undefined> {
    return this.run(['versions'], 'readonly', 'read the version', async (tx) => {
      const v = (await request(tx.objectStore('versions').get(versionId))) as { text: string } | undefined;
      return v?.text;
    });
  }

  removeVersion(versionId: string): Promise<void> {
    return this.run(['versions'], 'readwrite', 'delete the version', async (tx) => {
      tx.objectStore('versions').delete(versionId);
    });
  }

  getSetting(key: string): Promise<string | undefined> {
    return this.run(['settings'], 'readonly', 'read settings', async (tx) => {
      const value = await request(tx.objectStore('settings').get(key));
      return typeof value === 'string' ? value : undefined;
    });
  }

  setSetting(key: string, value: string | undefined): Promise<void> {
    return this.run(['settings'], 'readwrite', 'save settings', async (tx) => {
      if (value === undefined) tx.objectStore('settings').delete(key);
      else tx.objectStore('settings').put(value, key);
    });
  }
}
