/**
 * `npm run bench:collab`: the team server under load, measured from outside.
 *
 * The server runs as its own process (`ot-zones serve`, embedded PGlite in a temporary folder),
 * so its CPU and memory are its own (read from /proc). In this process:
 * 1. N headless clients (HocuspocusProvider over `ws`, the app's provider library) open one
 *    document (an S plant) and each renames its own asset once per second through the same
 *    writeModel the app uses. Convergence latency of an edit = time until the last of the other
 *    N−1 replicas has it. Afterwards every replica and the server must hold the same model.
 * 2. 200 documents opened idle (one client each): the server's RSS.
 * 3. The 5,000-asset plant (generate L): time for a new client to open it from the server
 *    (connect, sync, read the model) and for GET /api/documents/:id.
 * Options (environment): BENCH_CLIENTS (50), BENCH_SECONDS (20), BENCH_IDLE_DOCS (200),
 * BENCH_SERVER_NODE_FLAGS (flags for the server's `node`, e.g. `--liftoff-only`, to compare).
 * The clients share this process's CPU with the measurement: on a 2-core machine that is load
 * the server would not see with real, separate users.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModel } from '../src/domain/collab';
import { collectionMap } from '../src/domain/collab/layout';
import { readModel } from '../src/domain/collab/read';
import { generatePlant } from '../src/domain/generate/plant-generator';
import type { Model } from '../src/domain/model/schema';
import { serializeModel } from '../src/domain/serialize/model-json';
import { connectClient, type TestClient, tokenOf, waitFor } from '../test-support/collab-server';
import { machine } from './machine';
import { percentile } from './stats';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const IDLE_DOCS = Number(process.env.BENCH_IDLE_DOCS ?? 200);
const SERVER_NODE_FLAGS = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const ADMIN = 'bench-admin';

const dataDir = mkdtempSync(join(tmpdir(), 'otz-bench-'));
let child: ChildProcess | undefined;

function procStats(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuMs: ticks * 10, rssMb: Number(rss) / 1024 };
}

async function startServer(): Promise<string> {
  const args = [...SERVER_NODE_FLAGS, 'bin/ot-zones.mjs', 'serve', '--port', '0', '--data', dataDir];
  child = spawn(process.execPath, args, {
    env: { ...process.env, OTZ_ADMIN_TOKEN: ADMIN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/[^/\s]+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child!.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function share(url: string, model: Model) {
  const res = await fetch(`${url}/api/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN}` },
    body: serializeModel(model),
  });
  if (res.status !== 201) throw new Error(`share failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id: string; links: { edit: string } };
  return { id: body.id, token: tokenOf(body.links.edit) };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

async function coEditing(url: string) {
  const model = generatePlant('S', 1);
  const { id, token } = await share(url, model);
  const clients: TestClient[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(connectClient(url, id, token, `Bench ${i}`));
  await Promise.all(clients.map((c) => c.ready));

  const sentAt = new Map<string, number>();
  const arrivals = new Map<string, number>(); // edit → replicas that have it
  const converged: number[] = [];
  let deliveries = 0;
  clients.forEach((client, index) => {
    collectionMap(client.doc, 'assets').observeDeep((events) => {
      for (const event of events) {
        const name = (event.target as { get?: (k: string) => unknown }).get?.('name');
        if (typeof name !== 'string' || !name.startsWith('bench:')) continue;
        const edit = name.slice(6);
        if (edit.startsWith(`${index}:`)) continue; // our own
        deliveries++;
        const count = (arrivals.get(edit) ?? 0) + 1;
        arrivals.set(edit, count);
        if (count === CLIENTS - 1) converged.push(performance.now() - sentAt.get(edit)!);
      }
    });
  });

  const models = clients.map((c) => readModel(c.doc).model);
  const server0 = procStats(child!.pid!);
  const started = performance.now();
  let edits = 0;
  await new Promise<void>((resolve) => {
    let seq = 0;
    const timers = clients.map((client, index) =>
      setTimeout(
        () => {
          const tick = () => {
            if (performance.now() - started > SECONDS * 1000) return;
            const previous = models[index]!;
            const asset = previous.assets[index % previous.assets.length]!;
            const edit = `${index}:${seq++}`;
            const next = {
              ...previous,
              assets: previous.assets.map((a) => (a === asset ? { ...a, name: `bench:${edit}` } : a)),
            };
            sentAt.set(edit, performance.now());
            writeModel(client.doc, next, { previous });
            models[index] = readModel(client.doc, next).model;
            edits++;
            timers[index] = setTimeout(tick, 1000);
          };
          tick();
        },
        (1000 * index) / CLIENTS,
      ),
    );
    setTimeout(
      () => {
        for (const t of timers) clearTimeout(t);
        resolve();
      },
      SECONDS * 1000 + 50,
    );
  });
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(clients.map((c) => c.acknowledged()));
  await waitFor(() => converged.length >= edits * 0.999, 30_000, 'convergence').catch(() => {});
  const server1 = procStats(child!.pid!);

  const texts = clients.map((c) => serializeModel(readModel(c.doc).model));
  const stored = await (
    await fetch(`${url}/api/documents/${id}`, { headers: { Authorization: `Bearer ${ADMIN}` } })
  ).text();
  const equal = texts.every((t) => t === texts[0]) && stored === texts[0];
  for (const c of clients) c.close();
  return {
    edits,
    editsPerSecond: edits / elapsed,
    deliveriesPerSecond: deliveries / elapsed,
    p50: percentile(converged, 50),
    p95: percentile(converged, 95),
    max: percentile(converged, 100),
    convergedEdits: converged.length,
    serverCpuPercent: ((server1.cpuMs - server0.cpuMs) / (elapsed * 1000)) * 100,
    serverRssMb: server1.rssMb,
    equal,
  };
}

async function idleDocuments(url: string) {
  const model = generatePlant('S', 2);
  const before = procStats(child!.pid!).rssMb;
  const clients: TestClient[] = [];
  for (let i = 0; i < IDLE_DOCS; i++) {
    const { id, token } = await share(url, model);
    clients.push(connectClient(url, id, token, `Idle ${i}`));
  }
  await Promise.all(clients.map((c) => c.ready));
  await new Promise((r) => setTimeout(r, 3000));
  const after = procStats(child!.pid!).rssMb;
  for (const c of clients) c.close();
  return { before, after };
}

async function largePlant(url: string) {
  const model = generatePlant('L', 1);
  const { id, token } = await share(url, model);
  const results = { openMs: 0, syncMs: 0, getMs: 0, assets: 0, equal: false, serverCpuMs: 0, clientCpuMs: 0 };
  const server0 = procStats(child!.pid!).cpuMs;
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const client = connectClient(url, id, token, 'Large');
  await client.ready;
  results.syncMs = performance.now() - t0;
  const read = readModel(client.doc).model;
  results.openMs = performance.now() - t0;
  const clientCpu = process.cpuUsage(client0);
  results.clientCpuMs = (clientCpu.user + clientCpu.system) / 1000;
  results.serverCpuMs = procStats(child!.pid!).cpuMs - server0;
  results.assets = read.assets.length;
  const t1 = performance.now();
  const text = await (
    await fetch(`${url}/api/documents/${id}`, { headers: { Authorization: `Bearer ${token}` } })
  ).text();
  results.getMs = performance.now() - t1;
  results.equal = text === serializeModel(model) && serializeModel(read) === text;
  client.close();
  return results;
}

try {
  const url = await startServer();
  const m = machine();
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, load ${m.loadAverage}`);
  const benchCpu0 = process.cpuUsage();
  console.log(
    `server: ${SERVER_NODE_FLAGS.length ? `node ${SERVER_NODE_FLAGS.join(' ')} ` : ''}ot-zones serve (PGlite) at ${url}, RSS at start ${fmt(procStats(child!.pid!).rssMb)} MB`,
  );

  const co = await coEditing(url);
  console.log(`\n1. ${CLIENTS} clients × 1 edit/s on one document for ${SECONDS} s`);
  console.log(
    `   edits: ${co.edits} (${fmt(co.editsPerSecond, 1)}/s), deliveries to replicas: ${fmt(co.deliveriesPerSecond)}/s`,
  );
  console.log(
    `   convergence (all ${CLIENTS - 1} other replicas have the edit): p50 ${fmt(co.p50)} ms, p95 ${fmt(co.p95)} ms, max ${fmt(co.max)} ms (${co.convergedEdits} edits)`,
  );
  console.log(`   server CPU ${fmt(co.serverCpuPercent)} % of one core, RSS ${fmt(co.serverRssMb)} MB`);
  console.log(`   every replica and the server hold the same model: ${co.equal ? 'yes' : 'NO'}`);
  const benchCpu = process.cpuUsage(benchCpu0);
  console.log(
    `   (the ${CLIENTS} clients in this process used ${fmt((benchCpu.user + benchCpu.system) / 1000)} ms CPU so far)`,
  );

  const idle = await idleDocuments(url);
  console.log(`\n2. ${IDLE_DOCS} open idle documents (S plant each, one client each)`);
  console.log(`   server RSS ${fmt(idle.after)} MB (before opening them: ${fmt(idle.before)} MB)`);

  const large = await largePlant(url);
  console.log(`\n3. the 5,000-asset plant (generate L, ${large.assets} assets)`);
  console.log(
    `   open from the server (connect, sync, read the model): ${fmt(large.openMs)} ms (of which connect + sync ${fmt(large.syncMs)} ms)`,
  );
  console.log(
    `   CPU time of that open: server ${fmt(large.serverCpuMs)} ms, client ${fmt(large.clientCpuMs)} ms (roughly the wait on an idle machine)`,
  );
  console.log(
    `   GET /api/documents/:id: ${fmt(large.getMs)} ms; same model everywhere: ${large.equal ? 'yes' : 'NO'}`,
  );
  if (!co.equal || !large.equal) process.exitCode = 1;
} finally {
  child?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit();
