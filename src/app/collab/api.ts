/**
 * The team server's HTTP API (same origin as the app): create a shared document, read it, and its
 * versions. Errors come back as `{ error }` (plus `problems` for an invalid model); every failure
 * is turned into a sentence for the user, never thrown raw.
 */
import type { Model } from '../../domain/model/schema';

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: string };

export interface CreatedDocument {
  id: string;
  links: { edit: string; view: string };
}

export interface VersionInfo {
  id: string;
  name: string;
  createdAt: string;
  author?: string | null;
  note?: string | null;
  /** An automatic checkpoint (during activity, on share, on restore or repair), not a named version. */
  auto?: boolean;
}

export interface Links {
  edit: string;
  view: string;
}

const STATUS_TEXT: Record<number, string> = {
  401: 'The link is not valid (expired, revoked or not issued by this server).',
  403: 'This link does not allow that (a view link cannot change anything).',
  404: 'There is no such shared document on this server.',
  413: 'The diagram is larger than the server accepts.',
};

async function call<T>(
  path: string,
  init: { token: string; method?: string; body?: unknown; author?: string | null | undefined },
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Authorization: `Bearer ${init.token}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  // A header carries only Latin-1; requests with a body say the author in the body instead.
  if (init.author && /^[\x20-\x7e]+$/.test(init.author)) headers['X-OTZ-Name'] = init.author;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    return { ok: false, status: 0, error: 'The team server cannot be reached (offline, or no server here).' };
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    // not JSON (e.g. a static host answering with its own page)
  }
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  const said =
    data && typeof data === 'object' && typeof (data as { error?: unknown }).error === 'string'
      ? (data as { error: string }).error
      : null;
  const fallback = STATUS_TEXT[response.status] ?? `The server answered ${response.status}.`;
  return { ok: false, status: response.status, error: said ?? fallback };
}

const doc = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

const who = (author: string | null) => (author ? { author } : {});

export const api = {
  createDocument: (token: string, model: Model, author: string | null) =>
    call<CreatedDocument>('/api/documents', { token, method: 'POST', body: model, author }),
  listVersions: (token: string, id: string) => call<VersionInfo[]>(`${doc(id)}/versions`, { token }),
  saveVersion: (token: string, id: string, body: { name: string; note?: string }, author: string | null) =>
    call<VersionInfo>(`${doc(id)}/versions`, { token, method: 'POST', body: { ...body, ...who(author) } }),
  getVersion: (token: string, id: string, versionId: string) =>
    call<unknown>(`${doc(id)}/versions/${encodeURIComponent(versionId)}`, { token }),
  /** Restores a version as a new change on top (the server records it in the history). */
  restoreVersion: (token: string, id: string, versionId: string, author: string | null) =>
    call<{ ok: true; versionId: string }>(`${doc(id)}/restore`, {
      token,
      method: 'POST',
      body: { versionId, ...who(author) },
    }),
  /** New edit and view links for a shared document (an edit link or the admin token). */
  newLinks: (token: string, id: string) =>
    call<{ links: Links }>(`${doc(id)}/links`, { token, method: 'POST', body: {} }),
  /** Revokes every link handed out so far and returns new ones. */
  revokeLinks: (token: string, id: string) =>
    call<{ links: Links }>(`${doc(id)}/revoke`, { token, method: 'POST', body: {} }),
};
