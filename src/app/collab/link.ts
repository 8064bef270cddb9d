/**
 * The shared-document route: `#/doc/<id>?token=<JWT>`. The token sits in the URL fragment, so it
 * never reaches a server's access log. The claims are decoded (not verified: the server verifies
 * every connection and API call) only to show the right UI at once: view-only, or expired.
 */
import { parseShareLink } from '../../domain/collab/links';
import type { LinkRole } from './collab-store';

export interface SharedLink {
  id: string;
  token: string;
}

export type Route = { kind: 'local' } | { kind: 'shared'; link: SharedLink } | { kind: 'damaged' };

/** What a location hash opens: a local document, a shared one, or a damaged shared link. */
export function routeFromHash(hash: string): Route {
  if (!hash.startsWith('#/doc/')) return { kind: 'local' };
  const parsed = parseShareLink(hash);
  return parsed ? { kind: 'shared', link: { id: parsed.docId, token: parsed.token } } : { kind: 'damaged' };
}

export interface TokenClaims {
  role: LinkRole | null;
  /** Expiry in ms since the epoch, if the token has one. */
  expiresAt: number | null;
}

/** The claims a link's token carries, read without verifying it; null when it is not a JWT. */
export function readClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as Record<string, unknown>;
    if (typeof claims !== 'object' || claims === null) return null;
    const raw = claims.role ?? claims.scope ?? claims.access;
    const role =
      raw === 'view' || raw === 'read' ? 'view' : raw === 'edit' || raw === 'write' ? 'edit' : null;
    const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : null;
    return { role, expiresAt };
  } catch {
    return null;
  }
}

/** The location hash that opens `link` (the server builds full links with buildShareLink). */
export function hashFor(link: SharedLink): string {
  return `#/doc/${encodeURIComponent(link.id)}?token=${encodeURIComponent(link.token)}`;
}
