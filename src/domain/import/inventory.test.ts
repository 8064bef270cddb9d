import { describe, expect, it } from 'vitest';
import { parseModel } from '../model/parse';
import type { Model } from '../model/schema';
import { parseCsv } from './csv';
import {
  guessMapping,
  guessZoneKind,
  importInventory,
  matchAssetType,
  UNASSIGNED_ZONE_NAME,
} from './inventory';

function base(): Model {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Plant' },
    zones: [
      { id: 'z-ctl', name: 'Control', kind: 'control' },
      { id: 'z-sup', name: 'SCADA', kind: 'supervisory' },
    ],
    assets: [{ id: 'a-plc-1', name: 'PLC 1', type: 'plc', zoneId: 'z-ctl' }],
    conduits: [],
  };
}

function records(csv: string) {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const [header, ...rows] = parsed.records;
  return { header: header!.fields, rows };
}

describe('guessMapping', () => {
  it('maps typical headers of spreadsheets and discovery tools', () => {
    expect(
      guessMapping(['Asset Name', 'Device Type', 'Zone', 'IP Address', 'Manufacturer', 'Model', 'Notes']),
    ).toEqual({
      name: 0,
      type: 1,
      zone: 2,
      addresses: 3,
      vendor: 4,
      model: 5,
      description: 6,
    });
    expect(guessMapping(['hostname', 'ip', 'vendor', 'product name', 'security zone', 'role'])).toEqual({
      name: 0,
      addresses: 1,
      vendor: 2,
      model: 3,
      zone: 4,
      type: 5,
    });
  });
  it('leaves fields without a matching column unmapped and uses each column once', () => {
    expect(guessMapping(['Name', 'Serial', 'Name'])).toEqual({ name: 0 });
    expect(guessMapping([])).toEqual({});
  });
});

describe('matchAssetType / guessZoneKind', () => {
  it.each([
    ['plc', 'plc'],
    ['PLC', 'plc'],
    ['Programmable Logic Controller', 'plc'],
    ['Engineering workstation', 'engineering-workstation'],
    ['engineering-workstation', 'engineering-workstation'],
    ['VFD', 'drive'],
    ['Access point', 'wireless-access-point'],
  ])('%s → %s', (value, id) => {
    expect(matchAssetType(value)).toBe(id);
  });
  it('does not guess unknown types', () => {
    expect(matchAssetType('Flux capacitor')).toBeUndefined();
    expect(matchAssetType('')).toBeUndefined();
  });
  it.each([
    ['Plant DMZ', 'dmz'],
    ['Corporate IT', 'enterprise'],
    ['SIS', 'safety'],
    ['Level 2 - SCADA', 'supervisory'],
    ['Vendor cloud', 'external'],
    ['Line 3 cell', 'control'],
  ])('zone "%s" is guessed %s', (name, kind) => {
    expect(guessZoneKind(name)).toBe(kind);
  });
});

describe('importInventory', () => {
  const csv = [
    'Name,Type,Zone,IP,Vendor,Model',
    'PLC 1,PLC,Control,10.0.0.1,Siemens,S7-1500',
    'HMI 2,HMI,scada,"10.0.1.2; 10.0.1.3",,',
    ',PLC,Control,10.0.0.9,,',
    'Gadget,Flux capacitor,New cell,,,',
    'Gizmo,Flux capacitor,New cell,,,',
    'Loose box,,,,,',
    'DMZ server,historian,Plant DMZ,,,',
  ].join('\r\n');

  it('adds assets, matches zones by name or id, creates missing zones, lists unknown types and rejects nameless rows', () => {
    const { header, rows } = records(csv);
    const result = importInventory(base(), rows, guessMapping(header));
    expect(result.createdAssets.map((a) => [a.name, a.type, a.zoneId])).toEqual([
      ['PLC 1', 'plc', 'z-ctl'],
      ['HMI 2', 'hmi', 'z-sup'],
      ['Gadget', 'generic', 'z-new-cell'],
      ['Gizmo', 'generic', 'z-new-cell'],
      ['Loose box', 'generic', 'z-unassigned'],
      ['DMZ server', 'historian', 'z-plant-dmz'],
    ]);
    expect(result.createdAssets[0]).toMatchObject({
      id: 'a-plc-1-2',
      vendor: 'Siemens',
      model: 'S7-1500',
      addresses: ['10.0.0.1'],
    });
    expect(result.createdAssets[1]!.addresses).toEqual(['10.0.1.2', '10.0.1.3']);
    expect(result.createdZones).toEqual([
      { id: 'z-new-cell', name: 'New cell', kind: 'control' },
      { id: 'z-unassigned', name: UNASSIGNED_ZONE_NAME, kind: 'control' },
      { id: 'z-plant-dmz', name: 'Plant DMZ', kind: 'dmz' },
    ]);
    expect(result.unknownTypes).toEqual([
      { value: 'Flux capacitor', lines: [5, 6] },
      { value: '(empty)', lines: [7] },
    ]);
    expect(result.rejected).toEqual([{ line: 4, reason: 'no name' }]);
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(result.rows[1]).toMatchObject({ zoneName: 'scada', zoneIsNew: false, typeKnown: true });
    expect(result.rows[3]).toMatchObject({ zoneIsNew: true, typeKnown: false, type: 'generic' });
  });

  it('returns a valid model and leaves the input untouched', () => {
    const model = base();
    const before = JSON.stringify(model);
    const { header, rows } = records(csv);
    const result = importInventory(model, rows, guessMapping(header));
    expect(JSON.stringify(model)).toBe(before);
    const check = parseModel(JSON.parse(JSON.stringify(result.model)));
    expect(check.ok).toBe(true);
    // Untouched elements keep their identity (one cheap undo step, incremental checks stay fast).
    expect(result.model.zones[0]).toBe(model.zones[0]);
    expect(result.model.assets[0]).toBe(model.assets[0]);
  });

  it('matches existing zones by name ignoring case, spaces and the word "zone", or by all their words', () => {
    const model = base();
    model.zones.push({ id: 'z-dmz', name: 'Industrial DMZ', kind: 'dmz' });
    model.zones.push({ id: 'z-sv', name: 'Supervisory', kind: 'supervisory' });
    const { rows } = records(
      'Name,Zone\nA, dmz \nB,SUPERVISORY\nC,Supervisory zone\nD,control  \nE,Cell 9\n',
    );
    const result = importInventory(model, rows, { name: 0, zone: 1 });
    expect(result.createdAssets.map((a) => a.zoneId)).toEqual(['z-dmz', 'z-sv', 'z-sv', 'z-ctl', 'z-cell-9']);
    expect(result.createdZones.map((z) => z.name)).toEqual(['Cell 9']);
  });

  it('rejects a row with an invalid address, naming the address and what is wrong', () => {
    const { rows } = records('Name,IP\nok,10.20.30.1;fe80::1\nbad,10.20.300.1\nmac,00:1a:2b:3c:4d:5e\n');
    const result = importInventory(base(), rows, { name: 0, addresses: 1 });
    expect(result.rejected).toEqual([
      { line: 3, reason: 'address "10.20.300.1" is not a valid IPv4 address: part 300 is above 255' },
    ]);
    expect(result.createdAssets.map((a) => a.name)).toEqual(['ok', 'mac']);
  });

  it('changes nothing when every row is rejected', () => {
    const model = base();
    const { rows } = records('Name,Zone\n,Control\n');
    const result = importInventory(model, rows, { name: 0, zone: 1 });
    expect(result.model).toBe(model);
    expect(result.createdZones).toEqual([]);
    expect(result.rejected).toEqual([{ line: 2, reason: 'no name' }]);
  });

  it('rejects values over the size limits, naming the line', () => {
    const { rows } = records(`Name,Vendor\nok,Acme\nbig,${'x'.repeat(5001)}\n`);
    const result = importInventory(base(), rows, { name: 0, vendor: 1 });
    expect(result.rejected).toEqual([{ line: 3, reason: 'vendor is longer than 5000 characters' }]);
    expect(result.createdAssets).toHaveLength(1);
  });

  it('imports a 200-row inventory from a discovery tool in one step', () => {
    const types = [
      'PLC',
      'HMI',
      'Switch',
      'Engineering workstation',
      'Historian',
      'Unknown widget',
      'RTU',
      'Drive',
    ];
    const zones = ['Line 1 cell', 'Line 2 cell', 'SCADA', 'Plant DMZ', 'Safety system'];
    const lines = ['hostname;ip;manufacturer;device type;segment;notes'];
    for (let i = 1; i <= 200; i++)
      lines.push(
        [
          i === 57 ? '' : `dev-${String(i).padStart(3, '0')}`,
          `10.${i % 5}.0.${i}`,
          i % 2 ? 'Siemens' : 'Rockwell',
          types[i % types.length],
          zones[i % zones.length],
          i === 100 ? '"multi\nline ""note"""' : '',
        ].join(';'),
      );
    const { header, rows } = records(lines.join('\n'));
    const mapping = guessMapping(header);
    expect(mapping).toEqual({ name: 0, addresses: 1, vendor: 2, type: 3, zone: 4, description: 5 });
    const result = importInventory(base(), rows, mapping);
    expect(result.rows).toHaveLength(200);
    expect(result.createdAssets).toHaveLength(199);
    expect(result.rejected).toEqual([{ line: 58, reason: 'no name' }]);
    expect(result.createdZones.map((z) => [z.name, z.kind])).toEqual([
      ['Line 2 cell', 'control'],
      ['Plant DMZ', 'dmz'],
      ['Safety system', 'safety'],
      ['Line 1 cell', 'control'],
    ]);
    expect(result.unknownTypes).toHaveLength(1);
    expect(result.unknownTypes[0]!.value).toBe('Unknown widget');
    expect(result.unknownTypes[0]!.lines).toHaveLength(25);
    expect(result.createdAssets.find((a) => a.name === 'dev-100')!.description).toBe('multi\nline "note"');
    expect(new Set(result.model.assets.map((a) => a.id)).size).toBe(result.model.assets.length);
    expect(parseModel(JSON.parse(JSON.stringify(result.model))).ok).toBe(true);
  });
});
