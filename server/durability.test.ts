/**
 * kill -9 of the server mid-session loses nothing it acknowledged: the server runs as a child
 * process (the real `ot-zones serve`), a client edits and waits for the acknowledgement, the
 * process gets SIGKILL, and a restart on the same data folder still has every edit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeModel } from '../src/domain/collab';
import { readModel } from '../src/domain/collab/read';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { serializeModel } from '../src/domain/serialize/model-json';
import { connectClient, tokenOf } from '../test-support/collab-server';

const ADMIN = 'durability-admin';
const dataDir = mkdtempSync(join(tmpdir(), 'otz-kill9-'));
const children: ChildProcess[] = [];

async function spawnServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/ot-zones.mjs', 'serve', '--port', '0', '--data', dataDir], {
    env: { ...process.env, OTZ_ADMIN_TOKEN: ADMIN, OT_ZONES_FROM_SOURCE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/[^/\s]+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, url };
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('durability', () => {
  it('keeps every acknowledged edit across kill -9 and a restart', async () => {
    const model = generatePlant('S', 5);
    const first = await spawnServer();
    const created = await fetch(`${first.url}/api/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN}` },
      body: serializeModel(model),
    });
    const { id, links } = (await created.json()) as { id: string; links: { edit: string } };
    const client = connectClient(first.url, id, tokenOf(links.edit), 'Ada');
    await client.ready;
    let current = readModel(client.doc).model;
    for (let i = 1; i <= 5; i++) {
      const next = { ...current, meta: { ...current.meta, name: `Edit ${i}` } };
      writeModel(client.doc, next, { previous: current });
      current = next;
    }
    await client.acknowledged();
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    client.close();

    const second = await spawnServer();
    const res = await fetch(`${second.url}/api/documents/${id}`, {
      headers: { Authorization: `Bearer ${ADMIN}` },
    });
    expect(res.status).toBe(200);
    const stored = JSON.parse(await res.text());
    expect(stored.meta.name).toBe('Edit 5');
    expect(stored.zones).toEqual(JSON.parse(serializeModel(model)).zones);
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
  }, 180_000);
});
