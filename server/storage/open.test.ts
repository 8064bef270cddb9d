import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './open';
import type { SqlDatabase } from './sql';

describe('embedded PGlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'otz-pglite-'));
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await openPglite(dir);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const show = async (name: string) => String((await db.query(`SHOW ${name}`))[0]?.[name]);

  it('runs with small buffers (PostgreSQL defaults made it ~250 MB of the server RSS)', async () => {
    expect(await show('shared_buffers')).toBe('16MB');
    expect(await show('max_connections')).toBe('5');
  });

  it("keeps PGlite's own start settings", async () => {
    expect(await show('search_path')).toBe('public');
    expect(await show('max_worker_processes')).toBe('0');
  });
});
