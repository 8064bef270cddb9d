/**
 * The team server: one HTTP server on one port for the built app, the JSON API and the
 * collaboration WebSocket (`/collab`, Hocuspocus). See README "Server" and docs/architecture.md.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { COLLAB_PATH } from '../src/domain/collab';
import { Access } from './access';
import { Collab, MAX_UPDATE_BYTES } from './collab';
import { createRequestHandler } from './http';
import { consoleLog, type Log } from './log';
import { openStorage } from './storage/open';

export interface ServerOptions {
  port: number;
  host: string;
  /** Folder of the embedded database (PGlite) when no databaseUrl is given. */
  dataDir: string;
  databaseUrl?: string | undefined;
  redisUrl?: string | undefined;
  adminToken?: string | undefined;
  /** The built app; undefined serves the API only. */
  distDir?: string | undefined;
  log?: Log;
  checkpointMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Set only on the first start of a fresh data folder without OTZ_ADMIN_TOKEN: print it once. */
  generatedAdminToken: string | undefined;
  storageKind: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? consoleLog();
  const storage = await openStorage({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const access = await Access.open(storage, { adminToken: options.adminToken });
  const collab = await Collab.create({
    storage,
    access,
    log,
    redisUrl: options.redisUrl,
    checkpointMs: options.checkpointMs,
  });
  const handler = createRequestHandler({ storage, access, collab, log, distDir: options.distDir });
  const http = createServer((req, res) => void handler(req, res));
  // Keep idle connections longer than clients do (fetch/undici: 4 s), so a client never sends a
  // request on a socket the server is closing at that moment (seen on a loaded machine).
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  // Frames above the limit close the socket before any of it reaches Yjs.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_UPDATE_BYTES + 1024 });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== COLLAB_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers.set(key, value);
      const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { headers });
      const connection = collab.hocuspocus.handleConnection(ws, request);
      ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
        connection.handleMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      });
      ws.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
      ws.on('error', (error) => log.warn('websocket error', { error: error.message }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const address = http.address() as AddressInfo;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    generatedAdminToken: access.generatedAdminToken,
    storageKind: storage.kind,
    close() {
      closing ??= (async () => {
        for (const client of wss.clients) client.terminate();
        await collab.close();
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeAllConnections();
        await closed;
        // Let Hocuspocus finish storing and unloading the open documents.
        for (let i = 0; i < 100 && collab.hocuspocus.getDocumentsCount() > 0; i++)
          await new Promise((r) => setTimeout(r, 50));
        await collab.settle();
        await storage.close();
      })();
      return closing;
    },
  };
}
