import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoModel } from '../../samples';
import { generatePlant } from '../generate/plant-generator';
import { parseModel } from '../model/parse';
import type { Model } from '../model/schema';
import { serializeModel } from '../serialize/model-json';
import { collectionMap, elementKey, modelMap, positionsMap } from './layout';
import { buildShareLink, collabUrl, parseShareLink } from './links';
import { ModelProjection, readModel } from './read';
import { repairModel } from './repair';
import { writeModel } from './write';

/** Two replicas of one document, synced explicitly (what Hocuspocus does over the socket). */
function pair(model: Model) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  writeModel(a, model);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, toB);
    Y.applyUpdate(a, toA);
  };
  return { a, b, sync };
}

const base = (): Model => ({
  format: 'ot-zones',
  version: 1,
  meta: { name: 'Plant' },
  zones: [
    { id: 'site', name: 'Site', kind: 'operations' },
    { id: 'cell', name: 'Cell', kind: 'control', parentId: 'site' },
    { id: 'dmz', name: 'DMZ', kind: 'dmz' },
  ],
  assets: [{ id: 'plc-1', name: 'PLC 1', type: 'plc', zoneId: 'cell' }],
  conduits: [
    {
      id: 'c1',
      name: 'C1',
      zoneIds: ['cell', 'dmz'],
      type: 'filtering',
      flows: [{ from: 'cell', to: 'dmz', protocol: 'opc-ua' }],
    },
  ],
  diagram: {
    positions: {
      site: { x: 0, y: 0, width: 600, height: 400 },
      cell: { x: 20, y: 40, width: 300, height: 200 },
      dmz: { x: 800, y: 0, width: 200, height: 200 },
    },
  },
});

function expectValid(model: Model) {
  const parsed = parseModel(JSON.parse(serializeModel(model)));
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
}

describe('layout round trip', () => {
  it('gives back the same canonical bytes for the demo and a generated plant', () => {
    for (const model of [demoModel(), generatePlant('S', 3), base()]) {
      const doc = new Y.Doc();
      writeModel(doc, model);
      const { model: read, repairs } = readModel(doc);
      expect(repairs).toEqual([]);
      expect(serializeModel(read)).toBe(serializeModel(model));
    }
  });

  it('keeps zones, assets and conduits as sibling maps and one position per element', () => {
    const doc = new Y.Doc();
    writeModel(doc, base());
    expect(collectionMap(doc, 'zones').size).toBe(3);
    expect(collectionMap(doc, 'assets').size).toBe(1);
    expect(positionsMap(doc).get('cell')).toEqual({ x: 20, y: 40, width: 300, height: 200 });
    expect(modelMap(doc).get('meta')).toEqual({ name: 'Plant' });
    expect([...collectionMap(doc, 'zones').keys()]).toContain(elementKey('site', doc.clientID));
  });
});

describe('minimal writes and identity', () => {
  it('writes only the changed field and keeps untouched elements identical on read', () => {
    const doc = new Y.Doc();
    const projection = new ModelProjection(doc);
    writeModel(doc, generatePlant('S', 1));
    const first = projection.read().model;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const asset = first.assets[3]!;
    const next = { ...first, assets: first.assets.map((a) => (a === asset ? { ...a, name: 'Renamed' } : a)) };
    writeModel(doc, next, { previous: first });
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(120);
    const second = projection.read().model;
    expect(second.assets[3]!.name).toBe('Renamed');
    expect(second.assets[2]).toBe(first.assets[2]);
    expect(second.zones).toBe(first.zones);
    expect(second.conduits).toBe(first.conduits);
    expect(projection.read().model).toBe(second);
  });

  it('writes nothing when nothing changed', () => {
    const doc = new Y.Doc();
    writeModel(doc, base());
    const read = readModel(doc).model;
    let count = 0;
    doc.on('update', () => count++);
    writeModel(doc, readModel(doc).model, { previous: read });
    writeModel(doc, base());
    expect(count).toBe(0);
  });

  it('keeps an element inserted in the middle in its place', () => {
    const doc = new Y.Doc();
    const model = base();
    writeModel(doc, model);
    const zones = [
      model.zones[0]!,
      { id: 'new', name: 'New', kind: 'field' as const },
      ...model.zones.slice(1),
    ];
    writeModel(doc, { ...model, zones }, { previous: model });
    expect(readModel(doc).model.zones.map((z) => z.id)).toEqual(['site', 'new', 'cell', 'dmz']);
  });
});

describe('concurrent edits (two replicas)', () => {
  it('two people dragging the same zone: both end at the same position', () => {
    const { a, b, sync } = pair(base());
    const ma = readModel(a).model;
    const mb = readModel(b).model;
    const drag = (m: Model, x: number) => ({
      ...m,
      diagram: { positions: { ...m.diagram!.positions, cell: { x, y: 40, width: 300, height: 200 } } },
    });
    writeModel(a, drag(ma, 100), { previous: ma });
    writeModel(b, drag(mb, 200), { previous: mb });
    sync();
    const ra = readModel(a);
    expect(serializeModel(ra.model)).toBe(serializeModel(readModel(b).model));
    expect([100, 200]).toContain(ra.model.diagram!.positions.cell!.x);
    expect(ra.repairs).toEqual([]);
  });

  it('two edits of one field: one value wins on both replicas, other fields of the element both kept', () => {
    const { a, b, sync } = pair(base());
    const ma = readModel(a).model;
    const mb = readModel(b).model;
    const setZone = (m: Model, patch: object) => ({
      ...m,
      zones: m.zones.map((z) => (z.id === 'dmz' ? { ...z, ...patch } : z)),
    });
    writeModel(a, setZone(ma, { name: 'DMZ A', owner: 'IT' }), { previous: ma });
    writeModel(b, setZone(mb, { name: 'DMZ B', description: 'from B' }), { previous: mb });
    sync();
    const za = readModel(a).model.zones.find((z) => z.id === 'dmz')!;
    expect(za).toEqual(readModel(b).model.zones.find((z) => z.id === 'dmz'));
    expect(['DMZ A', 'DMZ B']).toContain(za.name);
    expect(za.owner).toBe('IT');
    expect(za.description).toBe('from B');
  });

  it('one deletes a zone while another adds an asset to it: the asset moves to the parent zone', () => {
    const { a, b, sync } = pair(base());
    const ma = readModel(a).model;
    const mb = readModel(b).model;
    const { cell: _gone, ...positions } = ma.diagram!.positions;
    writeModel(
      a,
      {
        ...ma,
        zones: ma.zones.filter((z) => z.id !== 'cell'),
        assets: [],
        conduits: [],
        diagram: { positions },
      },
      { previous: ma },
    );
    writeModel(
      b,
      { ...mb, assets: [...mb.assets, { id: 'hmi-1', name: 'HMI 1', type: 'hmi', zoneId: 'cell' }] },
      { previous: mb },
    );
    sync();
    for (const doc of [a, b]) {
      const { model, repairs } = readModel(doc, mb);
      expectValid(model);
      expect(model.assets.map((x) => [x.id, x.zoneId])).toEqual([['hmi-1', 'site']]);
      expect(repairs.map((r) => r.kind)).toContain('orphan-moved');
      expect(repairs.find((r) => r.kind === 'orphan-moved')!.message).toContain('was deleted');
    }
  });

  it('an orphan with no surviving ancestor goes to the nearest zone, and with no zones left to "Recovered"', () => {
    const model = base();
    const raw = {
      present: ['diagram'],
      zones: [
        { id: 'far', name: 'Far', kind: 'control' },
        { id: 'near', name: 'Near', kind: 'control' },
      ],
      assets: [{ id: 'a1', name: 'A1', type: 'plc', zoneId: 'dmz' }],
      conduits: [],
      notes: [],
      risks: [],
      changeRecords: [],
      positions: { far: { x: 0, y: 0 }, near: { x: 790, y: 10 } },
      meta: { name: 'x' },
    };
    expect(repairModel(raw, model).model.assets[0]!.zoneId).toBe('near');
    const none = repairModel({ ...raw, zones: [] }, model);
    expect(none.model.zones.map((z) => z.name)).toEqual(['Recovered']);
    expect(none.model.assets[0]!.zoneId).toBe(none.model.zones[0]!.id);
    expect(none.repairs.map((r) => r.kind)).toContain('zone-recovered');
    expectValid(none.model);
  });

  it('deleting a zone a conduit joins while another edits the conduit: the conduit is dropped or trimmed', () => {
    const model = base();
    model.zones.push({ id: 'ent', name: 'Enterprise', kind: 'enterprise' });
    model.conduits[0]!.zoneIds = ['cell', 'dmz', 'ent'];
    const { a, b, sync } = pair(model);
    const ma = readModel(a).model;
    const mb = readModel(b).model;
    writeModel(a, { ...ma, zones: ma.zones.filter((z) => z.id !== 'cell'), assets: [] }, { previous: ma });
    writeModel(b, { ...mb, conduits: [{ ...mb.conduits[0]!, name: 'Renamed' }] }, { previous: mb });
    sync();
    const { model: merged, repairs } = readModel(a, ma);
    expectValid(merged);
    expect(merged.conduits[0]!.zoneIds).toEqual(['dmz', 'ent']);
    expect(merged.conduits[0]!.flows).toEqual([]);
    expect(merged.conduits[0]!.name).toBe('Renamed');
    expect(repairs.map((r) => r.kind)).toContain('conduit-trimmed');
    // With only one zone left, the conduit goes.
    const two = base();
    const { a: c, b: d, sync: sync2 } = pair(two);
    const mc = readModel(c).model;
    writeModel(c, { ...mc, zones: mc.zones.filter((z) => z.id !== 'dmz') }, { previous: mc });
    sync2();
    const after = readModel(d, mc);
    expect(after.model.conduits).toEqual([]);
    expect(after.repairs.map((r) => r.kind)).toContain('conduit-dropped');
  });

  it('the same id created twice: both elements survive, the later entry is renamed', () => {
    const { a, b, sync } = pair(base());
    const ma = readModel(a).model;
    const mb = readModel(b).model;
    writeModel(
      a,
      { ...ma, assets: [...ma.assets, { id: 'plc-2', name: 'From A', type: 'plc', zoneId: 'cell' }] },
      { previous: ma },
    );
    writeModel(
      b,
      { ...mb, assets: [...mb.assets, { id: 'plc-2', name: 'From B', type: 'plc', zoneId: 'dmz' }] },
      { previous: mb },
    );
    sync();
    const ra = readModel(a);
    const rb = readModel(b);
    expect(serializeModel(ra.model)).toBe(serializeModel(rb.model));
    expectValid(ra.model);
    expect(ra.model.assets.map((x) => x.name).sort()).toEqual(['From A', 'From B', 'PLC 1']);
    expect(ra.model.assets.map((x) => x.id).sort()).toEqual(['plc-1', 'plc-2', 'plc-2-2']);
    expect(ra.repairs.map((r) => r.kind)).toEqual(['duplicate-id']);
    // Writing the repaired model back makes the rename durable: no repair on the next read.
    writeModel(a, ra.model);
    expect(readModel(a).repairs).toEqual([]);
  });

  it('a replica that has not seen a new element does not delete it when it writes', () => {
    const { a, b, sync } = pair(base());
    const ma = readModel(a).model;
    const mb = readModel(b).model;
    writeModel(
      a,
      { ...ma, zones: [...ma.zones, { id: 'new', name: 'New', kind: 'field' }] },
      { previous: ma },
    );
    sync();
    // b writes an edit computed from its older model.
    writeModel(b, { ...mb, meta: { name: 'Renamed plant' } }, { previous: mb });
    sync();
    const merged = readModel(a).model;
    expect(merged.zones.map((z) => z.id)).toContain('new');
    expect(merged.meta.name).toBe('Renamed plant');
  });
});

describe('invalid values', () => {
  it('resets an invalid field to its previous value, else to a default, and must not touch valid ones', () => {
    const doc = new Y.Doc();
    const model = base();
    writeModel(doc, model);
    const zones = collectionMap(doc, 'zones');
    const [, cell] = [...zones.entries()].find(([, m]) => m.get('id') === 'cell')!;
    cell.set('kind', 'not-a-kind');
    cell.set('bogus', 1);
    const dmz = [...zones.values()].find((m) => m.get('id') === 'dmz')!;
    dmz.set('kind', 42);
    const { model: read, repairs } = readModel(doc, model);
    expectValid(read);
    expect(read.zones.find((z) => z.id === 'cell')!.kind).toBe('control');
    expect(read.zones.find((z) => z.id === 'dmz')!.kind).toBe('dmz');
    expect(read.zones.find((z) => z.id === 'site')).toEqual(model.zones[0]);
    expect(repairs.every((r) => r.kind === 'invalid-value')).toBe(true);
    const fresh = readModel(doc);
    expect(fresh.model.zones.find((z) => z.id === 'dmz')!.kind).toBe('control');
  });

  it('drops what cannot be repaired and bad positions, and reports a valid doc as clean', () => {
    const doc = new Y.Doc();
    writeModel(doc, base());
    expect(readModel(doc).repairs).toEqual([]);
    const bad = new Y.Map<unknown>();
    collectionMap(doc, 'assets').set('junk', bad);
    bad.set('name', 'no id');
    positionsMap(doc).set('cell', { x: 'left' });
    const { model, repairs } = readModel(doc);
    expectValid(model);
    expect(model.assets).toHaveLength(1);
    expect(model.diagram!.positions.cell).toBeUndefined();
    expect(repairs.map((r) => r.kind).sort()).toEqual(['dropped-element', 'position-dropped']);
  });
});

describe('share links', () => {
  it('builds and parses a link with the token in the fragment', () => {
    const link = buildShareLink('http://127.0.0.1:5173/', 'abc_12', 'h.p.s');
    expect(link).toBe('http://127.0.0.1:5173/#/doc/abc_12?token=h.p.s');
    expect(link.split('#')[0]).not.toContain('?');
    expect(parseShareLink(link)).toEqual({ docId: 'abc_12', token: 'h.p.s' });
    expect(parseShareLink('#/doc/abc_12?token=h.p.s')).toEqual({ docId: 'abc_12', token: 'h.p.s' });
    expect(collabUrl('https://x.example')).toBe('wss://x.example/collab');
  });

  it('refuses links without a token or with a strange id', () => {
    expect(parseShareLink('http://h/#/doc/abc')).toBeUndefined();
    expect(parseShareLink('http://h/#/doc/a%2Fb?token=x')).toBeUndefined();
    expect(parseShareLink('http://h/#/other')).toBeUndefined();
  });
});
