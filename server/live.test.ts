import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { writeModel } from '../src/domain/collab';
import { collectionMap } from '../src/domain/collab/layout';
import { readModel } from '../src/domain/collab/read';
import { generatePlant } from '../src/domain/generate/plant-generator';
import type { Model } from '../src/domain/model/schema';
import { serializeModel } from '../src/domain/serialize/model-json';
import {
  connectClient,
  startTestServer,
  type TestServer,
  tokenOf,
  waitFor,
} from '../test-support/collab-server';

let server: TestServer;
const model = generatePlant('S', 11);

async function share(m: Model = model) {
  const res = await server.api('/api/documents', { method: 'POST', body: serializeModel(m) });
  const body = (await res.json()) as { id: string; links: { edit: string; view: string } };
  return { id: body.id, edit: tokenOf(body.links.edit), view: tokenOf(body.links.view) };
}
const serverModel = async (id: string) => await (await server.api(`/api/documents/${id}`)).text();

beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.dispose());

describe('live co-editing through the server', { timeout: 30_000 }, () => {
  it('an edit in one client reaches the other, and the server stores it', async () => {
    const { id, edit } = await share();
    const a = connectClient(server.url, id, edit, 'Ada');
    const b = connectClient(server.url, id, edit, 'Bob');
    try {
      await Promise.all([a.ready, b.ready]);
      expect(serializeModel(readModel(b.doc).model)).toBe(serializeModel(model));
      const before = readModel(a.doc).model;
      writeModel(a.doc, { ...before, meta: { ...before.meta, name: 'Live' } }, { previous: before });
      await waitFor(() => readModel(b.doc).model.meta.name === 'Live', 5_000, 'the edit at b');
      await a.acknowledged();
      expect(JSON.parse(await serverModel(id)).meta.name).toBe('Live');
    } finally {
      a.close();
      b.close();
    }
    // The session's activity ends in an automatic checkpoint naming who edited.
    let versions: Array<{ name: string; author: string }> = [];
    for (let i = 0; i < 50 && !versions.some((v) => v.name === 'Checkpoint'); i++) {
      versions = (await (await server.api(`/api/documents/${id}/versions`)).json()) as typeof versions;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(versions.find((v) => v.name === 'Checkpoint')?.author).toBe('Ada');
  });

  it('a PUT through the API reaches connected clients live', async () => {
    const { id, edit } = await share();
    const a = connectClient(server.url, id, edit);
    try {
      await a.ready;
      const next = {
        ...model,
        zones: model.zones.map((z, i) => (i === 0 ? { ...z, name: 'From the API' } : z)),
      };
      expect(
        (await server.api(`/api/documents/${id}`, { method: 'PUT', token: edit, body: serializeModel(next) }))
          .status,
      ).toBe(200);
      await waitFor(() => readModel(a.doc).model.zones[0]!.name === 'From the API', 5_000, 'the API change');
    } finally {
      a.close();
    }
  });

  it('a view link is read-only at the server: its updates are dropped, not stored, not relayed', async () => {
    const { id, edit, view } = await share();
    const viewer = connectClient(server.url, id, view, 'Viewer');
    const editor = connectClient(server.url, id, edit, 'Editor');
    try {
      await Promise.all([viewer.ready, editor.ready]);
      const before = readModel(viewer.doc).model;
      writeModel(viewer.doc, { ...before, meta: { name: 'Vandalised' } }, { previous: before });
      await new Promise((r) => setTimeout(r, 500));
      expect(readModel(editor.doc).model.meta.name).toBe(model.meta.name);
      expect(JSON.parse(await serverModel(id)).meta.name).toBe(model.meta.name);
    } finally {
      viewer.close();
      editor.close();
    }
  });

  it('a view token sending a real update over a raw socket changes nothing', async () => {
    const { id, view } = await share();
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab`);
    await new Promise((r) => ws.once('open', r));
    const replies: Uint8Array[] = [];
    ws.on('message', (data: Buffer) => replies.push(new Uint8Array(data)));
    const send = (write: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, id);
      write(e);
      ws.send(encoding.toUint8Array(e));
    };
    send((e) => {
      encoding.writeVarUint(e, 2); // Auth
      encoding.writeVarUint(e, 0); // Token
      encoding.writeVarString(e, view);
    });
    await waitFor(() => replies.length > 0, 5_000, 'the auth reply');
    // A well-formed Yjs update renaming the plant, as a modified client would send it.
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      await (async () => {
        const c = connectClient(server.url, id, view);
        await c.ready;
        const state = Y.encodeStateAsUpdate(c.doc);
        c.close();
        return state;
      })(),
    );
    const before = readModel(doc).model;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    writeModel(doc, { ...before, meta: { name: 'Changed by a viewer' } }, { previous: before });
    send((e) => {
      encoding.writeVarUint(e, 0); // Sync
      encoding.writeVarUint(e, 2); // Update
      encoding.writeVarUint8Array(e, updates[0]!);
    });
    await new Promise((r) => setTimeout(r, 800));
    ws.close();
    expect(JSON.parse(await serverModel(id)).meta.name).toBe(model.meta.name);
  });

  it('an expired, forged or revoked link is refused on the socket with a clear reason', async () => {
    const { id } = await share();
    const client = connectClient(server.url, id, 'forged.token.here');
    await expect(client.ready).rejects.toThrow(/not valid/);
    client.close();
  });

  it('a change that leaves the model invalid is repaired by the server for everyone and recorded', async () => {
    const { id, edit } = await share();
    const a = connectClient(server.url, id, edit, 'Ada');
    const b = connectClient(server.url, id, edit, 'Bob');
    try {
      await Promise.all([a.ready, b.ready]);
      // An old or hostile client: a zone kind that does not exist and a conduit to nowhere.
      const zone = [...collectionMap(a.doc, 'zones').values()][0]!;
      const conduit = [...collectionMap(a.doc, 'conduits').values()][0]!;
      a.doc.transact(() => {
        zone.set('kind', 'lava-lake');
        conduit.set('zoneIds', ['nowhere', 'else']);
      });
      await waitFor(
        () => readModel(b.doc).repairs.length === 0 && zone.get('kind') !== 'lava-lake',
        5_000,
        'the repair',
      );
      const repaired = JSON.parse(await serverModel(id)) as Model;
      expect(repaired.zones[0]!.kind).toBe(model.zones[0]!.kind);
      expect(repaired.conduits.find((c) => c.id === conduit.get('id'))).toBeUndefined();
      const versions = (await (await server.api(`/api/documents/${id}/versions`)).json()) as Array<{
        name: string;
      }>;
      expect(versions.map((v) => v.name)).toContain('Repaired after concurrent edits');
      expect(server.log.lines.some((l) => l.message === 'document repaired')).toBe(true);
    } finally {
      a.close();
      b.close();
    }
  });

  it('a malformed update over a raw socket is refused and the stored document stays intact', async () => {
    const { id, edit } = await share();
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab`);
    await new Promise((r) => ws.once('open', r));
    const message = (write: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, id);
      write(e);
      return encoding.toUint8Array(e);
    };
    // Auth (2) with a token (0), then Sync (0) / Update (2) with bytes that are no Yjs update.
    ws.send(
      message((e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint(e, 0);
        encoding.writeVarString(e, edit);
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    const garbage = new Uint8Array(64).map((_, i) => (i * 37 + 11) % 256);
    ws.send(
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, garbage);
      }),
    );
    await waitFor(
      () => server.log.lines.some((l) => l.message === 'malformed update refused'),
      5_000,
      'the refusal',
    );
    ws.close();
    expect(await serverModel(id)).toBe(serializeModel(model));
    // Still usable afterwards.
    const client = connectClient(server.url, id, edit);
    await client.ready;
    expect(serializeModel(readModel(client.doc).model)).toBe(serializeModel(model));
    client.close();
  });

  it('an unknown document is refused on the socket', async () => {
    const client = connectClient(server.url, 'no-such-doc', 'x');
    await expect(client.ready).rejects.toThrow();
    client.close();
  });
});
