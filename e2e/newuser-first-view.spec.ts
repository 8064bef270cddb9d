/**
 * Issue 18, first minute: an empty diagram says what to do first, "Fit to view" keeps the diagram
 * clear of the minimap, counts read "1 warning", and at 1280 px the toolbar keeps Documents and
 * the save state on screen; the demo opens readable on its welcome note.
 */
import { expect, type Page, test } from '@playwright/test';
import { fitAll, zoneNode } from './editor-helpers';
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

test('after undoing an auto-layout the view re-fits to show the restored drawing', async ({ page }) => {
  const plant = smallPlant();
  plant.diagram.positions['z-ctl'] = { x: 2400, y: 1400, width: 420, height: 200 };
  await openModel(page, plant);
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.waitForTimeout(600); // the re-fit animates for 250 ms
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  for (const id of ['z-ops', 'z-ctl']) {
    const box = (await zoneNode(page, id).boundingBox())!;
    expect(box.x, id).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(box.y + box.height, id).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    expect(box.x + box.width, id).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  }
  await page.screenshot({ path: 'test-results/newuser-undo-layout-refit.png' });
});

const scale = async (page: Page) => {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? 0);
};

const inside = (
  box: { x: number; y: number; width: number; height: number },
  area: { x: number; y: number; width: number; height: number },
) =>
  box.x >= area.x - 1 &&
  box.y >= area.y - 1 &&
  box.x + box.width <= area.x + area.width + 1 &&
  box.y + box.height <= area.y + area.height + 1;

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const)
  test(`at ${width}×${height} the demo opens readable on its welcome note, beside the control zones`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const note = page.locator('[data-testid="sticky-note"][data-note-id="n-welcome"]');
    await expect(note).toBeVisible();
    await expect.poll(() => scale(page)).toBeGreaterThanOrEqual(0.8);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    const box = (await note.boundingBox())!;
    expect(inside(box, canvas), 'welcome note on screen').toBe(true);
    expect(overlaps(box, (await page.locator('.react-flow__minimap').boundingBox())!)).toBe(false);
    // Its text is drawn at 14 px × zoom: at least 11 px on screen.
    const fontPx = await note
      .locator('p')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx * (await scale(page))).toBeGreaterThanOrEqual(11);
    // The part that matters is in view: the engineering zone and its flagged laptop conduit.
    expect(inside((await zoneNode(page, 'z-engineering').boundingBox())!, canvas)).toBe(true);
    await page.screenshot({ path: `test-results/newuser-demo-start-${width}.png` });

    // "Fit to view" still shows the whole plant.
    await fitAll(page);
    for (const id of ['z-enterprise', 'z-wireless', 'z-process'])
      expect(inside((await zoneNode(page, id).boundingBox())!, canvas), id).toBe(true);
  });

/** Left edges of the header's buttons and the save state, by label. */
async function headerLayout(page: Page): Promise<Record<string, number>> {
  return page
    .locator('header')
    .first()
    .evaluate((header) => {
      const out: Record<string, number> = {};
      header.querySelectorAll<HTMLElement>('button, [data-save-status]').forEach((el, i) => {
        const key = `${i}:${el.getAttribute('aria-label') ?? el.dataset.saveStatus ?? el.textContent?.trim() ?? ''}`;
        out[key.replace(/:(saved|pending|saving)$/, ':save-state')] =
          Math.round(el.getBoundingClientRect().x * 2) / 2;
      });
      return out;
    });
}

for (const width of [1280, 1920])
  test(`at ${width} px the header does not move while an edit is saved`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openModel(page, smallPlant());
    const status = page.locator('[data-save-status]');
    await expect(status).toHaveAttribute('data-save-status', 'saved');
    const before = await headerLayout(page);
    // An edit that changes no count in the header: rename a zone.
    await zoneNode(page, 'z-ops').focus();
    await page.keyboard.press('Enter');
    const name = page.getByRole('region', { name: 'Inspector' }).getByLabel('Name', { exact: true });
    await name.fill('Operations north');
    await name.press('Tab');
    await expect(status).toHaveAttribute('data-save-status', /pending|saving/);
    const during = await headerLayout(page);
    await expect(status).toHaveAttribute('data-save-status', 'saved');
    const after = await headerLayout(page);
    // Undo becomes available, labels stay: only positions are compared.
    expect(Object.values(during)).toEqual(Object.values(before));
    expect(Object.values(after)).toEqual(Object.values(before));
  });
