import { describe, expect, it } from 'vitest';
import { expectNoBidiControls } from '../../../test-support/export-checks';
import { hostileModel, plantModel } from '../../../test-support/export-fixtures';
import { evaluate } from '../engine/evaluate';
import { parseCsv } from '../import/csv';
import { CSV_FORMATS, type CsvFormat, csvCell, csvTable, exportCsv } from './csv';

/** The register as objects keyed by header, read back with our RFC 4180 reader. */
function read(text: string): Array<Record<string, string>> {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const [header, ...rows] = parsed.records.map((r) => r.fields);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('csvCell (RFC 4180 and formula injection)', () => {
  it('quotes fields with comma, quote or line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\nline 2"');
  });
  it('writes numbers, booleans and missing values plainly', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(false)).toBe('no');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1+1', "'-1+1"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "' =cmd"],
    ['\r=cmd', '"\'\n=cmd"'],
    ['  =cmd', "'  =cmd"],
    ['＝1', "'＝1"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('neutralises formula text %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  it('leaves text that merely contains formula characters alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('user@example.com')).toBe('user@example.com');
    expect(csvCell('10.0.0.1')).toBe('10.0.0.1');
  });
  it('ends every record with CRLF and can start with a BOM', () => {
    expect(csvTable(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
    expect(csvTable(['a'], [], { bom: true })).toBe('\uFEFFa\r\n');
  });
});

describe('registers', () => {
  const model = plantModel();
  const evaluation = evaluate(model);

  it('asset register: zone, type, class, flags, SL-C per FR, addresses, vendor/model', () => {
    const rows = read(exportCsv('csv-assets', model, evaluation));
    expect(rows).toHaveLength(model.assets.length);
    const scada = rows.find((r) => r['Asset ID'] === 'scada')!;
    expect(scada).toMatchObject({
      Asset: 'SCADA server',
      Zone: 'SCADA',
      Type: 'scada-server',
      'Type label': 'SCADA server',
      Class: 'IACS',
      'Safety related': 'no',
      'SL-C FR1 IAC': '2',
      'SL-C FR7 RA': '2',
      Addresses: '10.1.2.10; 10.1.2.11',
    });
    expect(rows.find((r) => r['Asset ID'] === 'sis1')!['Safety related']).toBe('yes');
    expect(rows.find((r) => r['Asset ID'] === 'odd')!['Type label']).toBe('(unknown type)');
    expect(rows.find((r) => r['Asset ID'] === 'hist')).toMatchObject({
      Vendor: 'Acme',
      Model: 'H-200',
      'SL-C FR1 IAC': '',
    });
  });

  it('zone register: kind, Purdue level, parent, SL-T per FR, asset count', () => {
    const rows = read(exportCsv('csv-zones', model, evaluation));
    const sup = rows.find((r) => r['Zone ID'] === 'sup')!;
    expect(
      [1, 2, 3, 4, 5, 6, 7].map((i) => sup[Object.keys(sup).find((k) => k.startsWith(`SL-T FR${i} `))!]),
    ).toEqual(['2', '2', '3', '1', '2', '1', '2']);
    expect(sup).toMatchObject({ Kind: 'supervisory', 'Purdue level': '2', Assets: '2' });
    expect(rows.find((r) => r['Zone ID'] === 'sis')).toMatchObject({
      'Parent ID': 'ctl',
      Parent: 'Filtration control',
    });
    expect(rows.find((r) => r['Zone ID'] === 'dmz')!['Purdue level']).toBe('3.5');
  });

  it('conduit register: zones, type, direction, controls, SL-T/SL-C per FR, finding counts', () => {
    const rows = read(exportCsv('csv-conduits', model, evaluation));
    const ctl = rows.find((r) => r['Conduit ID'] === 'c-sup-ctl')!;
    expect(ctl).toMatchObject({
      Zones: 'SCADA; Filtration control',
      Type: 'filtering',
      Direction: 'bidirectional',
      Controls: 'Firewall; Deep packet inspection',
      'SL-T source': 'zones',
      'SL-T FR3 SI': '3',
      'SL-C FR3 SI': '1',
      Flows: '2',
    });
    const counts = evaluation.bySubject.get('c-sup-ctl') ?? [];
    expect(Number(ctl.Errors)).toBe(counts.filter((f) => f.severity === 'error').length);
    expect(Number(ctl.Errors)).toBeGreaterThan(0);
    expect(rows.find((r) => r['Conduit ID'] === 'c-dmz-sup')!.Direction).toBe('forward');
    expect(read(exportCsv('csv-conduits', model))[0]!.Errors).toBe('');
  });

  it('flow register: one row per flow, with zones, protocol and port', () => {
    const rows = read(exportCsv('csv-flows', model));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      'Conduit ID': 'c-ent-dmz',
      'From zone': 'Enterprise',
      'To zone': 'Industrial DMZ',
      Protocol: 'HTTPS',
      Port: '443',
      Controls: 'Firewall; Audit logging',
    });
    expect(rows[3]).toMatchObject({ Port: 'any', Description: 'Polling replies' });
  });

  it.each(CSV_FORMATS)('%s is deterministic and neutralises hostile text', (format: CsvFormat) => {
    const hostile = hostileModel();
    const ev = evaluate(hostile);
    const text = exportCsv(format, hostile, ev);
    expect(exportCsv(format, JSON.parse(JSON.stringify(hostile)), evaluate(hostile))).toBe(text);
    expectNoBidiControls(text);
    const parsed = parseCsv(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const record of parsed.records)
      for (const cell of record.fields) expect(cell).not.toMatch(/^\s*[=+\-@]/);
    expect(text.split('\r\n').length).toBeGreaterThan(1);
  });

  it('keeps the hostile text readable after the apostrophe', () => {
    const rows = read(exportCsv('csv-assets', hostileModel()));
    expect(rows.some((r) => r.Model === `'=HYPERLINK("http://evil.example","click")`)).toBe(true);
    expect(
      rows.some((r) => r.Addresses?.includes("'@SUM(A1)") === false && r.Addresses.includes('@SUM(A1)')),
    ).toBe(true);
  });
});

describe('characteristics (IEC 62443-3-2 ZCR 6) in the zone and conduit registers', () => {
  it('adds one column per characteristic after the existing ones, filled where recorded', () => {
    const model = plantModel();
    model.zones[0] = {
      ...model.zones[0]!,
      characteristics: {
        accountableOrganisation: 'Site OT',
        physicalBoundary: 'Control room cabinet =A1',
        noSlTarget: { reason: 'Covered by a code of practice' },
      },
    };
    const zones = read(exportCsv('csv-zones', model));
    expect(zones[0]!['Accountable organisation']).toBe('Site OT');
    expect(zones[0]!['Physical boundary']).toBe('Control room cabinet =A1');
    expect(zones[0]!['No SL-T: reason']).toBe('Covered by a code of practice');
    const header = exportCsv('csv-zones', model).split('\r\n')[0]!.split(',');
    expect(header.indexOf('Accountable organisation')).toBeGreaterThan(header.indexOf('Description'));
    const conduits = read(exportCsv('csv-conduits', model));
    expect(conduits[0]).toHaveProperty('SL-T rationale', '');
  });

  it('leaves the cells empty for elements without characteristics', () => {
    const zones = read(exportCsv('csv-zones', plantModel()));
    expect(zones.every((z) => z['Accountable organisation'] === '' && z['No SL-T: reason'] === '')).toBe(
      true,
    );
  });
});
