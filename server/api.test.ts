import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { LIMITS } from '../src/domain/model/limits';
import { serializeModel } from '../src/domain/serialize/model-json';
import { startTestServer, type TestServer, tokenOf } from '../test-support/collab-server';

let server: TestServer;
const model = generatePlant('S', 7);
let id: string;
let edit: string;
let view: string;

beforeAll(async () => {
  server = await startTestServer();
  const res = await server.api('/api/documents', { method: 'POST', body: serializeModel(model) });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string; links: { edit: string; view: string } };
  id = body.id;
  edit = tokenOf(body.links.edit);
  view = tokenOf(body.links.view);
}, 60_000);
afterAll(() => server?.dispose());

describe('HTTP API contract', { timeout: 30_000 }, () => {
  it('health answers without a token', async () => {
    const res = await server.api('/api/health', { token: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('creates a document with edit and view links whose token sits in the fragment', async () => {
    const res = await server.api('/api/documents', { method: 'POST', body: serializeModel(model) });
    const body = (await res.json()) as { id: string; links: { edit: string; view: string } };
    expect(res.status).toBe(201);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const link of [body.links.edit, body.links.view]) {
      expect(link).toMatch(new RegExp(`^${server.url}/#/doc/${body.id}\\?token=`));
      expect(new URL(link).search).toBe('');
    }
  });

  it('returns the model as canonical JSON, the same bytes as export --format json', async () => {
    for (const token of [edit, view, undefined]) {
      const res = await server.api(`/api/documents/${id}`, { token });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.text()).toBe(serializeModel(model));
    }
  });

  it('401 without or with a bad token, with a message saying why', async () => {
    expect((await server.api(`/api/documents/${id}`, { token: null })).status).toBe(401);
    const forged = await new SignJWT({ role: 'edit', gen: 1 })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('ot-zones')
      .setSubject(id)
      .setExpirationTime('1d')
      .sign(new TextEncoder().encode('not the server secret, not at all'));
    const res = await server.api(`/api/documents/${id}`, { token: forged });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(/not valid/);
    expect((await server.api('/api/documents', { method: 'POST', body: '{}', token: 'nope' })).status).toBe(
      401,
    );
  });

  it('403 for a view token on a write and for a link token creating documents', async () => {
    const put = await server.api(`/api/documents/${id}`, {
      method: 'PUT',
      token: view,
      body: serializeModel(model),
    });
    expect(put.status).toBe(403);
    expect(((await put.json()) as { error: string }).error).toMatch(/view link/);
    expect(
      (
        await server.api(`/api/documents/${id}/versions`, {
          method: 'POST',
          token: view,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await server.api('/api/documents', { method: 'POST', token: edit, body: serializeModel(model) }))
        .status,
    ).toBe(403);
  });

  it('404 for an unknown document or version', async () => {
    expect((await server.api('/api/documents/nope')).status).toBe(404);
    expect((await server.api(`/api/documents/${id}/versions/nope`, { token: edit })).status).toBe(404);
    expect((await server.api('/api/nothing-here')).status).toBe(404);
  });

  it('403 for a link to another document', async () => {
    const other = await server.api('/api/documents', { method: 'POST', body: serializeModel(model) });
    const { id: otherId } = (await other.json()) as { id: string };
    expect((await server.api(`/api/documents/${otherId}`, { token: edit })).status).toBe(403);
  });

  it('400 with problems (JSON paths) for an invalid model; 413 over the size limit', async () => {
    const bad = JSON.parse(serializeModel(model));
    bad.assets[0].zoneId = 'nowhere';
    const res = await server.api('/api/documents', { method: 'POST', body: JSON.stringify(bad) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; problems: string[] };
    expect(body.problems).toEqual(['assets[0].zoneId: unknown zone "nowhere"']);
    const put = await server.api(`/api/documents/${id}`, { method: 'PUT', token: edit, body: '{"format":' });
    expect(put.status).toBe(400);
    const big = 'x'.repeat(LIMITS.fileBytes + 10);
    expect((await server.api('/api/documents', { method: 'POST', body: big })).status).toBe(413);
  });

  it('PUT replaces the model; versions are listed, read and restored as a new change', async () => {
    const named = await server.api(`/api/documents/${id}/versions`, {
      method: 'POST',
      token: edit,
      body: { name: 'Before workshop 3', note: 'baseline', author: 'Ada' },
    });
    expect(named.status).toBe(201);
    const version = (await named.json()) as { id: string; name: string; author: string; createdAt: string };
    expect(version).toMatchObject({ name: 'Before workshop 3', author: 'Ada' });

    const changed = { ...model, meta: { ...model.meta, name: 'Changed plant' } };
    const put = await server.api(`/api/documents/${id}`, {
      method: 'PUT',
      token: edit,
      body: serializeModel(changed),
    });
    expect(put.status).toBe(200);
    expect(await (await server.api(`/api/documents/${id}`, { token: view })).text()).toBe(
      serializeModel(changed),
    );

    const list = (await (await server.api(`/api/documents/${id}/versions`, { token: view })).json()) as Array<
      Record<string, unknown>
    >;
    expect(list.find((v) => v.id === version.id)).toMatchObject({ name: 'Before workshop 3', author: 'Ada' });
    for (const v of list)
      expect(Object.keys(v)).toEqual(expect.arrayContaining(['id', 'name', 'createdAt', 'author']));

    const old = await server.api(`/api/documents/${id}/versions/${version.id}`, { token: view });
    expect(await old.text()).toBe(serializeModel(model));

    const restore = await server.api(`/api/documents/${id}/restore`, {
      method: 'POST',
      token: edit,
      body: { versionId: version.id },
    });
    expect(restore.status).toBe(200);
    expect(await (await server.api(`/api/documents/${id}`)).text()).toBe(serializeModel(model));
    const after = (await (await server.api(`/api/documents/${id}/versions`)).json()) as Array<{
      name: string;
    }>;
    expect(after.at(-1)!.name).toBe('Restored "Before workshop 3"');
    expect(after.length).toBe(list.length + 1);
  });

  it('revoking links makes old tokens fail with "revoked" and hands out working new ones', async () => {
    const created = await server.api('/api/documents', { method: 'POST', body: serializeModel(model) });
    const { id: docId, links } = (await created.json()) as { id: string; links: { edit: string } };
    const oldEdit = tokenOf(links.edit);
    const fresh = await server.api(`/api/documents/${docId}/links`, { method: 'POST', token: oldEdit });
    expect(fresh.status).toBe(201);
    const revoke = await server.api(`/api/documents/${docId}/revoke`, { method: 'POST' });
    expect(revoke.status).toBe(200);
    const { links: newLinks } = (await revoke.json()) as { links: { edit: string; view: string } };
    const res = await server.api(`/api/documents/${docId}`, { token: oldEdit });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(/revoked/);
    expect((await server.api(`/api/documents/${docId}`, { token: tokenOf(newLinks.view) })).status).toBe(200);
  });
});
