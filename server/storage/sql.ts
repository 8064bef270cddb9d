/**
 * The SQL schema and queries, shared by PGlite and PostgreSQL (both speak PostgreSQL, with `$1`
 * parameters). Migrations run in order, each once, recorded in `otz_migrations`, under an
 * advisory lock so two instances starting together do not race.
 */
import type { DocumentRow, Storage, StoredState, VersionRow } from './types';

export type Row = Record<string, unknown>;
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<Row[]>;
}
export interface SqlDatabase extends SqlRunner {
  readonly kind: string;
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE otz_settings (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE otz_documents (
     id text PRIMARY KEY,
     created_at timestamptz NOT NULL DEFAULT now(),
     link_generation integer NOT NULL DEFAULT 1,
     snapshot bytea,
     compacted_at timestamptz
   );
   CREATE TABLE otz_updates (
     seq bigserial PRIMARY KEY,
     document_id text NOT NULL REFERENCES otz_documents(id) ON DELETE CASCADE,
     data bytea NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE INDEX otz_updates_document ON otz_updates (document_id, seq);
   CREATE TABLE otz_versions (
     id text PRIMARY KEY,
     document_id text NOT NULL REFERENCES otz_documents(id) ON DELETE CASCADE,
     name text NOT NULL,
     note text,
     author text NOT NULL,
     auto boolean NOT NULL DEFAULT false,
     created_at timestamptz NOT NULL DEFAULT now(),
     model text NOT NULL
   );
   CREATE INDEX otz_versions_document ON otz_versions (document_id, created_at);`,
];

const LOCK_ID = 62443;

export async function migrate(db: SqlDatabase): Promise<number> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS otz_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
    const rows = await tx.query('SELECT coalesce(max(version), 0) AS v FROM otz_migrations');
    const current = Number(rows[0]?.v ?? 0);
    for (let v = current; v < MIGRATIONS.length; v++) {
      for (const statement of MIGRATIONS[v]!.split(';').map((s) => s.trim()))
        if (statement) await tx.query(statement);
      await tx.query('INSERT INTO otz_migrations (version) VALUES ($1)', [v + 1]);
    }
    return MIGRATIONS.length;
  });
}

const bytes = (value: unknown): Uint8Array =>
  value instanceof Uint8Array
    ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
    : new Uint8Array();
const iso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

function documentRow(row: Row): DocumentRow {
  return { id: String(row.id), createdAt: iso(row.created_at), linkGeneration: Number(row.link_generation) };
}
function versionRow(row: Row): VersionRow {
  return {
    id: String(row.id),
    name: String(row.name),
    note: row.note == null ? undefined : String(row.note),
    author: String(row.author),
    createdAt: iso(row.created_at),
    auto: Boolean(row.auto),
  };
}

export class SqlStorage implements Storage {
  constructor(private readonly db: SqlDatabase) {}

  get kind(): string {
    return this.db.kind;
  }

  async getSetting(key: string): Promise<string | undefined> {
    const rows = await this.db.query('SELECT value FROM otz_settings WHERE key = $1', [key]);
    return rows[0] ? String(rows[0].value) : undefined;
  }
  async initSetting(key: string, value: string): Promise<string> {
    await this.db.query(
      'INSERT INTO otz_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
      [key, value],
    );
    return (await this.getSetting(key)) ?? value;
  }
  async setSetting(key: string, value: string): Promise<void> {
    await this.db.query(
      'INSERT INTO otz_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, value],
    );
  }

  async createDocument(id: string, snapshot: Uint8Array): Promise<DocumentRow> {
    const rows = await this.db.query(
      'INSERT INTO otz_documents (id, snapshot, compacted_at) VALUES ($1, $2, now()) RETURNING id, created_at, link_generation',
      [id, snapshot],
    );
    return documentRow(rows[0]!);
  }
  async getDocument(id: string): Promise<DocumentRow | undefined> {
    const rows = await this.db.query(
      'SELECT id, created_at, link_generation FROM otz_documents WHERE id = $1',
      [id],
    );
    return rows[0] ? documentRow(rows[0]) : undefined;
  }
  async bumpLinkGeneration(id: string): Promise<number> {
    const rows = await this.db.query(
      'UPDATE otz_documents SET link_generation = link_generation + 1 WHERE id = $1 RETURNING link_generation',
      [id],
    );
    return Number(rows[0]?.link_generation ?? 0);
  }
  async loadState(id: string): Promise<StoredState> {
    return this.db.transaction(async (tx) => {
      const doc = await tx.query('SELECT snapshot FROM otz_documents WHERE id = $1', [id]);
      const updates = await tx.query(
        'SELECT seq, data FROM otz_updates WHERE document_id = $1 ORDER BY seq',
        [id],
      );
      return {
        snapshot: doc[0]?.snapshot ? bytes(doc[0].snapshot) : undefined,
        updates: updates.map((u) => ({ seq: Number(u.seq), data: bytes(u.data) })),
      };
    });
  }
  async appendUpdate(id: string, data: Uint8Array): Promise<number> {
    const rows = await this.db.query(
      'INSERT INTO otz_updates (document_id, data) VALUES ($1, $2) RETURNING seq',
      [id, data],
    );
    return Number(rows[0]!.seq);
  }
  async compact(
    id: string,
    snapshot: Uint8Array,
    containedSeqs: readonly number[],
    merge: (stored: Uint8Array, mine: Uint8Array) => Uint8Array,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const rows = await tx.query('SELECT snapshot FROM otz_documents WHERE id = $1 FOR UPDATE', [id]);
      const stored = rows[0]?.snapshot ? bytes(rows[0].snapshot) : undefined;
      const next = stored?.byteLength ? merge(stored, snapshot) : snapshot;
      await tx.query('UPDATE otz_documents SET snapshot = $2, compacted_at = now() WHERE id = $1', [
        id,
        next,
      ]);
      if (containedSeqs.length)
        await tx.query('DELETE FROM otz_updates WHERE document_id = $1 AND seq = ANY($2::bigint[])', [
          id,
          containedSeqs.map(String),
        ]);
    });
  }

  async addVersion(documentId: string, v: VersionRow, model: string): Promise<void> {
    await this.db.query(
      'INSERT INTO otz_versions (id, document_id, name, note, author, auto, created_at, model) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [v.id, documentId, v.name, v.note ?? null, v.author, v.auto, v.createdAt, model],
    );
  }
  async listVersions(documentId: string): Promise<VersionRow[]> {
    const rows = await this.db.query(
      'SELECT id, name, note, author, auto, created_at FROM otz_versions WHERE document_id = $1 ORDER BY created_at, id',
      [documentId],
    );
    return rows.map(versionRow);
  }
  async getVersionModel(documentId: string, versionId: string): Promise<string | undefined> {
    const rows = await this.db.query('SELECT model FROM otz_versions WHERE document_id = $1 AND id = $2', [
      documentId,
      versionId,
    ]);
    return rows[0] ? String(rows[0].model) : undefined;
  }
  close(): Promise<void> {
    return this.db.close();
  }
}
