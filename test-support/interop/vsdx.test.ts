import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportVsdx } from '../../src/domain/export/vsdx';
import { cleanText } from '../../src/domain/text/clean-text';
import { demoModel } from '../../src/samples';
import { expectNoBidiControls } from '../export-checks';
import { allElements, parseXml, textContent } from '../xml';

const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/core.xml',
  'docProps/app.xml',
  'visio/document.xml',
  'visio/_rels/document.xml.rels',
  'visio/pages/pages.xml',
  'visio/pages/_rels/pages.xml.rels',
  'visio/pages/page1.xml',
];

const model = demoModel();
const parts = unzipSync(exportVsdx(model));
const xml = (name: string) => parseXml(strFromU8(parts[name]!));

describe('Visio export (.vsdx)', () => {
  it('is a zip of the OPC parts, each well-formed XML, every relationship pointing at a part', () => {
    expect(Object.keys(parts).sort()).toEqual([...PARTS].sort());
    for (const name of PARTS) expect(() => xml(name)).not.toThrow();
    const types = allElements(xml('[Content_Types].xml'));
    for (const part of ['/visio/document.xml', '/visio/pages/pages.xml', '/visio/pages/page1.xml'])
      expect(types.some((t) => t.attributes.PartName === part)).toBe(true);
    const rels: Array<[string, string]> = [
      ['_rels/.rels', ''],
      ['visio/_rels/document.xml.rels', 'visio/'],
      ['visio/pages/_rels/pages.xml.rels', 'visio/pages/'],
    ];
    for (const [file, base] of rels)
      for (const r of allElements(xml(file)).filter((e) => e.name === 'Relationship'))
        expect(parts[`${base}${r.attributes.Target}`], `${file} → ${r.attributes.Target}`).toBeDefined();
  });

  it('zones are containers, assets and conduits are shapes, every label is text, connectors are glued to zones', () => {
    const page = xml('visio/pages/page1.xml');
    const shapes = allElements(page).filter((e) => e.name === 'Shape');
    const kindOf = (s: (typeof shapes)[number]) =>
      allElements(s).find((r) => r.name === 'Row' && r.attributes.N === 'OtzKind')?.children;
    expect(shapes).toHaveLength(
      model.zones.length +
        model.assets.length +
        model.conduits.reduce((n, c) => n + (c.zoneIds.length > 2 ? c.zoneIds.length : 1), 0),
    );
    const texts = shapes
      .map((s) => allElements(s).find((e) => e.name === 'Text'))
      .filter(Boolean)
      .map((t) => textContent(t!));
    for (const z of model.zones) expect(texts.some((t) => t.startsWith(cleanText(z.name)))).toBe(true);
    for (const a of model.assets) expect(texts.some((t) => t.startsWith(cleanText(a.name)))).toBe(true);
    for (const c of model.conduits) expect(texts.some((t) => t.startsWith(cleanText(c.name)))).toBe(true);
    const containers = shapes.filter((s) =>
      allElements(s).some((e) => e.name === 'Row' && e.attributes.N === 'msvStructureType'),
    );
    expect(containers).toHaveLength(model.zones.length);
    expect(kindOf(shapes[0]!)).toBeDefined();
    const connects = allElements(page).filter((e) => e.name === 'Connect');
    const zoneShapes = new Set(containers.map((s) => s.attributes.ID));
    expect(connects.length).toBeGreaterThanOrEqual(model.conduits.length * 2);
    expect(connects.every((c) => zoneShapes.has(c.attributes.ToSheet!))).toBe(true);
  });

  it('hostile names stay text: escaped, no bidi controls', () => {
    const m = demoModel();
    m.zones[0]!.name = '<script>alert(1)</script> \u202Eevil & co';
    const page = strFromU8(unzipSync(exportVsdx(m))['visio/pages/page1.xml']!);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expectNoBidiControls(page);
  });

  it('the same model gives the same bytes', () => {
    expect(exportVsdx(model)).toEqual(exportVsdx(model));
  });

  const soffice = spawnSync('soffice', ['--version']).status === 0;
  const pdftotext = spawnSync('pdftotext', ['-v']).status === 0;
  if (!soffice || !pdftotext)
    console.info('vsdx: LibreOffice check skipped (soffice or pdftotext not installed)');
  it.skipIf(!soffice || !pdftotext)(
    'LibreOffice opens it: converted to PDF, every zone, asset and conduit label is in the text (skipped without soffice and pdftotext; see README)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'otz-vsdx-'));
      try {
        writeFileSync(join(dir, 'plant.vsdx'), exportVsdx(model));
        execFileSync(
          'soffice',
          ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'plant.vsdx')],
          {
            timeout: 120_000,
            stdio: 'ignore',
          },
        );
        const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
        const text = flat(execFileSync('pdftotext', [join(dir, 'plant.pdf'), '-']).toString('utf8'));
        for (const e of [...model.zones, ...model.assets, ...model.conduits])
          expect(text, e.name).toContain(flat(e.name));
        expect(execFileSync('pdfinfo', [join(dir, 'plant.pdf')]).toString()).toMatch(/^Pages:\s+1$/m);
        expect(readFileSync(join(dir, 'plant.pdf')).subarray(0, 4).toString()).toBe('%PDF');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
