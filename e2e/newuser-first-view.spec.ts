/**
 * Issue 18, first minute: an empty diagram says what to do first, "Fit to view" keeps the diagram
 * clear of the minimap, counts read "1 warning", and at 1280 px the toolbar keeps Documents and
 * the save state on screen.
 */
import { expect, type Page, test } from '@playwright/test';
import { zoneNode } from './editor-helpers';
import { openModel, smallPlant } from './persistence-fixtures';

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectClearOfMinimap(page: Page, ids: string[]) {
  const map = (await page.locator('.react-flow__minimap').boundingBox())!;
  for (const id of ids) {
    const box = (await zoneNode(page, id).boundingBox())!;
    expect(overlaps(box, map), `${id} under the minimap`).toBe(false);
  }
}

test('an empty diagram shows what to do first; the hint goes once a zone exists', async ({ page }) => {
  await openModel(page, {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Blank' },
    zones: [],
    assets: [],
    conduits: [],
  });
  const hint = page.getByTestId('empty-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('Start with a zone');
  await page.screenshot({ path: 'test-results/newuser-empty-hint.png' });
  await page
    .getByRole('complementary', { name: 'Palette' })
    .locator('[data-palette-kind="zone"]')
    .first()
    .press('Enter');
  await expect(page.getByTestId('zone-node')).toHaveCount(1);
  await expect(hint).toHaveCount(0);
});

test('fit view leaves the minimap free; counts use the singular for one', async ({ page }) => {
  const plant = smallPlant();
  // A wide plant: two zones side by side reach the bottom-right corner when fitted edge to edge.
  plant.diagram.positions['z-ctl'] = { x: 480, y: 0, width: 420, height: 200 };
  const { slCapability: _gone, ...plc } = plant.assets[1]!;
  plant.assets[1] = plc as (typeof plant.assets)[1];
  await openModel(page, plant);
  await expectClearOfMinimap(page, ['z-ops', 'z-ctl']);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await page.waitForTimeout(400); // the fit animates for 200 ms
  await expectClearOfMinimap(page, ['z-ops', 'z-ctl']);
  await page.screenshot({ path: 'test-results/newuser-fit-minimap.png' });

  // Counts of one are singular: "1 error", "1 warning".
  const label = (await page.getByTestId('finding-counts').getAttribute('aria-label'))!;
  expect(label).not.toMatch(/(^|\D)1 (errors|warnings)\b/);
  for (const [key, noun] of [
    ['error', 'error'],
    ['warning', 'warning'],
  ] as const) {
    const n = Number(await page.getByTestId(`count-${key}`).getAttribute('data-count'));
    expect(label).toContain(`${n} ${noun}${n === 1 ? '' : 's'}`);
  }
});

test('at 1280 px the toolbar keeps Documents and the save state on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openModel(page, smallPlant());
  await page.screenshot({ path: 'test-results/newuser-toolbar-1280.png' });
  for (const locator of [
    page.getByRole('button', { name: /Documents/ }),
    page.locator('[data-save-status]'),
  ]) {
    const box = (await locator.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  }
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(1280);
});
