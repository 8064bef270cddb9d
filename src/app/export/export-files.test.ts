import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../test-support/xml';
import { modelJsonSchemaText } from '../../cli/commands/schema';
import { evaluate } from '../../domain/engine/evaluate';
import { EXPORT_FORMATS, exportFormatsFor } from '../../domain/export/registry';
import { parseCsv } from '../../domain/import/csv';
import { parseModelText } from '../../domain/model/parse';
import { demoModel } from '../../samples';
import { exportFile } from './export-files';

const MENU = exportFormatsFor('menu').map(([id]) => id);

describe('exportFile', () => {
  const model = demoModel();
  const evaluation = evaluate(model);
  const now = new Date('2025-03-15T10:00:00Z');

  it('names every file after the model and gives it a matching type', async () => {
    const names = Object.fromEntries(
      await Promise.all(MENU.map(async (k) => [k, (await exportFile(k, model, evaluation, now)).fileName])),
    );
    expect(names).toEqual({
      svg: 'riverside-water-treatment-works.svg',
      'svg-plain': 'riverside-water-treatment-works.svg',
      json: 'riverside-water-treatment-works.json',
      'csv-assets': 'riverside-water-treatment-works-assets.csv',
      'csv-zones': 'riverside-water-treatment-works-zones.csv',
      'csv-conduits': 'riverside-water-treatment-works-conduits.csv',
      'csv-flows': 'riverside-water-treatment-works-flows.csv',
      'report-html': 'riverside-water-treatment-works-security-plan.html',
      'report-md': 'riverside-water-treatment-works-security-plan.md',
      'crs-html': 'riverside-water-treatment-works-crs.html',
      'crs-md': 'riverside-water-treatment-works-crs.md',
      'csv-compliance': 'riverside-water-treatment-works-compliance.csv',
      drawio: 'riverside-water-treatment-works.drawio',
      aerleon: 'riverside-water-treatment-works-aerleon.zip',
      conduitscope: 'riverside-water-treatment-works-conduitscope.yaml',
      'malcolm-netmap': 'net-map.json',
      vsdx: 'riverside-water-treatment-works.vsdx',
      otm: 'riverside-water-treatment-works.otm.json',
      schema: 'ot-zones-model.schema.json',
    });
    for (const kind of MENU) expect(EXPORT_FORMATS[kind]!.label).toBeTruthy();
  });

  it('a binary format (Visio) comes as bytes, not as text', async () => {
    const file = await exportFile('vsdx', model, evaluation, now);
    expect(file.text).toBe('');
    expect([...file.bytes!.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
  });

  it('writes files that read back: JSON round trip, CSV with BOM, XML well-formed, schema as the CLI writes it', async () => {
    const json = (await exportFile('json', model, evaluation, now)).text;
    const parsed = parseModelText(json);
    expect(parsed.ok && parsed.model).toEqual(model);
    const csv = (await exportFile('csv-assets', model, evaluation, now)).text;
    expect(csv.startsWith('\uFEFFAsset ID,')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows.ok && rows.records.length).toBe(model.assets.length + 1);
    expect(parseXml((await exportFile('svg', model, evaluation, now)).text).name).toBe('svg');
    expect((await exportFile('svg-plain', model, evaluation, now)).text).not.toContain('Policy check');
    expect(parseXml((await exportFile('drawio', model, evaluation, now)).text).name).toBe('mxfile');
    expect((await exportFile('report-html', model, evaluation, now)).text).toContain('2025-03-15 10:00 UTC');
    expect((await exportFile('report-md', model, evaluation, now)).text).toContain(
      '](riverside-water-treatment-works.svg)',
    );
    expect((await exportFile('schema', model, evaluation, now)).text).toBe(await modelJsonSchemaText());
  });
});
