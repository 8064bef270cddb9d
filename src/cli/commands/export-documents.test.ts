/** CLI tests for the diagram, register, report and draw.io formats of `ot-zones export`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, scratch } from '../../../test-support/cli';
import { parseXml } from '../../../test-support/xml';
import { evaluate } from '../../domain/engine/evaluate';
import { exportCsv } from '../../domain/export/csv';
import { exportDrawio } from '../../domain/export/drawio';
import { exportReportHtml } from '../../domain/export/report-html';
import { exportReportMarkdown } from '../../domain/export/report-md';
import { exportSvg } from '../../domain/export/svg';
import { parseCsv } from '../../domain/import/csv';
import { demoModel } from '../../samples';

const DEMO = 'src/samples/water-treatment.json';
const model = demoModel();
const evaluation = evaluate(model);
let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
});

describe('ot-zones export: document formats', () => {
  it('svg: the domain exporter’s drawing, with findings unless --no-findings, in either theme', async () => {
    const r = await runCli(['export', DEMO, '--format', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(exportSvg(model, { evaluation }));
    expect(parseXml(r.stdout).name).toBe('svg');
    const plain = await runCli(['export', DEMO, '-f', 'svg', '--no-findings', '--theme', 'dark']);
    expect(plain.stdout).toBe(exportSvg(model, { theme: 'dark' }));
    const bad = await runCli(['export', DEMO, '-f', 'svg', '--theme', 'neon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--theme must be light or dark/);
  });

  it.each(['csv-assets', 'csv-zones', 'csv-conduits', 'csv-flows'] as const)(
    '%s: an RFC 4180 register with one record per element',
    async (format) => {
      const r = await runCli(['export', DEMO, '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(exportCsv(format, model, evaluation));
      const parsed = parseCsv(r.stdout);
      expect(parsed.ok).toBe(true);
      const expected = {
        'csv-assets': model.assets.length,
        'csv-zones': model.zones.length,
        'csv-conduits': model.conduits.length,
        'csv-flows': model.conduits.reduce((n, c) => n + (c.flows?.length ?? 0), 0),
      }[format];
      expect(parsed.ok && parsed.records.length - 1).toBe(expected);
      const withBom = await runCli(['export', DEMO, '--format', format, '--bom']);
      expect(withBom.stdout).toBe(`\uFEFF${r.stdout}`);
    },
  );

  it('report-html: the standalone report, reproducible with --generated-at', async () => {
    const r = await runCli([
      'export',
      DEMO,
      '--format',
      'report-html',
      '--generated-at',
      '2025-03-15T10:00:00Z',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      exportReportHtml(model, evaluation, { generatedAt: new Date('2025-03-15T10:00:00Z') }),
    );
    expect(r.stdout).toContain('2025-03-15 10:00 UTC');
    const bad = await runCli(['export', DEMO, '--format', 'report-html', '--generated-at', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--generated-at: "yesterday" is not a date/);
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });

  it('report-md: the Markdown report, linking the diagram given by --diagram', async () => {
    const r = await runCli([
      'export',
      DEMO,
      '-f',
      'report-md',
      '--generated-at',
      '2025-03-15T10:00:00Z',
      '--diagram',
      'plant.svg',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      exportReportMarkdown(model, evaluation, {
        generatedAt: new Date('2025-03-15T10:00:00Z'),
        diagramFile: 'plant.svg',
      }),
    );
    expect(r.stdout).toContain('](plant.svg)');
  });

  it('drawio: an mxfile, written whole to --out', async () => {
    const out = join(tmp.dir, 'plant.drawio');
    const r = await runCli(['export', DEMO, '--format', 'drawio', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(exportDrawio(model, { evaluation }));
    expect(parseXml(text).name).toBe('mxfile');
  });

  it('rejects options of another format, and lists every format in --help', async () => {
    const misuse = await runCli(['export', DEMO, '--format', 'csv-zones', '--no-findings']);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toMatch(/--no-findings does not apply to --format csv-zones/);
    const help = await runCli(['export', '--help']);
    for (const id of [
      'svg',
      'csv-assets',
      'csv-zones',
      'csv-conduits',
      'csv-flows',
      'report-html',
      'report-md',
      'drawio',
    ])
      expect(help.stdout).toMatch(new RegExp(`\\n {20}${id} +\\S`));
  });

  it('refuses an invalid model for every format, naming the problem', async () => {
    const bad = tmp.file('bad.json', { ...JSON.parse(readFileSync(DEMO, 'utf8')), zones: 'nope' });
    for (const format of ['svg', 'csv-assets', 'report-html', 'report-md', 'drawio']) {
      const r = await runCli(['export', bad, '--format', format]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/bad\.json: zones/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});
