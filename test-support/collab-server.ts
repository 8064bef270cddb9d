/**
 * Test helpers for the team server: start one in-process (PGlite in a temporary folder), call the
 * API, and connect Node clients with the same provider library as the app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type RunningServer, type ServerOptions, startServer } from '../server/index';
import type { Log } from '../server/log';

export const ADMIN = 'test-admin-token';

export interface LogLine {
  level: string;
  message: string;
  details?: Record<string, unknown>;
}

export function memoryLog(lines: LogLine[] = []): Log & { lines: LogLine[] } {
  const push = (level: string) => (message: string, details?: Record<string, unknown>) =>
    void lines.push(details ? { level, message, details } : { level, message });
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

export interface TestServer extends RunningServer {
  dataDir: string;
  log: ReturnType<typeof memoryLog>;
  api(path: string, init?: { method?: string; token?: string | null; body?: unknown }): Promise<Response>;
  dispose(): Promise<void>;
}

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'otz-server-test-'));
  const log = memoryLog();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    adminToken: ADMIN,
    log,
    ...options,
    dataDir,
  });
  return {
    ...server,
    dataDir,
    log,
    api(path, init = {}) {
      const headers: Record<string, string> = {};
      const token = init.token === undefined ? ADMIN : init.token;
      if (token) headers.Authorization = `Bearer ${token}`;
      const body =
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : JSON.stringify(init.body);
      return fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers, body });
    },
    async dispose() {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The token inside a share link. */
export const tokenOf = (link: string) => new URL(link).hash.split('token=')[1]!;

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves when the first sync is done; rejects when authentication fails. */
  ready: Promise<void>;
  /** Resolves when every local change has been acknowledged by the server. */
  acknowledged(): Promise<void>;
  close(): void;
}

export function connectClient(baseUrl: string, docId: string, token: string, name = 'Tester'): TestClient {
  const doc = new Y.Doc();
  let fail: (error: Error) => void = () => {};
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}/collab?name=${encodeURIComponent(name)}`,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: docId,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => fail(new Error(`authentication failed: ${reason}`)),
  });
  provider.attach();
  const ready = new Promise<void>((resolve, reject) => {
    fail = reject;
    provider.on('synced', () => resolve());
  });
  return {
    doc,
    provider,
    ready,
    acknowledged: () => waitFor(() => provider.unsyncedChanges === 0, 10_000, 'changes acknowledged'),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
