/**
 * The team server's admin token, needed only to create shared documents ("Share"). Kept in this
 * browser's localStorage so it is asked for once; the links handed out carry their own tokens.
 */
const KEY = 'ot-zones:admin-token';

export function readAdminToken(): string | null {
  try {
    return localStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

export function writeAdminToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    // asked again next time
  }
}
