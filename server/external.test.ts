/**
 * The same server on a real PostgreSQL, and two instances sharing one live document through
 * Redis. Runs when OTZ_TEST_DATABASE_URL and OTZ_TEST_REDIS_URL are set (`.ci/run` starts
 * throwaway servers and sets them); skipped with a message otherwise.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeModel } from '../src/domain/collab';
import { readModel } from '../src/domain/collab/read';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { serializeModel } from '../src/domain/serialize/model-json';
import {
  connectClient,
  startTestServer,
  type TestServer,
  tokenOf,
  waitFor,
} from '../test-support/collab-server';

const databaseUrl = process.env.OTZ_TEST_DATABASE_URL;
const redisUrl = process.env.OTZ_TEST_REDIS_URL;
if (!databaseUrl || !redisUrl)
  console.warn(
    '[server/external.test.ts] SKIPPED: set OTZ_TEST_DATABASE_URL and OTZ_TEST_REDIS_URL (.ci/services.sh does) to test PostgreSQL and Redis',
  );

const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.dispose();
});

describe.skipIf(!databaseUrl || !redisUrl)('PostgreSQL and Redis', () => {
  it('two instances on one PostgreSQL share a live document through Redis', async () => {
    const one = await startTestServer({ databaseUrl, redisUrl });
    servers.push(one);
    const two = await startTestServer({ databaseUrl, redisUrl });
    servers.push(two);
    expect(one.storageKind).toBe('postgres');

    const model = generatePlant('S', 9);
    const created = await one.api('/api/documents', { method: 'POST', body: serializeModel(model) });
    expect(created.status).toBe(201);
    const { id, links } = (await created.json()) as { id: string; links: { edit: string } };
    // The link works on either instance (same database, same secret).
    expect(await (await two.api(`/api/documents/${id}`, { token: tokenOf(links.edit) })).text()).toBe(
      serializeModel(model),
    );

    const a = connectClient(one.url, id, tokenOf(links.edit), 'Ada');
    const b = connectClient(two.url, id, tokenOf(links.edit), 'Bob');
    try {
      await Promise.all([a.ready, b.ready]);
      const before = readModel(a.doc).model;
      writeModel(a.doc, { ...before, meta: { ...before.meta, name: 'Via Redis' } }, { previous: before });
      await waitFor(
        () => readModel(b.doc).model.meta.name === 'Via Redis',
        10_000,
        'the edit on the other instance',
      );
      const mb = readModel(b.doc).model;
      writeModel(
        b.doc,
        { ...mb, zones: mb.zones.map((z, i) => (i === 0 ? { ...z, name: 'Back' } : z)) },
        { previous: mb },
      );
      await waitFor(() => readModel(a.doc).model.zones[0]!.name === 'Back', 10_000, 'the edit back');
      await Promise.all([a.acknowledged(), b.acknowledged()]);
    } finally {
      a.close();
      b.close();
    }
    await waitFor(() => true);
    const stored = JSON.parse(await (await two.api(`/api/documents/${id}`)).text());
    expect(stored.meta.name).toBe('Via Redis');
    expect(stored.zones[0].name).toBe('Back');
  }, 120_000);
});
