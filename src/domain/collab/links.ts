/**
 * Share links: `<origin>/#/doc/<id>?token=<JWT>`. The token sits in the URL fragment, which
 * browsers never send to a server, so it does not land in access logs or Referer headers.
 * The token's claims (role, expiry) are checked by the server; the app only carries it.
 */

/** The WebSocket path of the collaboration endpoint, on the same origin as the app. */
export const COLLAB_PATH = '/collab';

export interface ShareLink {
  docId: string;
  token: string;
}

/** Ids the server hands out are URL-safe; anything else is refused rather than escaped. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const TOKEN = /^[A-Za-z0-9_.-]{1,4096}$/;

export function isDocumentId(id: string): boolean {
  return ID.test(id);
}

export function buildShareLink(origin: string, docId: string, token: string): string {
  if (!ID.test(docId)) throw new Error(`not a document id: ${docId.slice(0, 40)}`);
  return `${origin.replace(/\/+$/, '')}/#/doc/${docId}?token=${token}`;
}

/** The document and token of a link, or of its fragment alone (`#/doc/…`); undefined otherwise. */
export function parseShareLink(linkOrHash: string): ShareLink | undefined {
  const hashAt = linkOrHash.indexOf('#');
  const hash = hashAt >= 0 ? linkOrHash.slice(hashAt + 1) : linkOrHash;
  const match = /^\/doc\/([^?/]+)\?(.*)$/.exec(hash);
  if (!match) return undefined;
  const docId = match[1]!;
  let token: string | undefined;
  for (const pair of match[2]!.split('&')) if (pair.startsWith('token=')) token = pair.slice('token='.length);
  if (!ID.test(docId) || token === undefined || !TOKEN.test(token)) return undefined;
  return { docId, token };
}

/** `ws://host/collab` for an `http://host` origin (`wss:` for `https:`). */
export function collabUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws').replace(/\/+$/, '')}${COLLAB_PATH}`;
}
