/**
 * The header's dropdowns driven from the keyboard alone (src/app/shell/Menu.tsx): the Export menu
 * as an ARIA menu button, the Documents panel as a disclosure.
 */
import { expect, type Page, test } from '@playwright/test';
import { assetNode, focusZone, openEditor } from './editor-helpers';

const exportButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });
const exportMenu = (page: Page) => page.getByRole('menu', { name: 'Export' });
const item = (page: Page, name: string) => exportMenu(page).getByRole('menuitem', { name, exact: true });

test('the Export menu button works from the keyboard', async ({ page }) => {
  await openEditor(page);
  await exportButton(page).focus();

  // Enter opens on the first item; arrows wrap, Home and End jump.
  await page.keyboard.press('Enter');
  await expect(item(page, 'PNG image 1x')).toBeFocused();
  await expect(exportButton(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'PNG image 2x')).toBeFocused();
  await page.keyboard.press('End');
  await expect(item(page, 'JSON Schema of the model format')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'PNG image 1x')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(item(page, 'JSON Schema of the model format')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(item(page, 'PNG image 1x')).toBeFocused();
  // Type-ahead: the next item starting with the letter.
  await page.keyboard.press('d');
  await expect(item(page, 'draw.io diagram')).toBeFocused();
  await page.screenshot({ path: '/tmp/menus/export-menu-keyboard.png' });

  // Escape closes and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(exportMenu(page)).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
  await expect(exportButton(page)).toHaveAttribute('aria-expanded', 'false');

  // Space opens too; ArrowUp on the button opens on the last item, ArrowDown on the first.
  await page.keyboard.press('Space');
  await expect(item(page, 'PNG image 1x')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowUp');
  await expect(item(page, 'JSON Schema of the model format')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'PNG image 1x')).toBeFocused();

  // Tab closes the menu and moves on past the button (the items are not in the Tab order).
  await page.keyboard.press('Tab');
  await expect(exportMenu(page)).toHaveCount(0);
  await expect(exportButton(page)).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

  // Choosing an item with Enter runs it, closes the menu and returns focus to the button.
  await exportButton(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('ot-zones-model.schema.json');
  await expect(exportMenu(page)).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
});

test('keys used by the open menu do not reach the editor underneath', async ({ page }) => {
  await openEditor(page);
  await focusZone(page, 'z-operations', 2);
  const asset = assetNode(page, 'a-backup');
  await asset.click();
  await expect(asset).toHaveClass(/selected/);
  const before = await asset.boundingBox();

  await exportButton(page).click();
  await expect(item(page, 'PNG image 1x')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect(exportMenu(page)).toHaveCount(0);
  // Neither nudged (arrows) nor deselected (Escape).
  await expect(asset).toHaveClass(/selected/);
  expect(await asset.boundingBox()).toEqual(before);

  // A click outside closes the menu.
  await exportButton(page).click();
  await expect(exportMenu(page)).toBeVisible();
  await page.getByRole('complementary', { name: 'Palette' }).click({ position: { x: 5, y: 5 } });
  await expect(exportMenu(page)).toHaveCount(0);
});

test('the Documents panel: Tab walks its controls, Escape closes it back onto its button', async ({
  page,
}) => {
  await openEditor(page);
  const button = page.getByRole('button', { name: /Documents/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Documents' });
  await expect(panel).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'New diagram' })).toBeFocused();
  await page.screenshot({ path: '/tmp/menus/documents-panel-keyboard.png' });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(button).toBeFocused();
});
