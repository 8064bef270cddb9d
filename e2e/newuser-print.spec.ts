/**
 * Issue 18, print: the security-plan report printed to PDF by Chromium. The diagram is not shrunk
 * onto one page: an overview on the first page, then the drawing in parts, each on a landscape page
 * at a readable size; the first page is not near-empty; the findings table gives the text the width.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { evaluate } from '../src/domain/engine/evaluate';
import { exportReportHtml } from '../src/domain/export/report-html';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { parseModelText } from '../src/domain/model/parse';
import type { Model } from '../src/domain/model/schema';

const OUT = 'test-results/print';
const demo = (() => {
  const r = parseModelText(readFileSync('src/samples/water-treatment.json', 'utf8'));
  if (!r.ok) throw new Error('demo model is invalid');
  return r.model;
})();
mkdirSync(OUT, { recursive: true });

/** Each page's size in points, from the PDF's page objects (Chromium writes them uncompressed). */
function pageSizes(pdf: Buffer): Array<{ width: number; height: number }> {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

async function printReport(page: Page, name: string, model: Model) {
  const html = exportReportHtml(model, evaluate(model), { generatedAt: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(`${OUT}/${name}.html`, html);
  await page.goto(`file://${process.cwd()}/${OUT}/${name}.html`);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(`${OUT}/${name}.pdf`, pdf);
  // For a person to look at: the first pages as PNG (when poppler is installed).
  if (existsSync('/usr/bin/pdftoppm'))
    execFileSync('pdftoppm', ['-png', '-r', '60', '-l', '4', `${OUT}/${name}.pdf`, `${OUT}/${name}`]);
  return pageSizes(pdf);
}

const MM = 96 / 25.4;
const A4 = { width: 210 * MM, height: 297 * MM };

/** Laid out as on paper: print media, the viewport as wide as the page's printable width. */
async function asPrinted(page: Page, width: number, height = 900) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.round(width), height });
}

test('S plant: an overview on the first page, then the diagram in parts on landscape pages', async ({
  page,
}) => {
  const sizes = await printReport(page, 'plant-s', generatePlant('S'));
  const parts = await page.locator('.diagram-part').count();
  expect(parts).toBeGreaterThan(2);
  const landscape = sizes.map((s) => s.width > s.height);
  // Page 1 portrait (header and overview), then one landscape page per part, then the registers.
  expect(landscape.slice(0, parts + 2)).toEqual([false, ...Array(parts).fill(true), false]);
  expect(landscape.filter(Boolean).length).toBe(parts);
  expect(Math.abs(sizes[1]!.width - 842)).toBeLessThan(2); // A4 landscape, 297 mm

  // Every part prints at a readable size on A4 landscape (277 mm wide, 10 mm margins).
  await asPrinted(page, 277 * MM);
  const drawingWidth = Number(await page.locator('svg#drawing').getAttribute('width'));
  for (const view of await page.locator('.diagram-part .part-view').all()) {
    // The drawing is scaled so that the part fills the box: box width / part width.
    const { size, ratio } = await view.evaluate((el) => ({
      size: getComputedStyle(el).backgroundSize,
      ratio: getComputedStyle(el).aspectRatio,
    }));
    const box = (await view.boundingBox())!;
    const [w] = ratio.split('/').map(Number);
    const partWidth = (drawingWidth * 100) / Number.parseFloat(size);
    expect(Math.abs(partWidth - w!)).toBeLessThan(1);
    expect(box.width / partWidth).toBeGreaterThanOrEqual(0.74);
  }

  // The first page is not near-empty: header and overview fill most of it, and the overview fits.
  await asPrinted(page, A4.width - 24 * MM);
  const overview = (await page.locator('svg.overview').boundingBox())!;
  const pageHeight = A4.height - 28 * MM;
  expect(overview.y + overview.height).toBeLessThanOrEqual(pageHeight);
  expect(overview.y + overview.height).toBeGreaterThan(pageHeight * 0.6);
  await expect(page.locator('figure.diagram .screen-only svg')).toBeHidden();
  await page.screenshot({ path: `${OUT}/plant-s-print-layout.png`, fullPage: true });
});

test('findings table: the finding text gets the width, the reference column stays narrow', async ({
  page,
}) => {
  await printReport(page, 'demo', demo);
  await asPrinted(page, A4.width - 24 * MM);
  const table = (await page.locator('#findings table').boundingBox())!;
  const head = page.locator('#findings thead th');
  const widths = await head.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  const [severity, finding, element, reference, fix] = widths.map((w) => w / table.width);
  expect(finding).toBeGreaterThanOrEqual(0.4);
  expect(reference).toBeLessThanOrEqual(0.16);
  expect(finding!).toBeGreaterThan(3 * reference!);
  expect(severity).toBeLessThanOrEqual(0.12);
  expect(element).toBeLessThanOrEqual(0.18);
  expect(fix).toBeGreaterThanOrEqual(0.18);
  await page.locator('#findings').screenshot({ path: `${OUT}/demo-findings-print.png` });
});

test('a small drawing prints whole on one landscape page, after the first', async ({ page }) => {
  const small = { ...demo, zones: demo.zones.slice(0, 2), assets: [], conduits: [], notes: [] } as Model;
  const sizes = await printReport(page, 'small', small);
  expect(await page.locator('.diagram-part').count()).toBe(1);
  expect(sizes.map((s) => s.width > s.height).slice(0, 3)).toEqual([false, true, false]);
});
