/** Opens the storage the command line asked for: PostgreSQL with a URL, else PGlite in a folder. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrate, type Row, type SqlDatabase, SqlStorage } from './sql';
import type { Storage } from './types';

export interface StorageOptions {
  /** postgres://… — a PostgreSQL server; otherwise the embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database (created when missing). */
  dataDir: string;
}

/**
 * PostgreSQL's defaults are sized for a server of its own: shared_buffers 128 MB alone made PGlite
 * ~250 MB of our process's RSS (measured: ~110 MB with these). Our working set is a few snapshots
 * and update rows at a time, and the operating system caches the files below anyway. Single-user
 * PGlite has one connection. Settings given here override postgresql.conf in the data folder.
 */
export const PGLITE_SETTINGS = ['shared_buffers=16MB', 'wal_buffers=512kB', 'max_connections=5'];

export async function openPglite(dataDir: string): Promise<SqlDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = resolve(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  // Creating a database (initdb) grows PGlite's WebAssembly memory to ~800 MB, which it never
  // gives back; opening an existing one needs ~120 MB. So a fresh folder is initialised by a
  // short-lived child process, and this process only ever opens it.
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    const script = `const { PGlite } = await import(${JSON.stringify(import.meta.resolve('@electric-sql/pglite'))});
      const db = await PGlite.create({ dataDir: ${JSON.stringify(dir)} }); await db.close();`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  }
  // bytea arrives as hex text; PGlite's own parser takes ~1 s for a 2 MB snapshot, Buffer's native one ~5 ms.
  const db = await PGlite.create({
    dataDir: dir,
    startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((s) => ['-c', s])],
    parsers: { 17: (text: string) => Buffer.from(text.slice(2), 'hex') },
  });
  const run = (q: { query: typeof db.query }) => async (sql: string, params?: unknown[]) =>
    (await q.query<Row>(sql, params as unknown[])).rows;
  return {
    kind: 'pglite',
    query: run(db),
    transaction: (fn) => db.transaction((tx) => fn({ query: run(tx) })),
    close: () => db.close(),
  };
}

/** `pg` sends Buffers as bytea; plain Uint8Arrays as text. */
const buffers = (params: unknown[] | undefined) =>
  params?.map((p) =>
    p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p,
  );

async function openPostgres(url: string): Promise<SqlDatabase> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', (error) => console.error(`[ot-zones] database: ${error.message}`));
  return {
    kind: 'postgres',
    query: async (sql, params) => (await pool.query(sql, buffers(params))).rows,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async (sql, params) => (await client.query(sql, buffers(params))).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function openStorage(options: StorageOptions): Promise<Storage> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return new SqlStorage(db);
}
