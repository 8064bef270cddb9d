/**
 * Who may do what. Two kinds of bearer token:
 * - the admin token (OTZ_ADMIN_TOKEN, or generated at first start and printed once); only its
 *   SHA-256 is stored;
 * - share-link tokens: JWTs (HS256, signed with a secret kept in the database) naming one
 *   document, a role (edit or view), an expiry and the document's link generation. Revoking a
 *   document's links bumps the generation, so every older token stops working at once.
 * Accounts and single sign-on are out of scope.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { Storage } from './storage/types';

export type Role = 'admin' | 'edit' | 'view';

export interface Grant {
  role: Role;
  /** The document a link token is for (admin: any). */
  documentId?: string;
}

export class AccessError extends Error {
  constructor(
    readonly status: 401 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

const ISSUER = 'ot-zones';
const DEFAULT_LINK_DAYS = 90;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface AccessOptions {
  /** From OTZ_ADMIN_TOKEN; when absent one is generated at first start. */
  adminToken?: string | undefined;
}

export class Access {
  private constructor(
    private readonly storage: Storage,
    private readonly secret: Uint8Array,
    private readonly adminHash: string,
    /** The generated admin token, only on the start that created it (to print once). */
    readonly generatedAdminToken: string | undefined,
  ) {}

  static async open(storage: Storage, options: AccessOptions): Promise<Access> {
    const secret = await storage.initSetting('jwt_secret', randomBytes(32).toString('base64url'));
    let generated: string | undefined;
    let adminHash: string;
    if (options.adminToken) {
      adminHash = sha256(options.adminToken);
      await storage.setSetting('admin_token_sha256', adminHash);
    } else {
      const candidate = `otz_${randomBytes(24).toString('base64url')}`;
      adminHash = await storage.initSetting('admin_token_sha256', sha256(candidate));
      if (adminHash === sha256(candidate)) generated = candidate;
    }
    return new Access(storage, Buffer.from(secret, 'base64url'), adminHash, generated);
  }

  isAdmin(token: string): boolean {
    const a = Buffer.from(sha256(token), 'hex');
    const b = Buffer.from(this.adminHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }

  async mintLink(
    documentId: string,
    role: 'edit' | 'view',
    generation: number,
    days = DEFAULT_LINK_DAYS,
  ): Promise<string> {
    return new SignJWT({ role, gen: generation })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(documentId)
      .setIssuedAt()
      .setJti(randomBytes(9).toString('base64url'))
      .setExpirationTime(`${Math.max(1, Math.min(3650, Math.round(days)))}d`)
      .sign(this.secret);
  }

  /**
   * What a bearer token grants for `documentId` (undefined: document-independent, e.g. create).
   * Throws AccessError with a message a person can act on.
   */
  async check(token: string | undefined, documentId?: string): Promise<Grant> {
    if (!token) throw new AccessError(401, 'no access token: open the document through its share link');
    if (this.isAdmin(token)) return { role: 'admin' };
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'] }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired)
        throw new AccessError(401, 'this link has expired: ask the document owner for a new one');
      throw new AccessError(401, 'this link is not valid (its signature does not match): ask for a new one');
    }
    const subject = typeof payload.sub === 'string' ? payload.sub : '';
    const role = payload.role === 'edit' || payload.role === 'view' ? payload.role : undefined;
    if (!role) throw new AccessError(401, 'this link is not valid: ask for a new one');
    if (documentId === undefined) return { role, documentId: subject };
    if (subject !== documentId) throw new AccessError(403, 'this link is for another document');
    const doc = await this.storage.getDocument(documentId);
    if (!doc) throw new AccessError(404, 'no such document (it may have been deleted)');
    if (payload.gen !== doc.linkGeneration)
      throw new AccessError(401, 'this link was revoked: ask the document owner for a new one');
    return { role, documentId };
  }
}

/** The token of an `Authorization: Bearer …` header. */
export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
