/**
 * Issue 18, keyboard and focus: the palette's best match takes Tab and Enter, Tab leaves the
 * palette in one press, arrows move inside it, "Connect to…" (also the C key) draws a conduit
 * without a mouse, focus rings are visible on zones, assets and conduits.
 */
import { expect, type Page, test } from '@playwright/test';
import { assetNode, assetsNamed, openEditor, paletteItem, zoneNode } from './editor-helpers';
import { openModel, smallPlant } from './persistence-fixtures';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

test('filter "PLC", Tab, Enter adds a PLC to the selected zone, not a nested zone; Tab then leaves the palette', async ({
  page,
}) => {
  await openEditor(page);
  const zonesBefore = await page.getByTestId('zone-node').count();
  const plcsBefore = await page.locator('[data-testid="asset-node"][data-zone-id="z-safety"]').count();
  await zoneNode(page, 'z-safety').focus();
  await page.keyboard.press('Enter');
  await expect(zoneNode(page, 'z-safety')).toHaveClass(/selected/);

  await page.getByLabel('Filter palette').fill('PLC');
  await page.keyboard.press('Tab');
  await expect(paletteItem(page, 'asset', 'plc')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="asset-node"][data-zone-id="z-safety"]')).toHaveCount(
    plcsBefore + 1,
  );
  await expect(assetsNamed(page, 'PLC')).toHaveCount(1);
  await expect(page.getByTestId('zone-node')).toHaveCount(zonesBefore);

  // One tab stop in the palette: the next Tab is outside it.
  await paletteItem(page, 'asset', 'plc').focus();
  await page.keyboard.press('Tab');
  const inPalette = await page.evaluate(
    () => !!document.activeElement?.closest('aside[aria-label="Palette"]'),
  );
  expect(inPalette).toBe(false);
});

test('"Connect to…" in the zone inspector adds a conduit without a mouse; zones and conduits show a focus ring', async ({
  page,
}) => {
  const plant = smallPlant();
  plant.conduits = [];
  await openModel(page, plant);
  await zoneNode(page, 'z-ops').focus();
  // The focused zone carries a visible ring.
  const ring = await zoneNode(page, 'z-ops')
    .getByTestId('zone-node')
    .evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`);
  expect(ring).toBe('solid 3px');
  await page.screenshot({ path: 'test-results/newuser-zone-focus.png' });
  await page.keyboard.press('Enter');
  const panel = inspector(page);
  await expect(panel.locator('[data-inspecting="zone"]')).toBeVisible();

  const connect = panel.getByLabel('Connect to…');
  await connect.focus();
  await connect.selectOption('z-ctl');
  await expect(page.getByTestId('conduit-label')).toHaveCount(1);
  await expect(panel.locator('[data-inspecting="conduit"]')).toBeVisible();
  await expect(panel.getByLabel('Flow 1 from')).toHaveCount(0);

  // The new conduit's edge can take keyboard focus and shows it.
  const edge = page.locator('.react-flow__edge').first();
  await edge.focus();
  const glow = await edge
    .locator('.react-flow__edge-path')
    .first()
    .evaluate((el) => getComputedStyle(el).filter);
  expect(glow).toContain('drop-shadow');
  await page.screenshot({ path: 'test-results/newuser-conduit-focus.png' });
});

test('arrow keys move within the palette and Tab reaches the canvas in a few presses', async ({ page }) => {
  await openModel(page, smallPlant());
  await page.getByLabel('Filter palette').focus();
  await page.keyboard.press('Tab');
  const focusedItem = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-palette-id') ?? null);
  const first = await focusedItem();
  expect(first).not.toBeNull();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = await focusedItem();
  expect(third).not.toBe(first);
  await page.keyboard.press('ArrowUp');
  expect(await focusedItem()).not.toBe(third);
  expect(await focusedItem()).not.toBeNull();

  // From the palette, Tab reaches a zone on the canvas within a few presses (not one per item).
  let presses = 0;
  while (presses < 5) {
    await page.keyboard.press('Tab');
    presses++;
    if (await page.evaluate(() => !!document.activeElement?.closest('.react-flow__node'))) break;
  }
  expect(await page.evaluate(() => !!document.activeElement?.closest('.react-flow__node'))).toBe(true);
  expect(presses).toBeLessThanOrEqual(4);
});

test('C on a focused zone opens "Connect to…"; assets show a focus ring', async ({ page }) => {
  const plant = smallPlant();
  plant.conduits = [];
  await openModel(page, plant);

  // Assets ring their card when focused from the keyboard.
  await assetNode(page, 'a-plc').focus();
  const ring = await assetNode(page, 'a-plc')
    .locator('> div')
    .first()
    .evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`);
  expect(ring).toBe('solid 2px');
  await page.screenshot({ path: 'test-results/newuser-asset-focus.png' });

  await zoneNode(page, 'z-ops').focus();
  await page.keyboard.press('c');
  const connect = inspector(page).getByLabel('Connect to…');
  await expect(connect).toBeFocused();
  await connect.selectOption('z-ctl');
  await expect(page.getByTestId('conduit-label')).toHaveCount(1);
  await expect(inspector(page).locator('[data-inspecting="conduit"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/newuser-connect-key.png' });
});
