/**
 * The HTTP side: the JSON API (a contract, see README "Server") and the built app's files.
 * Errors are `{ "error": "…" }`, plus `problems` (JSON-path messages, as the CLI prints them)
 * for an invalid model.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CSP_HEADER_POLICY } from '../scripts/vite-csp-plugin';
import { buildShareLink } from '../src/domain/collab';
import { formatIssue } from '../src/domain/model/issues';
import { LIMITS } from '../src/domain/model/limits';
import { parseModelText } from '../src/domain/model/parse';
import type { Model } from '../src/domain/model/schema';
import { serializeModel } from '../src/domain/serialize/model-json';
import { type Access, AccessError, bearer, type Grant } from './access';
import { type Collab, type CollabContext, displayName, newId } from './collab';
import type { Log } from './log';
import { snapshotOf } from './snapshot';
import type { Storage } from './storage/types';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems?: string[],
  ) {
    super(message);
  }
}

export interface ApiDeps {
  storage: Storage;
  access: Access;
  collab: Collab;
  log: Log;
  /** Folder of the built app (index.html); undefined: API only. */
  distDir: string | undefined;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function send(res: ServerResponse, status: number, body: unknown, type = JSON_TYPE): void {
  const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit)
    throw new HttpError(413, `the body is too large (the limit is ${limit / 1024 / 1024} MB)`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit)
      throw new HttpError(413, `the body is too large (the limit is ${limit / 1024 / 1024} MB)`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readModelBody(req: IncomingMessage): Promise<Model> {
  const parsed = parseModelText(await readBody(req, LIMITS.fileBytes));
  if (!parsed.ok)
    throw new HttpError(400, 'the body is not a valid ot-zones model', parsed.issues.map(formatIssue));
  return parsed.model;
}

async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req, 64 * 1024);
  if (!text.trim()) return {};
  try {
    const value = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // fall through
  }
  throw new HttpError(400, 'the body must be a JSON object');
}

const optionalText = (value: unknown, field: string, max: number): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new HttpError(400, `"${field}" must be a string`);
  if (value.length > max) throw new HttpError(400, `"${field}" is longer than ${max} characters`);
  return value;
};

/** The origin links point to: the Host the client used (behind a proxy, X-Forwarded-*). */
function originOf(req: IncomingMessage): string {
  const proto =
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim() || 'http';
  const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost');
  return `${proto === 'https' ? 'https' : 'http'}://${host.replace(/[^A-Za-z0-9.:[\]-]/g, '')}`;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The built app: files as they are, anything else (client-side routes) gets index.html. */
async function serveStatic(req: IncomingMessage, res: ServerResponse, distDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' });
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const root = normalize(distDir + sep);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return send(res, 404, { error: 'not found' });
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    if (extname(path)) return send(res, 404, 'not found\n', 'text/plain; charset=utf-8');
    file = join(root, 'index.html');
    info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return send(res, 404, { error: 'the app is not built (run npm run build)' });
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CSP_HEADER_POLICY } : {}),
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

export function createRequestHandler(deps: ApiDeps) {
  const { storage, access, collab, log } = deps;

  const authorize = async (req: IncomingMessage, documentId?: string): Promise<Grant> => {
    const grant = await access.check(bearer(req.headers.authorization), documentId);
    if (documentId !== undefined && grant.role === 'admin' && !(await storage.getDocument(documentId)))
      throw new HttpError(404, 'no such document');
    return grant;
  };
  const requireWrite = (grant: Grant) => {
    if (grant.role === 'view') throw new HttpError(403, 'a view link cannot change the document');
  };
  const requireAdmin = (grant: Grant) => {
    if (grant.role !== 'admin') throw new HttpError(403, 'only the server admin token can do this');
  };
  const author = (req: IncomingMessage, grant: Grant, body?: Record<string, unknown>): string =>
    displayName(
      typeof body?.author === 'string' ? body.author : (req.headers['x-otz-name'] as string | undefined),
      grant.role === 'admin' ? 'admin' : 'editor',
    );

  const links = async (req: IncomingMessage, id: string, days?: number) => {
    const doc = await storage.getDocument(id);
    if (!doc) throw new HttpError(404, 'no such document');
    const origin = originOf(req);
    return {
      edit: buildShareLink(origin, id, await access.mintLink(id, 'edit', doc.linkGeneration, days)),
      view: buildShareLink(origin, id, await access.mintLink(id, 'view', doc.linkGeneration, days)),
    };
  };
  const daysOf = (body: Record<string, unknown>) => {
    if (body.expiresInDays === undefined) return undefined;
    const days = Number(body.expiresInDays);
    if (!Number.isFinite(days) || days < 1 || days > 3650)
      throw new HttpError(400, '"expiresInDays" must be a number from 1 to 3650');
    return days;
  };

  async function api(req: IncomingMessage, res: ServerResponse, parts: string[]): Promise<void> {
    const method = req.method ?? 'GET';
    const [, resource, id, sub, subId] = parts; // ['api', 'documents', id, 'versions', vid]
    if (resource === 'health' && parts.length === 2 && method === 'GET') return send(res, 200, { ok: true });
    if (resource !== 'documents') throw new HttpError(404, 'no such API route');

    if (id === undefined) {
      if (method !== 'POST') throw new HttpError(405, 'use POST to create a document');
      const grant = await authorize(req);
      requireAdmin(grant);
      const model = await readModelBody(req);
      const docId = newId();
      await storage.createDocument(docId, snapshotOf(model));
      await collab.addVersion(docId, model, { name: 'Shared', author: author(req, grant), auto: true });
      log.info('document created', { document: docId });
      return send(res, 201, { id: docId, links: await links(req, docId) });
    }

    const grant = await authorize(req, id);
    const context: CollabContext = { role: grant.role, name: author(req, grant) };
    if (sub === undefined) {
      if (method === 'GET') return send(res, 200, serializeModel(await collab.currentModel(id)), JSON_TYPE);
      if (method === 'PUT') {
        requireWrite(grant);
        const model = await readModelBody(req);
        await collab.replaceModel(id, model, context);
        return send(res, 200, { id });
      }
      throw new HttpError(405, 'use GET or PUT');
    }
    if (sub === 'versions') {
      if (subId === undefined && method === 'GET') {
        const versions = await storage.listVersions(id);
        return send(
          res,
          200,
          versions.map((v) => ({
            id: v.id,
            name: v.name,
            createdAt: v.createdAt,
            author: v.author,
            note: v.note,
            auto: v.auto,
          })),
        );
      }
      if (subId === undefined && method === 'POST') {
        requireWrite(grant);
        const body = await readJsonBody(req);
        const name = optionalText(body.name, 'name', 200)?.trim();
        if (!name) throw new HttpError(400, 'a version needs a "name"');
        const note = optionalText(body.note, 'note', 5000);
        const version = await collab.addVersion(id, await collab.currentModel(id), {
          name,
          note,
          author: author(req, grant, body),
          auto: false,
        });
        return send(res, 201, {
          id: version.id,
          name: version.name,
          createdAt: version.createdAt,
          author: version.author,
          note: version.note,
          auto: false,
        });
      }
      if (subId !== undefined && parts.length === 5 && method === 'GET') {
        const text = await storage.getVersionModel(id, subId);
        if (text === undefined) throw new HttpError(404, 'no such version');
        return send(res, 200, text, JSON_TYPE);
      }
      throw new HttpError(405, 'method not allowed');
    }
    if (sub === 'restore' && method === 'POST') {
      requireWrite(grant);
      const body = await readJsonBody(req);
      const versionId = optionalText(body.versionId, 'versionId', 100);
      if (!versionId) throw new HttpError(400, 'say which version to restore: { "versionId": "…" }');
      const text = await storage.getVersionModel(id, versionId);
      if (text === undefined) throw new HttpError(404, 'no such version');
      const parsed = parseModelText(text);
      if (!parsed.ok) throw new HttpError(500, 'the stored version is not a valid model');
      const who = author(req, grant, body);
      await collab.replaceModel(id, parsed.model, { ...context, name: who });
      const restored = (await storage.listVersions(id)).find((v) => v.id === versionId);
      const version = await collab.addVersion(id, parsed.model, {
        name: `Restored "${restored?.name ?? versionId}"`,
        note: `version ${versionId} restored as a new change`,
        author: who,
        auto: true,
      });
      return send(res, 200, { ok: true, versionId: version.id });
    }
    if (sub === 'links' && method === 'POST') {
      requireWrite(grant);
      const body = await readJsonBody(req);
      return send(res, 201, { links: await links(req, id, daysOf(body)) });
    }
    if (sub === 'revoke' && method === 'POST') {
      requireWrite(grant);
      const body = await readJsonBody(req);
      await storage.bumpLinkGeneration(id);
      collab.hocuspocus.closeConnections(id);
      log.info('links revoked', { document: id });
      return send(res, 200, { links: await links(req, id, daysOf(body)) });
    }
    throw new HttpError(404, 'no such API route');
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const parts = path.split('/').filter(Boolean);
      if (parts[0] === 'api') await api(req, res, parts);
      else if (deps.distDir) await serveStatic(req, res, deps.distDir);
      else send(res, 404, { error: 'not found' });
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError)
        send(
          res,
          error.status,
          error.problems ? { error: error.message, problems: error.problems } : { error: error.message },
        );
      else if (error instanceof AccessError) send(res, error.status, { error: error.message });
      else {
        log.error('request failed', { url: req.url?.split('?')[0], error: String(error) });
        send(res, 500, { error: 'internal error (see the server log)' });
      }
      // Stop reading a refused body (413) instead of draining megabytes.
      if (!req.complete) req.resume();
    }
  };
}
