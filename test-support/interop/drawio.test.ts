import { describe, expect, it } from 'vitest';
import { exportDrawio } from '../../src/domain/export/drawio';
import { importDrawio } from '../../src/domain/import/drawio';
import { ImportError } from '../../src/domain/import/interop-model';
import { demoModel } from '../../src/samples';
import { fixture } from './fixtures';

const names = (list: Array<{ name: string }>) => list.map((e) => e.name).sort();

describe('draw.io import', () => {
  it('plant-network: sibling level boxes become zones by their labels, edges between them conduits', () => {
    const { model, warnings } = importDrawio(fixture('ot-drawio/plant-network.drawio'));
    expect(model.zones.map((z) => z.kind)).toEqual([
      'field',
      'supervisory',
      'operations',
      'dmz',
      'enterprise',
      'external',
    ]);
    expect(model.zones.find((z) => z.kind === 'dmz')?.purdueLevel).toBe(3.5);
    expect(model.conduits).toHaveLength(4);
    // The three firewall hexagons lie in no zone: imported as firewalls, reported.
    expect(model.assets.map((a) => a.type)).toEqual(['firewall', 'firewall', 'firewall']);
    expect(warnings.filter((w) => /lies in no zone/.test(w.message))).toHaveLength(3);
    expect(warnings.find((w) => /no conduit type/.test(w.message))?.kind).toBe('guessed');
  });

  it('purdue-model: seven levels, cloud endpoints outside any zone, nine edges → seven conduits', () => {
    const { model } = importDrawio(fixture('ot-drawio/purdue-model.drawio'));
    expect(model.zones).toHaveLength(8);
    expect(model.assets.map((a) => a.name)).toEqual(['Azure IoT Hub', 'AWS IoT Core', 'GCP Pub/Sub']);
    expect(model.conduits.length).toBeGreaterThanOrEqual(7);
  });

  it('compressed page (StartLeft basic example): AWS groups are zones, in-zone edge dropped with its cell', () => {
    const { model, warnings } = importDrawio(fixture('startleft/drawio-basic-example.drawio'));
    expect(names(model.zones)).toEqual(['VPC 1', 'VPC 2', 'VPC 3']);
    expect(names(model.assets)).toEqual(['Availability', 'Bookings', 'DDBB', 'Messaging']);
    expect(model.conduits).toHaveLength(2);
    const drop = warnings.find((w) => w.kind === 'dropped');
    expect(drop?.message).toMatch(/"Bookings" → "DDBB" stays inside one zone/);
    expect(drop?.place).toMatch(/^page 1 \(decoded\) cell "la1Y3zmRGmYUid53ubu8-10"/);
  });

  it('compressed and plain twins import the same', () => {
    const a = importDrawio(fixture('startleft/aws_minimal.drawio')).model;
    const b = importDrawio(fixture('startleft/aws_minimal.drawio.xml')).model;
    expect(a.zones).toEqual(b.zones);
    expect(a.assets).toEqual(b.assets);
  });

  it('dangling edges and self-loops are dropped and each one listed, none silently', () => {
    const { model, warnings } = importDrawio(fixture('startleft/aws_two_component_multiple_dataflows.xml'));
    expect(model.conduits).toHaveLength(0);
    const dropped = warnings.filter((w) => w.kind === 'dropped').map((w) => w.message);
    expect(dropped.filter((m) => /not attached at both ends/.test(m))).toHaveLength(3);
    expect(dropped.some((m) => /loops back/.test(m))).toBe(true);
    expect(dropped.some((m) => /stays inside one zone/.test(m))).toBe(true);
  });

  it('HTML labels become plain text; free text becomes a note', () => {
    const { model } = importDrawio(fixture('startleft/drawio_shape_names_with_html.drawio'));
    expect(model.assets.map((a) => a.name)).toContain('Bold EC2');
    expect(model.assets.every((a) => !/[<>]|&nbsp;/.test(a.name))).toBe(true);
    expect(model.notes).toHaveLength(1);
  });

  it('our own export comes back as the same zones, assets and conduits', () => {
    const original = demoModel();
    const { model } = importDrawio(exportDrawio(original));
    const strip = <T extends object>(list: T[]) =>
      [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(strip(model.zones)).toEqual(strip(original.zones));
    expect(strip(model.assets)).toEqual(strip(original.assets));
    expect(strip(model.conduits)).toEqual(strip(original.conduits));
  });

  it('a conduit joining three zones (drawn as two edges) comes back as one conduit', () => {
    const m = demoModel();
    const [a, b, c] = m.zones;
    m.conduits = [{ id: 'bus', name: 'Bus', zoneIds: [a!.id, b!.id, c!.id], type: 'filtering' }];
    const { model } = importDrawio(exportDrawio(m));
    expect(model.conduits).toEqual([
      { id: 'bus', name: 'Bus', zoneIds: [a!.id, b!.id, c!.id], type: 'filtering' },
    ]);
  });

  it('several pages: page 1 by default (and the others listed), another by --page number or name', () => {
    const page = (name: string, label: string) =>
      `<diagram name="${name}"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="z" value="${label}" style="swimlane;container=1;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="300" height="200" as="geometry"/></mxCell></root></mxGraphModel></diagram>`;
    const xml = `<mxfile>${page('One', 'Zone A')}${page('Two', 'Zone B')}</mxfile>`;
    const first = importDrawio(xml);
    expect(first.model.zones[0]?.name).toBe('Zone A');
    expect(first.warnings.some((w) => w.kind === 'dropped' && /2 pages/.test(w.message))).toBe(true);
    expect(importDrawio(xml, { page: 2 }).model.zones[0]?.name).toBe('Zone B');
    expect(importDrawio(xml, { page: 'Two' }).model.zones[0]?.name).toBe('Zone B');
    expect(() => importDrawio(xml, { page: 3 })).toThrow(/no page "3"/);
  });

  it('design.iec62443.au style: assets drawn as siblings of their zone go in by geometry; a zone inside a zone nests', () => {
    const cell = (id: string, value: string, style: string, x: number, y: number, w: number, h: number) =>
      `<mxCell id="${id}" value="${value}" style="${style}" vertex="1" parent="1"><mxGeometry x="${x}" y="${y}" width="${w}" height="${h}" as="geometry"/></mxCell>`;
    const xml = `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>${[
      cell('z1', 'Plant', 'rounded=0;', 0, 0, 800, 600),
      cell('z2', 'Cell A', 'rounded=0;', 40, 60, 300, 200),
      cell('a1', 'PLC 1', 'shape=mxgraph.cisco.misc.plc;', 80, 120, 60, 40),
      cell('a2', 'Historian', 'rounded=1;', 500, 300, 100, 60),
      `<mxCell id="e1" value="OPC UA 4840" edge="1" parent="1" source="a1" target="a2"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    ].join('')}</root></mxGraphModel>`;
    const { model } = importDrawio(xml);
    const zone = (name: string) => model.zones.find((z) => z.name === name)!;
    expect(zone('Cell A').parentId).toBe(zone('Plant').id);
    expect(model.assets.map((a) => [a.name, a.type, a.zoneId])).toEqual([
      ['PLC 1', 'plc', zone('Cell A').id],
      ['Historian', 'historian', zone('Plant').id],
    ]);
    expect(model.conduits[0]?.flows).toEqual([
      {
        from: zone('Cell A').id,
        to: zone('Plant').id,
        protocol: 'OPC UA',
        port: 4840,
        description: 'PLC 1 → Historian',
      },
    ]);
  });

  it('a plain shape without a zone word and with nothing inside is an asset, not a zone', () => {
    const xml = `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="a" value="Boiler PLC" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="300" height="200" as="geometry"/></mxCell></root></mxGraphModel>`;
    const { model } = importDrawio(xml);
    expect(model.assets.map((a) => [a.name, a.type])).toEqual([['Boiler PLC', 'plc']]);
  });

  it('hostile: billion laughs, external entity, deep nesting, compressed bomb, script text', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><mxfile>&lol2;</mxfile>`;
    expect(() => importDrawio(laughs)).toThrow(/document type declarations/);
    const xxe = `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><mxGraphModel>&e;</mxGraphModel>`;
    expect(() => importDrawio(xxe)).toThrow(ImportError);
    const deep = `${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`;
    const started = Date.now();
    expect(() => importDrawio(deep)).toThrow(/nested deeper/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(() => importDrawio(`<mxfile><diagram>!!!notbase64</diagram></mxfile>`)).toThrow(/base64|inflate/);
    const xml = `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="a" value="&lt;script&gt;alert(1)&lt;/script&gt; PLC &#x202E;abc" vertex="1" parent="1"><mxGeometry width="80" height="40" as="geometry"/></mxCell></root></mxGraphModel>`;
    expect(importDrawio(xml).model.assets[0]?.name).toBe('<script>alert(1)</script> PLC \u202Eabc');
  });

  it('a compressed page that inflates without bound is refused', async () => {
    const { deflateSync } = await import('fflate');
    const zeros = deflateSync(new Uint8Array(30 * 1024 * 1024), { level: 9 });
    const b64 = Buffer.from(zeros).toString('base64');
    const started = Date.now();
    expect(() => importDrawio(`<mxfile><diagram name="bomb">${b64}</diagram></mxfile>`)).toThrow(
      /expands beyond 20 MB/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a huge file is refused before parsing', () => {
    const huge = `<mxfile>${' '.repeat(21 * 1024 * 1024)}</mxfile>`;
    expect(() => importDrawio(huge)).toThrow(/too large/);
  });
});
