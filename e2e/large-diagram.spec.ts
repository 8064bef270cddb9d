/**
 * Large diagrams (a generated plant of 1,000 assets): the canvas renders only what is in view, has
 * three levels of detail by zoom (zones drawing their assets, plain asset tiles, full cards), the
 * overview map shows zones and moves the view, and elements come into the DOM when they scroll into
 * view. Small diagrams keep full detail and React Flow's own map (covered by the other specs).
 */
import { expect, type Page, test } from '@playwright/test';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { computeLayout } from '../src/domain/layout/geometry';
import { serializeModel } from '../src/domain/serialize/model-json';

const plant = generatePlant('M', 1);

async function openPlant(page: Page) {
  await page.goto('/');
  await expect(page.locator('[data-save-status="saved"]')).toBeAttached();
  await page.getByTestId('open-json-input').setInputFiles({
    name: 'plant-m.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeModel(plant)),
  });
  await expect(page.getByTestId('document-name')).toHaveText(plant.meta.name);
  await expect(page.locator(`.react-flow__node-zone[data-id="${plant.zones[0]!.id}"]`)).toBeAttached();
}

const zoom = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.react-flow__viewport');
    return el ? new DOMMatrixReadOnly(getComputedStyle(el).transform).a : Number.NaN;
  });

const renderedIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => n.dataset.id ?? ''),
  );

test('a large plant renders the elements in view only; the zone map moves the view', async ({ page }) => {
  await openPlant(page);
  const total = plant.zones.length + plant.assets.length;

  // Fitted to the window (zoom about 0.1): asset nodes are hidden and zones draw their assets.
  expect(await zoom(page)).toBeLessThan(0.2);
  await expect(page.locator('.react-flow__node-asset')).toHaveCount(0);
  await expect(page.getByTestId('asset-tiles').first()).toBeAttached();
  const tiled = await page
    .getByTestId('asset-tiles')
    .evaluateAll((svgs) => svgs.reduce((n, svg) => n + Number(svg.getAttribute('data-count')), 0));
  expect(tiled).toBeGreaterThan(100);
  await page.screenshot({ path: 'e2e/screenshots/large-diagram-fitted.png' });

  // A little closer (0.2–0.4): asset nodes again, as plain tiles without text; no conduit labels.
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  while ((await zoom(page)) < 0.25) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(50);
  }
  expect(await zoom(page)).toBeLessThan(0.4);
  const assets = page.getByTestId('asset-node');
  await expect(assets.first()).toHaveAttribute('data-detail', 'compact');
  await expect(page.getByTestId('asset-tiles')).toHaveCount(0);
  await expect(page.getByTestId('asset-name')).toHaveCount(0);
  await expect(page.locator('.react-flow__edgelabel-renderer > *')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/large-diagram-compact.png' });

  // Zoomed in on part of the plant: full cards and labels; far fewer nodes in the DOM than the model has.
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await renderedIds(page)).length).toBeLessThan(total / 2);
  await expect(assets.first()).not.toHaveAttribute('data-detail', 'compact');
  await expect(page.getByTestId('asset-name').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/large-diagram-zoomed.png' });

  // The overview map: one shape per zone, none per asset.
  const map = page.getByTestId('zone-minimap');
  await expect(map.getByRole('img', { name: 'Minimap' })).toBeVisible();
  await expect(map.locator('rect')).toHaveCount(plant.zones.length);

  // A zone off screen is not rendered; clicking it on the map brings it into view and into the DOM
  // (the smallest such zone holding assets, so that all of it fits on screen at this zoom).
  const layout = computeLayout(plant);
  const before = new Set(await renderedIds(page));
  const target = layout.zones
    .filter(
      (z) =>
        z.depth === 0 && !before.has(z.zone.id) && layout.assets.some((a) => a.asset.zoneId === z.zone.id),
    )
    .sort((a, b) => a.abs.width * a.abs.height - b.abs.width * b.abs.height)[0];
  expect(target, 'some top-level zone is off screen').toBeDefined();
  const shape = map.locator(`rect[data-zone-id="${target!.zone.id}"]`);
  const s = (await shape.boundingBox())!;
  await page.mouse.click(s.x + s.width / 2, s.y + s.height / 2);
  const node = page.locator(`.react-flow__node-zone[data-id="${target!.zone.id}"]`);
  await expect(node).toBeAttached();
  // Its centre is now near the middle of the canvas.
  const n = (await node.boundingBox())!;
  expect(Math.abs(n.x + n.width / 2 - (box.x + box.width / 2))).toBeLessThan(box.width / 2);
  expect(Math.abs(n.y + n.height / 2 - (box.y + box.height / 2))).toBeLessThan(box.height / 2);

  // Its assets were not handed to the canvas before (far from the view); now they are drawn.
  const inside = layout.assets.find((a) => a.asset.zoneId === target!.zone.id)!;
  expect(before.has(inside.asset.id)).toBe(false);
  await expect(page.locator(`.react-flow__node-asset[data-id="${inside.asset.id}"]`)).toBeAttached();

  // Elements of the zone now in view can be selected as usual.
  await node.getByTestId('zone-name').click();
  await expect(node).toHaveClass(/selected/);
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText(target!.zone.name);
  await page.screenshot({ path: 'e2e/screenshots/large-diagram-map.png' });
});
