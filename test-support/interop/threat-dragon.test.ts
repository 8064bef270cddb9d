import { describe, expect, it } from 'vitest';
import { importThreatDragon } from '../../src/domain/import/threat-dragon';
import { fixture } from './fixtures';

describe('Threat Dragon v2 import', () => {
  it('three-tier-web-app: boundary boxes → zones, processes → assets inside them, cross-boundary flows → one conduit', () => {
    const { model, warnings } = importThreatDragon(fixture('threat-dragon/three-tier-web-app.json'));
    expect(model.meta.name).toBe('Three Tier Web Application');
    expect(model.zones.map((z) => z.name).sort()).toEqual(['Internet', 'Public Cloud']);
    const zoneOf = (name: string) =>
      model.zones.find((z) => z.id === model.assets.find((a) => a.name === name)?.zoneId)?.name;
    expect(zoneOf('Web UI')).toBe('Internet');
    expect(zoneOf('Web Service')).toBe('Public Cloud');
    expect(zoneOf('PostgresSQL')).toBe('Public Cloud');
    // two flows between Web UI and Web Service (either direction) → one conduit with two flows
    expect(model.conduits).toHaveLength(1);
    expect(model.conduits[0]?.flows).toHaveLength(2);
    // Web Service → PostgresSQL stays inside Public Cloud: dropped, with its JSON path
    expect(warnings).toContainEqual({
      kind: 'dropped',
      place: '$.detail.diagrams[0].cells[8]',
      message: 'flow "Web Service" → "PostgresSQL" stays inside one zone (no conduit)',
    });
    // the text block is kept as a note, the threats as comments on PostgresSQL
    const pg = model.assets.find((a) => a.name === 'PostgresSQL')!;
    expect(model.notes?.filter((n) => n.targetId === pg.id)).toHaveLength(2);
  });

  it('iot-device: a trust-boundary line (no area) splits the elements into its two sides; flows across it are conduit flows', () => {
    const { model, warnings } = importThreatDragon(fixture('threat-dragon/iot-device.json'));
    expect(model.zones.map((z) => [z.name, z.kind])).toEqual([
      ['West of "Internet"', 'control'],
      ['East of "Internet"', 'control'],
    ]);
    const side = (name: string) =>
      model.zones.find((z) => z.id === model.assets.find((a) => a.name === name)?.zoneId)?.name;
    expect(side('Browser')).toBe('West of "Internet"');
    expect(side('Web site')).toBe('East of "Internet"');
    expect(side('IoT Device')).toBe('West of "Internet"');
    expect(side('Cloud API')).toBe('East of "Internet"');
    expect(model.assets).toHaveLength(11);
    expect(model.conduits).toHaveLength(1);
    expect(model.conduits[0]?.flows?.map((f) => f.protocol)).toContain('HTTPS');
    // which side is trusted is not in the file: said so
    expect(
      warnings.some((w) => w.kind === 'guessed' && /does not say which side is trusted/.test(w.message)),
    ).toBe(true);
    expect(warnings.some((w) => /10 flows inside one zone dropped/.test(w.message))).toBe(true);
  });

  it('protocol from the protocol field, port from a trailing number; bidirectional gives both directions', () => {
    const cell = (id: string, shape: string, x: number, extra: object = {}) => ({
      id,
      shape,
      position: { x, y: 0 },
      size: { width: 100, height: 100 },
      ...extra,
    });
    const doc = {
      version: '2.3.0',
      summary: { title: 'T' },
      detail: {
        diagrams: [
          {
            cells: [
              cell('b1', 'trust-boundary-box', 0, {
                size: { width: 300, height: 300 },
                attrs: { label: { text: 'Control network' } },
              }),
              cell('b2', 'trust-boundary-box', 400, {
                size: { width: 300, height: 300 },
                attrs: { label: { text: 'Enterprise' } },
              }),
              cell('p1', 'process', 50, { data: { name: 'HMI' } }),
              cell('p2', 'store', 450, { data: { name: 'Historian' } }),
              {
                id: 'f',
                shape: 'flow',
                source: { cell: 'p1' },
                target: { cell: 'p2' },
                data: { protocol: 'OPC UA 4840', isBidirectional: true },
              },
            ],
          },
        ],
      },
    };
    const { model } = importThreatDragon(JSON.stringify(doc));
    expect(model.assets.map((a) => a.type)).toEqual(['hmi', 'historian']);
    expect(model.conduits[0]?.flows?.map((f) => [f.protocol, f.port])).toEqual([
      ['OPC UA', 4840],
      ['OPC UA', 4840],
    ]);
    expect(model.conduits[0]?.flows?.[1]?.from).toBe(model.zones.find((z) => z.name === 'Enterprise')?.id);
  });

  it('broken JSON is refused naming the line; script text stays text', () => {
    expect(() => importThreatDragon('{"summary": {"title": "x"},\n "detail": [}')).toThrow(/^JSON line 2/);
    const doc = { summary: { title: '<script>alert(1)</script>' }, detail: { diagrams: [{ cells: [] }] } };
    expect(importThreatDragon(JSON.stringify(doc)).model.meta.name).toBe('<script>alert(1)</script>');
  });
});
