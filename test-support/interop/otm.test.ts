import { describe, expect, it } from 'vitest';
import { exportOtm } from '../../src/domain/export/otm';
import { importOtm } from '../../src/domain/import/otm';
import { demoModel } from '../../src/samples';
import { fixture } from './fixtures';

describe('OTM import', () => {
  it('EXAMPLE.json: trust zones → zones with the rating kept, components → assets, cross-zone dataflow → conduit', () => {
    const { model, warnings } = importOtm(fixture('otm/EXAMPLE.json'));
    expect(model.meta.name).toBe('Test project');
    expect(model.zones.map((z) => [z.name, z.kind])).toEqual([
      ['Internet', 'external'],
      ['Private', 'control'],
    ]);
    expect(model.zones[0]?.description).toMatch(/OTM trust rating: 20/);
    expect(model.assets.map((a) => a.name)).toEqual([
      'Web Client',
      'Web Service',
      'Customer Database',
      'Class CustomerDatabase',
    ]);
    expect(model.conduits).toHaveLength(1);
    // bidirectional: a flow each way
    expect(model.conduits[0]?.flows?.map((f) => [f.from, f.to])).toEqual([
      [model.zones[0]!.id, model.zones[1]!.id],
      [model.zones[1]!.id, model.zones[0]!.id],
    ]);
    // the dataflow inside Private is dropped and counted, with its JSON path
    expect(warnings).toContainEqual({
      kind: 'dropped',
      place: '$.dataflows[1]',
      message: 'dataflow "Dataflow between webservice and mongo." stays inside one trust zone (no conduit)',
    });
    expect(warnings.some((w) => w.place === '$.dataflows' && /1 dataflow inside/.test(w.message))).toBe(true);
    // threats become comments on their component
    expect(model.notes?.[0]).toMatchObject({ targetId: 'web-service' });
    expect(model.notes?.[0]?.text).toMatch(/Threat 1.*exposed/);
  });

  it('EXAMPLE.yaml as published is not valid YAML: refused, naming the line', () => {
    expect(() => importOtm(fixture('otm/EXAMPLE.yaml'))).toThrow(/^YAML line 13\d: not valid YAML/);
  });

  it('YAML OTM (the same model with the broken code snippet removed) maps like the JSON', () => {
    const text = fixture('otm/EXAMPLE.yaml').replace(/ {8}codeSnippet:[\s\S]*?\}'\n/, '');
    const { model } = importOtm(text);
    expect(model.zones.map((z) => z.name)).toEqual(['Internet', 'Private']);
    expect(model.assets).toHaveLength(4);
    expect(model.conduits).toHaveLength(1);
  });

  it('a YAML problem names its line; custom tags are refused', () => {
    expect(() => importOtm('otmVersion: 0.2.0\nproject: {name: x\n')).toThrow(/^YAML line \d/);
    expect(() => importOtm('otmVersion: 0.2.0\nproject: !!js/function "x"\n')).toThrow(/custom YAML tags/);
  });

  it('a YAML alias bomb is refused', () => {
    const bomb = ['otmVersion: 1', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      );
    expect(() => importOtm(bomb.join('\n'))).toThrow(/YAML/);
  });

  it('a file that is not OTM is refused', () => {
    expect(() => importOtm('{"hello": 1}')).toThrow(/not an Open Threat Model file/);
  });
});

describe('OTM export', () => {
  it('round trip: export → import gives back the same zones, assets and conduit flows', () => {
    const original = demoModel();
    const { model, warnings } = importOtm(exportOtm(original));
    expect(model.zones).toEqual(original.zones);
    expect(model.assets).toEqual(original.assets);
    expect(model.conduits).toEqual(original.conduits);
    expect(warnings.filter((w) => w.kind === 'dropped')).toEqual([]);
  });

  it('writes OTM 0.2.0 with trust ratings, components under their trust zone and one dataflow per flow', () => {
    const m = demoModel();
    const otm = JSON.parse(exportOtm(m));
    expect(otm.otmVersion).toBe('0.2.0');
    expect(otm.trustZones).toHaveLength(m.zones.length);
    expect(otm.trustZones[0].risk.trustRating).toBeGreaterThan(0);
    expect(otm.components[0].parent.trustZone).toBe(m.assets[0]!.zoneId);
    const flows = m.conduits.reduce((n, c) => n + Math.max(1, c.flows?.length ?? 0), 0);
    expect(otm.dataflows).toHaveLength(flows);
  });
});
