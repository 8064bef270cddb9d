/**
 * Issue 18, keyboard and focus: the palette's best match takes Tab and Enter, Tab leaves the
 * palette in one press, "Connect to…" draws a conduit without a mouse, focus rings are visible.
 */
import { expect, type Page, test } from '@playwright/test';
import { assetsNamed, openEditor, paletteItem, zoneNode } from './editor-helpers';
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
