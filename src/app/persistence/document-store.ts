/**
 * Where diagrams are kept between sessions. The editor talks to this interface only; the browser
 * uses IndexedDB (idb-document-store.ts), unit tests use the in-memory store below.
 *
 * A document is the model's canonical JSON text (the same bytes an export writes), so a stored
 * document is loaded by the same guarded parser as a file, and a damaged one is detected the same
 * way. Each save keeps the text it replaces as `previous`: the last good snapshot to fall back on.
 *
 * Every document carries a revision that grows by one per save. A save names the revision it was
 * based on and is refused when the stored one moved on (another tab saved in between): changes
 * are never silently written over newer ones.
 */

export interface DocumentInfo {
  id: string;
  name: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** Length of the stored text, for the documents list. */
  size: number;
}

export interface DocumentContent {
  id: string;
  text: string;
  /** The text this one replaced, and its revision: the fallback when `text` is damaged. */
  previous?: { text: string; revision: number; savedAt: string };
}

/** A named version of a document ("Before workshop 3"): a snapshot kept beside it, never changed. */
export interface VersionInfo {
  id: string;
  documentId: string;
  name: string;
  note?: string;
  createdAt: string;
  /** Length of the stored text. */
  size: number;
}

export type SaveResult =
  | { ok: true; info: DocumentInfo }
  /** Another tab saved a newer revision, or deleted the document. Nothing was written. */
  | { ok: false; reason: 'conflict'; current: DocumentInfo }
  | { ok: false; reason: 'missing' };

export interface DocumentStore {
  list(): Promise<DocumentInfo[]>;
  info(id: string): Promise<DocumentInfo | undefined>;
  content(id: string): Promise<DocumentContent | undefined>;
  create(doc: { id: string; name: string; text: string }): Promise<DocumentInfo>;
  /** Writes `text` if the stored revision is still `baseRevision`. */
  save(id: string, name: string, text: string, baseRevision: number): Promise<SaveResult>;
  remove(id: string): Promise<void>;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string | undefined): Promise<void>;
  /** The document's named versions, newest first. */
  listVersions(documentId: string): Promise<VersionInfo[]>;
  saveVersion(version: {
    documentId: string;
    name: string;
    note?: string;
    text: string;
  }): Promise<VersionInfo>;
  versionText(versionId: string): Promise<string | undefined>;
  removeVersion(versionId: string): Promise<void>;
}

/** A version id that sorts by time and cannot collide between tabs. */
export function newVersionId(): string {
  return `v-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

const newestFirst = (a: VersionInfo, b: VersionInfo) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

export { newestFirst as versionsNewestFirst };

/** Why a storage operation failed, in terms the banner can explain. */
export type StorageFaultKind = 'unavailable' | 'quota' | 'write';

export class StorageFault extends Error {
  override name = 'StorageFault';
  constructor(
    readonly kind: StorageFaultKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Classifies a browser storage error (DOMException names vary between engines). */
export function toStorageFault(error: unknown, doing: string): StorageFault {
  if (error instanceof StorageFault) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const detail = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail))
    return new StorageFault('quota', `the browser's storage for this site is full (${doing})`, {
      cause: error,
    });
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageFault('unavailable', `browser storage is not available (${doing}): ${detail}`, {
      cause: error,
    });
  return new StorageFault('write', `could not ${doing}: ${detail}`, { cause: error });
}

const now = () => new Date().toISOString();

/** Documents in memory: for tests, and the shape the IndexedDB store must match. */
export class MemoryDocumentStore implements DocumentStore {
  readonly infos = new Map<string, DocumentInfo>();
  readonly contents = new Map<string, DocumentContent>();
  readonly settings = new Map<string, string>();
  readonly versions = new Map<string, { info: VersionInfo; text: string }>();
  /** Set to make the next operations fail, as a broken browser store would. */
  failWith: StorageFault | null = null;

  private check() {
    if (this.failWith) throw this.failWith;
  }

  async list() {
    this.check();
    return [...this.infos.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async info(id: string) {
    this.check();
    return this.infos.get(id);
  }

  async content(id: string) {
    this.check();
    return this.contents.get(id);
  }

  async create(doc: { id: string; name: string; text: string }) {
    this.check();
    const at = now();
    const info: DocumentInfo = {
      id: doc.id,
      name: doc.name,
      revision: 1,
      createdAt: at,
      updatedAt: at,
      size: doc.text.length,
    };
    this.infos.set(doc.id, info);
    this.contents.set(doc.id, { id: doc.id, text: doc.text });
    return info;
  }

  async save(id: string, name: string, text: string, baseRevision: number): Promise<SaveResult> {
    this.check();
    const current = this.infos.get(id);
    const content = this.contents.get(id);
    if (!current || !content) return { ok: false, reason: 'missing' };
    if (current.revision !== baseRevision) return { ok: false, reason: 'conflict', current };
    const at = now();
    const info = { ...current, name, revision: current.revision + 1, updatedAt: at, size: text.length };
    this.infos.set(id, info);
    this.contents.set(id, {
      id,
      text,
      previous: { text: content.text, revision: current.revision, savedAt: current.updatedAt },
    });
    return { ok: true, info };
  }

  async remove(id: string) {
    this.check();
    this.infos.delete(id);
    this.contents.delete(id);
    for (const [key, v] of this.versions) if (v.info.documentId === id) this.versions.delete(key);
  }

  async listVersions(documentId: string) {
    this.check();
    return [...this.versions.values()]
      .map((v) => v.info)
      .filter((v) => v.documentId === documentId)
      .sort(newestFirst);
  }

  async saveVersion(version: { documentId: string; name: string; note?: string; text: string }) {
    this.check();
    const info: VersionInfo = {
      id: newVersionId(),
      documentId: version.documentId,
      name: version.name,
      ...(version.note ? { note: version.note } : {}),
      createdAt: now(),
      size: version.text.length,
    };
    this.versions.set(info.id, { info, text: version.text });
    return info;
  }

  async versionText(versionId: string) {
    this.check();
    return this.versions.get(versionId)?.text;
  }

  async removeVersion(versionId: string) {
    this.check();
    this.versions.delete(versionId);
  }

  async getSetting(key: string) {
    this.check();
    return this.settings.get(key);
  }

  async setSetting(key: string, value: string | undefined) {
    this.check();
    if (value === undefined) this.settings.delete(key);
    else this.settings.set(key, value);
  }
}
