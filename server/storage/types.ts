/**
 * What the server keeps: settings (the JWT secret, the admin token's hash), documents (their
 * compacted Yjs state and link generation), the Yjs updates received since the last compaction
 * (each written before the server acknowledges it), and named versions.
 * Two implementations of one SQL schema: PGlite (embedded, the default) and PostgreSQL (`pg`).
 */

export interface DocumentRow {
  id: string;
  createdAt: string;
  /** Links carry the generation they were minted in; revoking bumps it. */
  linkGeneration: number;
}

export interface StoredState {
  /** The compacted state (Y.encodeStateAsUpdate), if compacted yet. */
  snapshot: Uint8Array | undefined;
  /** Updates appended since, in order. */
  updates: { seq: number; data: Uint8Array }[];
}

export interface VersionRow {
  id: string;
  name: string;
  note: string | undefined;
  author: string;
  createdAt: string;
  /** true for checkpoints the server made by itself (activity, restore, repairs). */
  auto: boolean;
}

export interface Storage {
  /** "pglite" or "postgres", for logs and the benchmarks. */
  readonly kind: string;
  getSetting(key: string): Promise<string | undefined>;
  /** Sets the value unless one is set already; returns the value in force. */
  initSetting(key: string, value: string): Promise<string>;
  setSetting(key: string, value: string): Promise<void>;

  createDocument(id: string, snapshot: Uint8Array): Promise<DocumentRow>;
  getDocument(id: string): Promise<DocumentRow | undefined>;
  bumpLinkGeneration(id: string): Promise<number>;
  loadState(id: string): Promise<StoredState>;
  /** Appends one update; resolves once it is durable. */
  appendUpdate(id: string, data: Uint8Array): Promise<number>;
  /**
   * Folds `snapshot` into the stored one (with `merge`, so a snapshot written meanwhile by another
   * instance is never lost) and drops the listed updates (those the snapshot contains).
   */
  compact(
    id: string,
    snapshot: Uint8Array,
    containedSeqs: readonly number[],
    merge: (stored: Uint8Array, mine: Uint8Array) => Uint8Array,
  ): Promise<void>;

  addVersion(documentId: string, version: VersionRow, model: string): Promise<void>;
  listVersions(documentId: string): Promise<VersionRow[]>;
  getVersionModel(documentId: string, versionId: string): Promise<string | undefined>;
  close(): Promise<void>;
}
