/** Why a shared document cannot be opened, from the server's status and words and the link's claims. */
import type { OpenFailure } from './collab-store';
import { readClaims, type SharedLink } from './link';

/** Turns the server's refusal into what the user reads. */
export function failureFor(status: number, said: string, link: SharedLink, now = Date.now()): OpenFailure {
  const claims = readClaims(link.token);
  if (status === 404) return { kind: 'unknown-document', message: said };
  if (status === 403) return { kind: 'forbidden', message: said };
  if (!link.token || !claims) return { kind: 'invalid', message: said };
  if (claims.expiresAt !== null && claims.expiresAt <= now) return { kind: 'expired', message: said };
  if (/revoked/i.test(said)) return { kind: 'revoked', message: said };
  if (/expired/i.test(said)) return { kind: 'expired', message: said };
  return { kind: 'invalid', message: said };
}
