/**
 * `ot-zones serve`: the team server (the built app, the HTTP API and live co-editing on one port).
 * The server code (top-level server/) loads only here, through a dynamic import, so the other
 * commands never parse it; its packages stay external in the bundle (scripts/build-cli.mjs).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectPositionals, parseCommandArgs, stringOption } from '../args';
import type { Command } from '../command';
import { CliError, EXIT, UsageError } from '../errors';
import { packageRoot } from '../package-root';

const usage =
  'ot-zones serve [--port 5173] [--host 127.0.0.1] [--data ./data] [--database URL] [--redis URL]';

/** The built app: --dist, else OTZ_DIST (relative to the working folder), else the package's dist/. */
function distFolder(option: string | undefined): string | undefined {
  const chosen = option ?? process.env.OTZ_DIST;
  if (chosen) return resolve(chosen);
  const root = packageRoot();
  return root ? fileURLToPath(new URL('dist/', root)) : undefined;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the team server: shared models, live co-editing, history (one port)',
  usage,
  help: `Usage: ${usage}

Serves the built app, the HTTP API (/api/…) and the collaboration endpoint (WebSocket /collab)
from one port. Documents live in an embedded PostgreSQL (PGlite) in the --data folder unless
--database names a PostgreSQL server. Several instances behind a load balancer share live
documents through Redis (--redis). Stop it with Ctrl+C.

Options:
  --port N          port to listen on (default 5173; 0 picks a free one)
  --host ADDR       address to listen on (default 127.0.0.1; 0.0.0.0 for the LAN)
  --data DIR        folder of the embedded database (default ./data)
  --database URL    postgres://… — use this PostgreSQL server instead (or OTZ_DATABASE_URL)
  --redis URL       redis://host:port — share live documents with other instances
  --dist DIR        the built app (default: the package's dist/, or OTZ_DIST)
  -h, --help        show this help

Access: the admin token comes from OTZ_ADMIN_TOKEN, or is generated at the first start and
printed once (only its hash is stored). "Share" in the app, or POST /api/documents with the
admin token, gives an edit link and a view link.`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        database: { type: 'string' },
        redis: { type: 'string' },
        dist: { type: 'string' },
      },
      usage,
    );
    expectPositionals(positionals, [], usage);
    const portText = stringOption(values.port) ?? '5173';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535)
      throw new UsageError(`--port must be 0–65535 (got "${portText}")`, usage);
    const databaseUrl = stringOption(values.database) ?? process.env.OTZ_DATABASE_URL;
    if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
      throw new UsageError('--database must be a postgres:// URL', usage);
    const redisUrl = stringOption(values.redis);
    if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
      throw new UsageError('--redis must be a redis:// URL', usage);
    const distDir = distFolder(stringOption(values.dist));
    const hasApp = distDir !== undefined && existsSync(resolve(distDir, 'index.html'));

    const { startServer } = await import('../../../server/index');
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({
        port,
        host: stringOption(values.host) ?? '127.0.0.1',
        dataDir: stringOption(values.data) ?? './data',
        databaseUrl,
        redisUrl,
        adminToken: process.env.OTZ_ADMIN_TOKEN || undefined,
        distDir: hasApp ? distDir : undefined,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(`port ${port} is in use; pick another with --port`);
      throw new CliError(
        `cannot start the server: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    io.stdout(
      `ot-zones server running at ${server.url}/  (storage: ${server.storageKind}${redisUrl ? ', redis' : ''})\n`,
    );
    if (!hasApp) io.stdout('The app is not built, so only the API is served (run "npm run build" first).\n');
    if (server.generatedAdminToken)
      io.stdout(
        `Admin token (shown only this once; keep it, or set OTZ_ADMIN_TOKEN):\n  ${server.generatedAdminToken}\n`,
      );
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.stdout('Stopping…\n');
        void server.close().then(done, done);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return EXIT.ok;
  },
};
