/**
 * What a reader of an exported plan sees (issue 11): every name whole in the SVG the Export menu
 * downloads, conduits drawn in right angles, a legend for the markers used; and on the canvas, a
 * name cut short by the layout shows in full on hover.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { allElements, parseXml, textContent } from '../test-support/xml';
import { openEditor } from './editor-helpers';

const OUT = `/tmp/otz-e2e-fidelity-${process.pid}`;
mkdirSync(OUT, { recursive: true });

const plant = generatePlant('S');
// A name that no zone header or card could hold on one line.
const LONG_ASSET = 'Supervisory historian replica for the intake and coagulation cells';
plant.assets[0]!.name = LONG_ASSET;

async function openPlant(page: Page) {
  await openEditor(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: /Open model file/ }).click();
  await (await chooser).setFiles({
    name: 'plant-s.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plant)),
  });
  await expect(page.getByTestId('document-name')).toHaveText(plant.meta.name);
}

test('the SVG from the Export menu shows every name whole, routes conduits square, explains its markers', async ({
  page,
}) => {
  await openPlant(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('menu', { name: 'Export' })
      .getByRole('menuitem', { name: 'SVG drawing (with findings)' })
      .click(),
  ]);
  const path = join(OUT, download.suggestedFilename());
  await download.saveAs(path);
  const svg = readFileSync(path, 'utf8');
  expect(XMLValidator.validate(svg)).toBe(true);

  const root = parseXml(svg);
  const texts = allElements(root)
    .filter((e) => e.name === 'text')
    .map(textContent);
  expect(texts.filter((t) => t.includes('…'))).toEqual([]);
  const words = texts.join(' ');
  for (const z of plant.zones) for (const w of z.name.split(/\s+/)) expect(words).toContain(w);
  for (const w of LONG_ASSET.split(' ')) expect(words).toContain(w);
  expect(svg).toContain(`<title>${LONG_ASSET} — `);

  // Conduits are polylines of horizontal and vertical runs.
  const lines = allElements(root).filter((e) => e.name === 'polyline');
  expect(lines.length).toBeGreaterThanOrEqual(plant.conduits.length);
  for (const l of lines) {
    const pts = l.attributes.points!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
    for (let i = 1; i < pts.length; i++)
      expect(pts[i]![0] === pts[i - 1]![0] || pts[i]![1] === pts[i - 1]![1]).toBe(true);
  }
  // The plant has safety and wireless assets; the legend says what their markers mean.
  expect(texts).toContain('safety-related asset');
  expect(texts).toContain('Purdue level of the zone');

  const viewer = await page.context().newPage();
  await viewer.goto(`file://${path}`);
  await expect(viewer.locator('svg')).toBeVisible();
  await viewer.screenshot({ path: 'e2e/screenshots/export-fidelity-plant-s.png' });
});

test('on the canvas a name cut by the layout (or hidden at low zoom) shows in full on hover', async ({
  page,
}) => {
  await openPlant(page);
  const id = plant.assets[0]!.id;
  // Full detail: the name element carries the tooltip; compact cards at low zoom: the card does.
  const tip = page
    .locator(`[data-asset-id="${id}"][title], [data-asset-id="${id}"] [data-testid="asset-name"]`)
    .first();
  await expect(tip).toHaveAttribute('title', LONG_ASSET);
  await tip.hover();
  await page.screenshot({ path: 'e2e/screenshots/export-fidelity-canvas.png' });
});
