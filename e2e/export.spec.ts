/**
 * The Export menu: every export downloads a file named after the model, and each file is checked
 * (parsed, compared with the model, opened in the browser and photographed).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parseCsv } from '../src/domain/import/csv';
import { parseModelText } from '../src/domain/model/parse';
import { parseXml } from '../test-support/xml';
import { openEditor } from './editor-helpers';
import { installProbes } from './security-probes';

const DEMO_TEXT = readFileSync('src/samples/water-treatment.json', 'utf8');
const demo = (() => {
  const r = parseModelText(DEMO_TEXT);
  if (!r.ok) throw new Error('demo model is invalid');
  return r.model;
})();

const STEM = 'riverside-water-treatment-works';
/** Downloads are kept under their own names, so the browser opens each by its extension. */
const OUT = `/tmp/otz-e2e-exports-${process.pid}`;
mkdirSync(OUT, { recursive: true });

async function exportVia(
  page: Page,
  item: string | RegExp,
  timeout = 30_000,
): Promise<{ name: string; path: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    menu.getByRole('menuitem', { name: item }).click({ timeout }),
  ]);
  const path = join(OUT, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

/** Width, height and share of non-white pixels of a PNG, measured by the browser. */
async function pngStats(page: Page, path: string) {
  const base64 = readFileSync(path).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data: px } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    let coloured = 0;
    for (let i = 0; i < px.length; i += 4 * 7) {
      const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
      if (r < 235 || g < 235 || b < 235) ink++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
    }
    const samples = px.length / (4 * 7);
    return {
      width: img.naturalWidth,
      height: img.naturalHeight,
      ink: ink / samples,
      coloured: coloured / samples,
    };
  }, base64);
}

test.describe('Export menu', () => {
  test('text exports: JSON, CSV registers, draw.io, schema', async ({ page }) => {
    await openEditor(page);

    const json = await exportVia(page, 'Model file (JSON)');
    expect(json.name).toBe(`${STEM}.json`);
    expect(json.text).toBe(DEMO_TEXT); // the demo file is canonical: byte for byte
    const parsed = parseModelText(json.text);
    expect(parsed.ok && parsed.model).toEqual(demo);

    const counts = {
      'Asset register (CSV)': ['assets', demo.assets.length],
      'Zone register (CSV)': ['zones', demo.zones.length],
      'Conduit register (CSV)': ['conduits', demo.conduits.length],
      'Flow register (CSV)': ['flows', demo.conduits.reduce((n, c) => n + (c.flows?.length ?? 0), 0)],
    } as const;
    for (const [item, [suffix, rows]] of Object.entries(counts)) {
      const csv = await exportVia(page, item);
      expect(csv.name).toBe(`${STEM}-${suffix}.csv`);
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      const table = parseCsv(csv.text);
      expect(table.ok).toBe(true);
      if (table.ok) expect(table.records.length - 1).toBe(rows);
      expect(csv.text).toMatch(/\r\n$/);
    }

    const drawio = await exportVia(page, 'draw.io diagram');
    expect(drawio.name).toBe(`${STEM}.drawio`);
    const mx = parseXml(drawio.text);
    expect(mx.name).toBe('mxfile');
    expect(drawio.text.match(/otzKind="zone"/g)).toHaveLength(demo.zones.length);
    expect(drawio.text.match(/otzKind="asset"/g)).toHaveLength(demo.assets.length);

    const schema = await exportVia(page, 'JSON Schema of the model format');
    expect(schema.name).toBe('ot-zones-model.schema.json');
    expect(JSON.parse(schema.text).properties.format.const).toBe('ot-zones');
  });

  test('SVG with and without findings: well-formed, text stays text, looks right in the browser', async ({
    page,
  }) => {
    await openEditor(page);
    const svg = await exportVia(page, 'SVG drawing (with findings)');
    expect(svg.name).toBe(`${STEM}.svg`);
    const root = parseXml(svg.text);
    expect(root.name).toBe('svg');
    expect(svg.text).not.toMatch(/foreignObject|<script|href=/i);
    for (const z of demo.zones) expect(svg.text).toContain(`<title>${z.name.replace(/&/g, '&amp;')}`);
    expect(svg.text).toContain('Policy check:');
    const plain = await exportVia(page, 'SVG drawing (without findings)');
    expect(plain.text).not.toContain('Policy check:');

    const viewer = await page.context().newPage();
    await viewer.goto(`file://${svg.path}`);
    const texts = await viewer.locator('text').count();
    expect(texts).toBeGreaterThan(100);
    const box = await viewer.locator('svg').boundingBox();
    expect(box!.width).toBeGreaterThan(1500);
    await viewer.setViewportSize({ width: Math.ceil(box!.width), height: Math.ceil(box!.height) });
    await viewer.screenshot({ path: 'e2e/screenshots/export-svg.png' });
    await viewer.close();
  });

  test('security-plan report: standalone HTML that opens and prints, and Markdown', async ({ page }) => {
    await openEditor(page);
    const html = await exportVia(page, 'Security-plan report (HTML)');
    expect(html.name).toBe(`${STEM}-security-plan.html`);
    expect(html.text).toContain('Content-Security-Policy" content="default-src \'none\'');
    expect(html.text).not.toMatch(/<script/i);

    const viewer = await page.context().newPage();
    const probes = await installProbes(viewer);
    await viewer.goto(`file://${html.path}`);
    await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('Riverside Water Treatment Works');
    for (const title of [
      '1. Zone and conduit diagram',
      '2. Findings',
      '3. Zone register',
      '5. Conduit register',
    ])
      await expect(viewer.getByRole('heading', { name: title })).toBeVisible();
    await expect(viewer.locator('figure.diagram svg#drawing')).toBeVisible();
    expect(await viewer.locator('#zones tbody tr').count()).toBe(demo.zones.length);
    await viewer.screenshot({ path: 'e2e/screenshots/export-report.png', fullPage: false });
    await viewer.locator('#conduits').scrollIntoViewIfNeeded();
    await viewer.screenshot({ path: 'e2e/screenshots/export-report-conduits.png' });
    await viewer.emulateMedia({ media: 'print' });
    await viewer.screenshot({ path: 'e2e/screenshots/export-report-print.png' });
    const pdf = await viewer.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(50_000);
    expect(probes.dialogs).toEqual([]);
    expect(probes.pageErrors).toEqual([]);
    await viewer.close();

    const md = await exportVia(page, 'Security-plan report (Markdown)');
    expect(md.name).toBe(`${STEM}-security-plan.md`);
    expect(md.text).toContain('# Security plan: Riverside Water Treatment Works');
    expect(md.text).toContain(`](${STEM}.svg)`);
  });

  test('PNG of the whole diagram at 1x and 2x', async ({ page }) => {
    test.setTimeout(120_000);
    await openEditor(page);
    // Zoom far in: the picture must still show the whole diagram, not the viewport.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();

    const one = await exportVia(page, 'PNG image 1x', 100_000);
    expect(one.name).toBe(`${STEM}.png`);
    const s1 = await pngStats(page, one.path);
    expect(s1.width).toBeGreaterThan(1800);
    expect(s1.height).toBeGreaterThan(900);
    expect(s1.ink).toBeGreaterThan(0.05);
    expect(s1.coloured).toBeGreaterThan(0.01);

    const two = await exportVia(page, 'PNG image 2x', 100_000);
    expect(two.name).toBe(`${STEM}@2x.png`);
    const s2 = await pngStats(page, two.path);
    // Drawn from the vectors at twice the size: exactly twice the pixels each way, as much ink.
    expect(s2.width).toBe(2 * s1.width);
    expect(s2.height).toBe(2 * s1.height);
    expect(Math.abs(s2.ink - s1.ink)).toBeLessThan(0.02);

    // The same drawing as the SVG export (title block, legend and all), at its size.
    const svg = await exportVia(page, 'SVG drawing (with findings)');
    const root = parseXml(svg.text);
    expect(s1.width).toBe(Math.ceil(Number(root.attributes.width)));
    expect(s1.height).toBe(Math.ceil(Number(root.attributes.height)));

    const viewer = await page.context().newPage();
    await viewer.setViewportSize({ width: 1400, height: 900 });
    await viewer.goto(`file://${one.path}`);
    await viewer.screenshot({ path: 'e2e/screenshots/export-png.png' });
    await viewer.close();
  });
});

test('exports of a model full of hostile text run nothing when opened', async ({ page }) => {
  await openEditor(page);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const hostile = {
    ...demo,
    meta: { ...demo.meta, name: `Hostile ${payload}`, description: '"><svg onload=window.__pwned=3>' },
    zones: demo.zones.map((z, i) => ({
      ...z,
      name: i % 2 ? `javascript:window.__pwned=4 \u202Eexe.txt` : payload,
    })),
    assets: demo.assets.map((a, i) => ({
      ...a,
      name: i % 3 ? '=HYPERLINK("https://attacker.invalid","x")' : payload,
    })),
  };
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: /Open model file/ }).click();
  await (await chooser).setFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await expect(page.getByTestId('document-name')).toHaveText(`Hostile ${payload}`);

  const svg = await exportVia(page, 'SVG drawing (with findings)');
  const report = await exportVia(page, 'Security-plan report (HTML)');
  const csv = await exportVia(page, 'Asset register (CSV)');
  // Payloads appear only escaped (as &lt;img …), never as markup.
  expect(/<script|<img|<svg onload/i.test(svg.text)).toBe(false);
  expect(svg.text).not.toContain('\u202E');
  expect(parseXml(svg.text).name).toBe('svg');
  const cells = parseCsv(csv.text);
  expect(cells.ok && cells.records.flatMap((r) => r.fields).some((c) => /^[=+\-@]/.test(c))).toBe(false);

  for (const file of [svg.path, report.path]) {
    const viewer = await page.context().newPage();
    const probes = await installProbes(viewer);
    await viewer.goto(`file://${file}`);
    await expect(viewer.getByText(payload).first()).toBeAttached();
    expect(await probes.pwned()).toBeUndefined();
    expect(probes.dialogs).toEqual([]);
    expect(probes.pageErrors).toEqual([]);
    await viewer.close();
  }
});
