import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { Access, AccessError, bearer } from './access';
import type { Storage } from './storage/types';

/** Just enough storage for access checks: settings and one document's link generation. */
function memoryStorage(generation = { value: 1 }) {
  const settings = new Map<string, string>();
  return {
    settings,
    storage: {
      kind: 'memory',
      getSetting: async (k: string) => settings.get(k),
      initSetting: async (k: string, v: string) => {
        if (!settings.has(k)) settings.set(k, v);
        return settings.get(k)!;
      },
      setSetting: async (k: string, v: string) => void settings.set(k, v),
      getDocument: async (id: string) =>
        id === 'doc1'
          ? { id, createdAt: '2026-01-01T00:00:00.000Z', linkGeneration: generation.value }
          : undefined,
    } as unknown as Storage,
  };
}

const reason = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'granted';
  } catch (error) {
    return error instanceof AccessError ? `${error.status} ${error.message}` : String(error);
  }
};

describe('access tokens', () => {
  it('generates an admin token once, stores only its hash, and accepts it', async () => {
    const { storage, settings } = memoryStorage();
    const first = await Access.open(storage, {});
    expect(first.generatedAdminToken).toMatch(/^otz_/);
    expect([...settings.values()].join()).not.toContain(first.generatedAdminToken);
    expect(await first.check(first.generatedAdminToken)).toEqual({ role: 'admin' });
    const second = await Access.open(storage, {});
    expect(second.generatedAdminToken).toBeUndefined();
    expect(second.isAdmin(first.generatedAdminToken!)).toBe(true);
    expect(second.isAdmin('otz_guess')).toBe(false);
  });

  it('grants a link its role on its own document only', async () => {
    const { storage } = memoryStorage();
    const access = await Access.open(storage, { adminToken: 'adm' });
    const view = await access.mintLink('doc1', 'view', 1);
    expect(await access.check(view, 'doc1')).toEqual({ role: 'view', documentId: 'doc1' });
    expect(await reason(access.check(view, 'doc2'))).toBe('403 this link is for another document');
    expect(await reason(access.check(undefined, 'doc1'))).toMatch(/^401 no access token/);
  });

  it('refuses expired, forged and revoked links, each with its own message', async () => {
    const generation = { value: 1 };
    const { storage, settings } = memoryStorage(generation);
    const access = await Access.open(storage, { adminToken: 'adm' });
    const secret = Buffer.from(settings.get('jwt_secret')!, 'base64url');
    const expired = await new SignJWT({ role: 'edit', gen: 1 })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('ot-zones')
      .setSubject('doc1')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    expect(await reason(access.check(expired, 'doc1'))).toMatch(/^401 this link has expired/);
    const forged = `${expired.slice(0, -4)}AAAA`;
    expect(await reason(access.check(forged, 'doc1'))).toMatch(/^401 this link is not valid/);
    const edit = await access.mintLink('doc1', 'edit', 1);
    expect(await reason(access.check(edit, 'doc1'))).toBe('granted');
    generation.value = 2;
    expect(await reason(access.check(edit, 'doc1'))).toMatch(/^401 this link was revoked/);
  });

  it('reads a bearer token from the Authorization header and nothing else', () => {
    expect(bearer('Bearer abc.def')).toBe('abc.def');
    expect(bearer('Basic abc')).toBeUndefined();
    expect(bearer(undefined)).toBeUndefined();
  });
});
