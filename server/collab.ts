/**
 * The live side: Hocuspocus with our hooks.
 * - onAuthenticate: every WebSocket connection shows a token (admin or share link); a view link
 *   makes the connection read-only at the server (Hocuspocus then drops its updates).
 * - beforeSync: an incoming update is checked (size, decodable) and appended to the updates table
 *   before Hocuspocus applies and acknowledges it, so `kill -9` loses nothing acknowledged.
 * - onChange: after every change the doc is read back (incrementally) and, if concurrent edits
 *   or a bad client left it invalid, repaired by a server change that everyone receives; the
 *   repair is logged and recorded in the history.
 * - onStoreDocument (debounced by Hocuspocus): compaction into one snapshot, plus an automatic
 *   checkpoint version when there was activity since the last one.
 */
import { randomBytes } from 'node:crypto';
import { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { ModelProjection, type Repair, readModel, writeModel } from '../src/domain/collab';
import type { Model } from '../src/domain/model/schema';
import { serializeModel } from '../src/domain/serialize/model-json';
import { type Access, AccessError } from './access';
import { compactDoc } from './compact-doc';
import type { Log } from './log';
import type { Storage, VersionRow } from './storage/types';

/** Largest single Yjs update accepted from a client (a whole L plant is ~3 MB). */
export const MAX_UPDATE_BYTES = 32 * 1024 * 1024;

export interface CollabContext {
  role: 'admin' | 'edit' | 'view';
  name: string;
}

interface DocState {
  projection: ModelProjection;
  /** Updates in the table, not yet folded into the snapshot. */
  pending: { seq: number; data: Uint8Array }[];
  /** Persistence of server-made changes, in order. */
  persisting: Promise<unknown>;
  authors: Set<string>;
  lastCheckpoint: number;
  dirty: boolean;
  validateQueued: boolean;
}

export interface CollabOptions {
  storage: Storage;
  access: Access;
  log: Log;
  redisUrl?: string | undefined;
  /** Minimum time between automatic checkpoints of one document. */
  checkpointMs?: number;
}

const isConnectionOrigin = (origin: unknown) =>
  typeof origin === 'object' && origin !== null && (origin as { source?: string }).source === 'connection';
const isRedisOrigin = (origin: unknown) =>
  typeof origin === 'object' && origin !== null && (origin as { source?: string }).source === 'redis';

/** A display name from the connection: short, one line, no control characters. */
export function displayName(raw: string | null | undefined, fallback: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters
  const clean = (raw ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return clean.slice(0, 80) || fallback;
}

export const newId = (bytes = 12) => randomBytes(bytes).toString('base64url');

function rejection(message: string): Error {
  return Object.assign(new Error(message), { reason: message });
}

/** Loads a document's stored state into a Y.Doc, skipping any stored update that fails to apply. */
export async function loadStoredDoc(storage: Storage, id: string, log: Log, doc = new Y.Doc()) {
  const state = await storage.loadState(id);
  if (state.snapshot?.byteLength) Y.applyUpdate(doc, state.snapshot);
  for (const update of state.updates) {
    try {
      Y.applyUpdate(doc, update.data);
    } catch (error) {
      log.warn('stored update skipped', { document: id, seq: update.seq, error: String(error) });
    }
  }
  return { doc, updates: state.updates };
}

export class Collab {
  readonly hocuspocus: Hocuspocus<CollabContext>;
  private readonly states = new Map<string, DocState>();
  private readonly storage: Storage;
  private readonly access: Access;
  private readonly log: Log;
  private readonly checkpointMs: number;

  private constructor(options: CollabOptions, extensions: unknown[]) {
    this.storage = options.storage;
    this.access = options.access;
    this.log = options.log;
    this.checkpointMs = options.checkpointMs ?? 10 * 60_000;
    this.hocuspocus = new Hocuspocus<CollabContext>({
      name: 'ot-zones',
      quiet: true,
      debounce: 2_000,
      maxDebounce: 10_000,
      // biome-ignore lint/suspicious/noExplicitAny: the Redis extension's type is the same Extension interface
      extensions: extensions as any[],
      onAuthenticate: (data) => this.authenticate(data),
      onLoadDocument: (data) => this.load(data.documentName, data.document),
      afterLoadDocument: async (data) => this.afterLoad(data.documentName, data.document),
      beforeSync: (data) => this.beforeSync(data),
      onChange: async (data) =>
        this.changed(data.documentName, data.document, data.context, data.transactionOrigin),
      onStoreDocument: (data) => this.store(data.documentName, data.document),
      // A session that ends with unsaved activity still gets its checkpoint.
      beforeUnloadDocument: async (data) => {
        const state = this.states.get(data.documentName);
        if (state?.dirty)
          await this.checkpoint(data.documentName, state).catch((error) =>
            this.log.error('could not record a checkpoint', {
              document: data.documentName,
              error: String(error),
            }),
          );
      },
      afterUnloadDocument: async (data) => {
        this.states.get(data.documentName)?.projection.destroy();
        this.states.delete(data.documentName);
      },
    });
  }

  static async create(options: CollabOptions): Promise<Collab> {
    const extensions: unknown[] = [];
    if (options.redisUrl) {
      const { Redis } = await import('@hocuspocus/extension-redis');
      const url = new URL(options.redisUrl);
      extensions.push(
        new Redis({
          host: url.hostname,
          port: Number(url.port || 6379),
          options: {
            ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
            ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
            ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
          },
          prefix: 'ot-zones',
        }),
      );
    }
    return new Collab(options, extensions);
  }

  private async authenticate(data: {
    token: string;
    documentName: string;
    connectionConfig: { readOnly: boolean };
    requestParameters: URLSearchParams;
  }): Promise<CollabContext> {
    try {
      const grant = await this.access.check(data.token, data.documentName);
      if (grant.role === 'view') data.connectionConfig.readOnly = true;
      return { role: grant.role, name: displayName(data.requestParameters.get('name'), 'Anonymous') };
    } catch (error) {
      if (error instanceof AccessError) throw rejection(error.message);
      throw error;
    }
  }

  private async load(name: string, document: Y.Doc): Promise<void> {
    if (!(await this.storage.getDocument(name))) throw rejection('no such document');
    const { updates } = await loadStoredDoc(this.storage, name, this.log, document);
    compactDoc(document);
    this.states.set(name, {
      projection: new ModelProjection(document),
      pending: updates,
      persisting: Promise.resolve(),
      authors: new Set(),
      lastCheckpoint: Date.now(),
      dirty: false,
      validateQueued: false,
    });
  }

  private afterLoad(name: string, document: Y.Doc): void {
    const state = this.states.get(name);
    if (!state) return;
    // Changes the server makes itself (API writes, repairs) are persisted here; clients' updates
    // were persisted in beforeSync, and updates relayed by Redis by the instance that got them.
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (isConnectionOrigin(origin) || isRedisOrigin(origin)) return;
      state.persisting = state.persisting.then(async () => {
        const seq = await this.storage.appendUpdate(name, update);
        state.pending.push({ seq, data: update });
      });
      state.persisting.catch((error) =>
        this.log.error('could not persist a server change', { document: name, error: String(error) }),
      );
    });
    // After the first sync has gone out: a repair, if any, follows as an ordinary change.
    setTimeout(() => this.validate(name, document, undefined), 0);
  }

  private async beforeSync(data: {
    documentName: string;
    connection: { readOnly: boolean };
    type: number;
    payload: Uint8Array;
  }): Promise<void> {
    if (data.type !== 1 && data.type !== 2) return; // SyncStep1 carries no changes
    if (data.connection.readOnly) return; // Hocuspocus drops it (and tells the client)
    const update = data.payload;
    if (update.byteLength <= 2) return; // an empty update
    if (update.byteLength > MAX_UPDATE_BYTES) {
      this.log.warn('oversized update refused', { document: data.documentName, bytes: update.byteLength });
      throw rejection('update too large');
    }
    try {
      Y.decodeUpdate(update);
    } catch (error) {
      this.log.warn('malformed update refused', { document: data.documentName, error: String(error) });
      throw rejection('malformed update');
    }
    const seq = await this.storage.appendUpdate(data.documentName, update);
    this.states.get(data.documentName)?.pending.push({ seq, data: update });
  }

  private changed(name: string, document: Y.Doc, context: CollabContext | undefined, origin: unknown): void {
    const state = this.states.get(name);
    if (!state) return;
    // Only people's edits count as activity: server changes (API, repairs) record their own version.
    if (!isConnectionOrigin(origin) && !isRedisOrigin(origin)) return;
    state.dirty = true;
    if (isConnectionOrigin(origin) && context?.name) state.authors.add(context.name);
    this.validate(name, document, context);
  }

  /** Reads the doc back after a change and repairs it when it is not a valid model. */
  private validate(name: string, document: Y.Doc, context: CollabContext | undefined): void {
    const state = this.states.get(name);
    if (!state || state.validateQueued) return;
    state.validateQueued = true;
    queueMicrotask(() => {
      state.validateQueued = false;
      let result: { model: Model; repairs: Repair[] };
      try {
        result = state.projection.read();
      } catch (error) {
        this.log.error('reading the document failed', { document: name, error: String(error) });
        return;
      }
      if (!result.repairs.length) return;
      this.log.warn('document repaired', {
        document: name,
        after: context?.name,
        repairs: result.repairs.map((r) => r.message),
      });
      writeModel(document, result.model, { origin: { source: 'local', context: { repair: true } } });
      const model = state.projection.read().model;
      void this.addVersion(name, model, {
        name: 'Repaired after concurrent edits',
        note: result.repairs
          .map((r) => r.message)
          .join('\n')
          .slice(0, 5000),
        author: 'server',
        auto: true,
      }).catch((error) =>
        this.log.error('could not record a repair', { document: name, error: String(error) }),
      );
    });
  }

  private async store(name: string, document: Y.Doc): Promise<void> {
    const state = this.states.get(name);
    if (!state) return;
    await state.persisting;
    const snapshot = Y.snapshot(document);
    const contained = state.pending.filter((u) => {
      try {
        return Y.snapshotContainsUpdate(snapshot, u.data);
      } catch {
        return true; // undecodable: it never made it into the doc
      }
    });
    await this.storage.compact(
      name,
      Y.encodeStateAsUpdate(document),
      contained.map((u) => u.seq),
      (a, b) => Y.mergeUpdates([a, b]),
    );
    const done = new Set(contained);
    state.pending = state.pending.filter((u) => !done.has(u));
    compactDoc(document); // the values that arrived since the last store
    if (state.dirty && Date.now() - state.lastCheckpoint >= this.checkpointMs)
      await this.checkpoint(name, state);
  }

  private async checkpoint(name: string, state: DocState): Promise<void> {
    state.dirty = false;
    state.lastCheckpoint = Date.now();
    const authors = [...state.authors].join(', ') || 'server';
    state.authors.clear();
    await this.addVersion(name, state.projection.read().model, {
      name: 'Checkpoint',
      note: 'automatic checkpoint during editing',
      author: authors.slice(0, 200),
      auto: true,
    });
  }

  /** Records a version of the model. */
  async addVersion(
    documentId: string,
    model: Model,
    meta: { name: string; note?: string | undefined; author: string; auto: boolean },
  ): Promise<VersionRow> {
    const row: VersionRow = {
      id: newId(9),
      name: meta.name,
      note: meta.note,
      author: meta.author,
      createdAt: new Date().toISOString(),
      auto: meta.auto,
    };
    await this.storage.addVersion(documentId, row, serializeModel(model));
    return row;
  }

  /** The current model: from the live doc when it is open here, else from storage. */
  async currentModel(id: string): Promise<Model> {
    const live = this.states.get(id);
    if (live) return live.projection.read().model;
    const { doc } = await loadStoredDoc(this.storage, id, this.log);
    const model = readModel(doc).model;
    doc.destroy();
    return model;
  }

  /**
   * Replaces the document's model as one change that connected clients receive live; resolves
   * once the change is durable. The caller records the version (PUT, restore).
   */
  async replaceModel(id: string, model: Model, context: CollabContext): Promise<void> {
    const connection = await this.hocuspocus.openDirectConnection(id, context);
    try {
      await connection.transact((doc) => writeModel(doc, model));
      await this.states.get(id)?.persisting;
    } finally {
      await connection.disconnect();
    }
  }

  async close(): Promise<void> {
    this.hocuspocus.closeConnections();
    this.hocuspocus.flushPendingStores();
    await this.settle();
  }

  /** Waits for server changes still being persisted. */
  async settle(): Promise<void> {
    for (const state of this.states.values()) await state.persisting.catch(() => {});
  }
}
