import { describe, expect, it } from 'vitest';
import { expectNoBidiControls } from '../../../test-support/export-checks';
import { hostileModel, plantModel } from '../../../test-support/export-fixtures';
import { allElements, parseXml, type XmlElement } from '../../../test-support/xml';
import { evaluate } from '../engine/evaluate';
import { importDrawio } from '../import/drawio';
import type { Model } from '../model/schema';
import { exportDrawio } from './drawio';

const objects = (root: XmlElement) => allElements(root).filter((e) => e.name === 'object');
const cellOf = (o: XmlElement) =>
  o.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'mxCell')!;

describe('exportDrawio cell ids', () => {
  it('keeps ids that XML escaping would turn into the same character apart, and plain ids readable', () => {
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'ids' },
      zones: [{ id: 'z-ctl', name: 'Control', kind: 'control' }],
      assets: [
        { id: '\u202e', name: 'A', type: 'plc', zoneId: 'z-ctl' },
        { id: '\u2067', name: 'B', type: 'plc', zoneId: 'z-ctl' },
        { id: 'a:1', name: 'C', type: 'plc', zoneId: 'z-ctl' },
      ],
      conduits: [],
    };
    const ids = objects(parseXml(exportDrawio(model))).map((o) => o.attributes.id);
    expect(ids).toEqual(
      expect.arrayContaining(['zone:z-ctl', 'asset:%202E', 'asset:%2067', 'asset:a%003A1']),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('exportDrawio', () => {
  const model = plantModel();
  const evaluation = evaluate(model);
  const xml = exportDrawio(model, { evaluation });
  const root = parseXml(xml);
  const byId = new Map(objects(root).map((o) => [o.attributes.id!, o]));

  it('is a well-formed, uncompressed mxfile with the two root cells', () => {
    expect(root.name).toBe('mxfile');
    expect(root.attributes.compressed).toBe('false');
    const names = allElements(root).map((e) => e.name);
    expect(names.slice(0, 4)).toEqual(['mxfile', 'diagram', 'mxGraphModel', 'root']);
    const rootCells = allElements(root).filter((e) => e.name === 'mxCell' && !e.attributes.style);
    expect(rootCells.map((c) => c.attributes)).toEqual([{ id: '0' }, { id: '1', parent: '0' }]);
  });

  it('makes zones swimlane containers, nested zones children of their parent', () => {
    const ctl = byId.get('zone:ctl')!;
    expect(cellOf(ctl).attributes.style).toMatch(/^swimlane;.*container=1;/);
    expect(cellOf(ctl).attributes.parent).toBe('1');
    expect(ctl.attributes).toMatchObject({
      otzKind: 'zone',
      otzId: 'ctl',
      kind: 'control',
      slTarget: '3',
      purdueLevel: '1',
    });
    const sis = byId.get('zone:sis')!;
    expect(cellOf(sis).attributes.parent).toBe('zone:ctl');
    const geometry = cellOf(sis).children.find((c): c is XmlElement => typeof c !== 'string')!;
    expect(geometry.attributes).toMatchObject({
      x: '380',
      y: '70',
      width: '280',
      height: '150',
      as: 'geometry',
    });
  });

  it('puts assets inside their zone with their properties', () => {
    const plc = byId.get('asset:plc1')!;
    expect(cellOf(plc).attributes.parent).toBe('zone:ctl');
    expect(plc.attributes).toMatchObject({
      name: 'Filter PLC',
      type: 'plc',
      slCapability: '2',
      vendor: 'Acme',
      label: 'Filter PLC\nPLC',
    });
    expect(byId.get('asset:scada')!.attributes.addresses).toBe('10.1.2.10, 10.1.2.11');
  });

  it('draws conduits as edges between zones with direction, type, controls and flows', () => {
    const feed = cellOf(byId.get('conduit:c-dmz-sup')!);
    expect(feed.attributes).toMatchObject({ edge: '1', source: 'zone:sup', target: 'zone:dmz' });
    expect(feed.attributes.style).toContain('startArrow=none;');
    expect(feed.attributes.style).toContain('strokeWidth=3;');
    const ctl = byId.get('conduit:c-sup-ctl')!;
    expect(cellOf(ctl).attributes.style).toContain('startArrow=block;');
    expect(ctl.attributes).toMatchObject({
      controls: 'Firewall, Deep packet inspection',
      slTarget: '3',
      slCapability: '1',
      direction: 'bidirectional',
    });
    expect(ctl.attributes.flows).toBe(
      'SCADA → Filtration control: Modbus/TCP 502\nFiltration control → SCADA: Modbus/TCP any — Polling replies',
    );
    expect(Number(ctl.attributes.findings)).toBe(evaluation.bySubject.get('c-sup-ctl')!.length);
    expect(cellOf(byId.get('conduit:c-ctl-sis')!).attributes.style).toContain('dashed=1;');
  });

  it('turns a conduit joining three zones into two edges from its first zone', () => {
    const m: Model = {
      ...plantModel(),
      conduits: [{ id: 'bus', name: 'Bus', zoneIds: ['ent', 'dmz', 'sup'], type: 'gateway' }],
    };
    const edges = objects(parseXml(exportDrawio(m))).filter((o) => o.attributes.otzId === 'bus');
    expect(edges.map((o) => [cellOf(o).attributes.source, cellOf(o).attributes.target])).toEqual([
      ['zone:ent', 'zone:dmz'],
      ['zone:ent', 'zone:sup'],
    ]);
  });

  it('keeps every label plain text and carries comments and sticky notes', () => {
    for (const cell of allElements(root).filter((e) => e.name === 'mxCell' && e.attributes.style))
      expect(cell.attributes.style).toMatch(/(^|;)html=0;/);
    for (const o of objects(root)) {
      expect(o.attributes.placeholders).toBeUndefined();
      expect(o.attributes.link).toBeUndefined();
    }
    expect(byId.get('conduit:c-ctl-sis')!.attributes.comments).toBe(
      'A. Engineer: Review SIS link with the safety team.',
    );
    expect(cellOf(byId.get('note:n2')!).attributes.style).toMatch(/^shape=note;/);
  });

  it('is deterministic and inert with hostile text', () => {
    expect(exportDrawio(JSON.parse(JSON.stringify(model)) as Model, { evaluation })).toBe(xml);
    const hostile = hostileModel();
    const out = exportDrawio(hostile, { evaluation: evaluate(hostile) });
    expectNoBidiControls(out);
    const parsed = parseXml(out);
    const names = new Set(allElements(parsed).map((e) => e.name));
    expect([...names].sort()).toEqual([
      'diagram',
      'mxCell',
      'mxGeometry',
      'mxGraphModel',
      'mxfile',
      'object',
      'root',
    ]);
    const long = objects(parsed).find((o) => o.attributes.name === 'A'.repeat(5000))!;
    expect(long.attributes.label!.length).toBeLessThan(200);
    expect(objects(parsed).some((o) => o.attributes.name === '<script>alert(1)</script>')).toBe(true);
  });
});

describe('exportDrawio legend', () => {
  const base = (): Model => ({
    format: 'ot-zones',
    version: 1,
    meta: { name: 'legend' },
    zones: [
      { id: 'a', name: 'Control', kind: 'control', slTarget: 2 },
      { id: 'b', name: 'Supervisory', kind: 'supervisory', slTarget: 2 },
    ],
    assets: [{ id: 'p', name: 'PLC 1', type: 'plc', zoneId: 'a' }],
    conduits: [{ id: 'c', name: 'Control link', zoneIds: ['a', 'b'], type: 'filtering' }],
  });
  const legendOf = (m: Model, findings = false) =>
    objects(parseXml(exportDrawio(m, findings ? { evaluation: evaluate(m) } : {}))).find(
      (o) => o.attributes.id === 'legend',
    )?.attributes.label ?? '';

  it('explains only what the drawing uses', () => {
    const plain = legendOf(base());
    expect(plain).toContain('L = Purdue level');
    expect(plain).toContain('Solid line: filtering conduit');
    for (const absent of [
      'external zone',
      'gateway',
      'security device',
      'flags',
      'colour marker',
      'subsystem',
      'red error',
    ])
      expect(plain).not.toContain(absent);
  });

  it('explains flags, external zones, devices, colour markers, subsystems and finding colours when used', () => {
    const m = base();
    m.assets[0]!.safetyRelated = true;
    m.zones[1]!.kind = 'external';
    m.conduits[0]!.type = 'gateway';
    m.conduits[0]!.deviceAt = 'first';
    m.diagram = { positions: {}, colors: { p: 'red' }, subsystems: [{ id: 's', name: 'S', zoneIds: ['a'] }] };
    const text = legendOf(m, true);
    for (const present of [
      'flags (safety-related',
      'external zone',
      'gateway conduit',
      'security device',
      'colour marker',
      'subsystem',
      'red error',
    ])
      expect(text).toContain(present);
    expect(
      objects(parseXml(exportDrawio(m))).find((o) => o.attributes.id === 'asset:p')!.attributes.label,
    ).toBe('PLC 1\nPLC · safety-related');
  });

  it('is not imported back as part of the model, nor are bands, subsystem boxes and device marks', () => {
    const m = base();
    m.conduits[0]!.deviceAt = 'first';
    m.diagram = {
      positions: {},
      subsystems: [{ id: 's', name: 'Line 1', zoneIds: ['a'] }],
      purdueBands: [0, 100, 200, 300, 400, 500],
    };
    const back = importDrawio(exportDrawio(m, { evaluation: evaluate(m) })).model;
    expect(back.assets.map((a) => a.name)).toEqual(['PLC 1']);
    expect(back.notes ?? []).toEqual([]);
  });
});
