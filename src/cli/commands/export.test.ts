import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, scratch, smallModel } from '../../../test-support/cli';
import { parseModelText } from '../../domain/model/parse';
import { serializeModel } from '../../domain/serialize/model-json';
import { demoModel } from '../../samples';
import { EXPORT_FORMATS } from './export';

const DEMO = 'src/samples/water-treatment.json';
let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
});

describe('ot-zones export --format json', () => {
  it('prints the demo file byte for byte (it is stored canonical)', async () => {
    const r = await runCli(['export', DEMO, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(DEMO, 'utf8'));
  });

  it('rewrites a hand-made file in canonical form, and canonical files stay unchanged', async () => {
    const m = smallModel();
    const messy = JSON.stringify({
      conduits: m.conduits,
      assets: m.assets,
      zones: m.zones,
      meta: m.meta,
      version: 1,
      format: 'ot-zones',
    });
    const file = tmp.file('messy.json', messy);
    const once = await runCli(['export', file, '-f', 'json']);
    expect(once.stdout.split('\n').slice(1, 4)).toEqual([
      '  "format": "ot-zones",',
      '  "version": 1,',
      '  "meta": {',
    ]);
    const parsed = parseModelText(once.stdout);
    expect(parsed.ok && parsed.model).toEqual(m);
    const twice = await runCli(['export', tmp.file('once.json', once.stdout), '--format', 'json']);
    expect(twice.stdout).toBe(once.stdout);
  });

  it('writes --out whole, leaving no temporary file behind', async () => {
    const out = join(tmp.dir, 'plant.json');
    writeFileSync(out, 'old content');
    const r = await runCli(['export', DEMO, '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(serializeModel(demoModel()));
    expect(readdirSync(tmp.dir)).toEqual(['plant.json']);
  });

  it('exits 2 when --out cannot be written, and keeps the input', async () => {
    const r = await runCli([
      'export',
      DEMO,
      '--format',
      'json',
      '--out',
      join(tmp.dir, 'no', 'such', 'x.json'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ot-zones: cannot write .*x\.json: its folder does not exist\n$/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('refuses to export an invalid model, naming its problems', async () => {
    const m = { ...smallModel(), assets: [{ id: 'a1', name: 'PLC', type: 'plc', zoneId: 'gone' }] };
    const r = await runCli(['export', tmp.file('bad.json', m), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.json: assets\[0\]\.zoneId: unknown zone "gone"/);
  });
});

describe('ot-zones export --format schema', () => {
  it('needs no FILE and gives the same text as the schema command', async () => {
    const a = await runCli(['export', '--format', 'schema']);
    const b = await runCli(['schema']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const schema = JSON.parse(a.stdout);
    expect(schema.$schema).toMatch(/2020-12/);
    expect(schema.properties.format.const).toBe('ot-zones');
  });
});

describe('ot-zones export: formats and options', () => {
  it('asks for a format and rejects unknown ones', async () => {
    const missing = await runCli(['export', DEMO]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--format is required \(json, otm, schema/);
    const unknown = await runCli(['export', DEMO, '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown format "pdf"; use one of json, otm, schema/);
  });

  it('lets a format bring its own options, accepted only with that format', async () => {
    EXPORT_FORMATS['test-names'] = {
      label: 'Zone names (text)',
      description: 'zone names, one a line',
      group: 'Data',
      extension: '.txt',
      mime: 'text/plain',
      options: { upper: { type: 'boolean', description: 'in capitals' } },
      run: ({ model, options, evaluation, fileStem }) =>
        `${fileStem}: ${evaluation().counts.error} errors\n${model.zones
          .map((z) => (options.upper ? z.name.toUpperCase() : z.name))
          .join('\n')}\n`,
    };
    try {
      const r = await runCli(['export', DEMO, '--format', 'test-names', '--upper']);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(/^water-treatment: \d+ errors$/);
      expect(r.stdout).toContain('\nENTERPRISE IT\n');
      const help = await runCli(['export', '--help']);
      expect(help.stdout).toMatch(
        /\n {20}test-names {2,}zone names, one a line\n {32,}--upper: in capitals\n/,
      );
      const misuse = await runCli(['export', DEMO, '--format', 'json', '--upper']);
      expect(misuse.code).toBe(2);
      expect(misuse.stderr).toMatch(/--upper does not apply to --format json/);
    } finally {
      delete EXPORT_FORMATS['test-names'];
    }
  });
});
