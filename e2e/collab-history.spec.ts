/**
 * The history of a shared diagram: the checkpoint made when it was shared, a named version with a
 * note and its author, opening a version read-only, comparing with it, downloading it, and restoring it as a new
 * change that everyone sees.
 */
import { expect, test } from '@playwright/test';
import { connected, join, sharedDocument } from './collab-fixtures';
import { zoneNode } from './editor-helpers';

test('save a version, open it read-only, download it and restore it', async ({ browser, request }) => {
  const { links } = await sharedDocument(request);
  const ana = await join(browser, links.edit, 'Ana');
  const page = ana.page;
  await connected(page);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const dialog = page.getByTestId('history-dialog');
  await expect(dialog.getByTestId('version')).toHaveCount(1); // the checkpoint made on sharing
  await dialog.getByLabel('Save the current diagram as a version').fill('Before workshop 3');
  await dialog.getByLabel('Note').fill('Agreed with operations');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  const saved = dialog.getByTestId('version').filter({ hasText: 'Before workshop 3' });
  await expect(saved).toContainText('Ana');
  await expect(saved).toContainText('Agreed with operations');
  await page.screenshot({ path: 'test-results/collab-history.png' });

  // Download it as JSON.
  const download = page.waitForEvent('download');
  await saved.getByRole('button', { name: /^Download/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.otz\.json$/);

  // Open it read-only in a tab of its own.
  const popup = page.waitForEvent('popup');
  await saved.getByRole('button', { name: /^Open/ }).click();
  const version = await popup;
  await expect(version.getByTestId('version-view')).toContainText('Before workshop 3');
  await expect(zoneNode(version, 'z-control')).toBeVisible();
  await version.close();

  // Change the diagram, then restore the version: a new change on top, seen live.
  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
  await zoneNode(page, 'z-control').locator('.zone-hit').first().click();
  const name = page.getByRole('region', { name: 'Inspector' }).getByLabel('Name', { exact: true });
  await name.fill('Renamed after the version');
  await name.press('Enter');
  await expect(zoneNode(page, 'z-control').getByTestId('zone-name')).toHaveText('Renamed after the version');
  // Compare the diagram with the version on the server: the rename is the one change.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await dialog
    .getByTestId('version')
    .filter({ hasText: 'Before workshop 3' })
    .getByRole('button', { name: /^Compare/ })
    .click();
  const compare = page.getByRole('region', { name: 'Compare' });
  await expect(compare).toContainText('with version “Before workshop 3”');
  await expect(compare.getByTestId('compare-summary')).toContainText('0 added, 0 removed, 1 changed');
  await expect(compare.locator('li[data-id="z-control"]')).toContainText(
    'name: Control → Renamed after the version',
  );
  await compare.getByRole('button', { name: 'Close comparison' }).click();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  await dialog
    .getByTestId('version')
    .filter({ hasText: 'Before workshop 3' })
    .getByRole('button', { name: /^Restore/ })
    .click();
  await expect(zoneNode(page, 'z-control').getByTestId('zone-name')).toHaveText('Control');
  // The history records the restore; nothing was rewritten.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(dialog.getByTestId('version').filter({ hasText: 'Restored' })).toHaveCount(1);
  await expect(dialog.getByTestId('version')).toHaveCount(3);
  await ana.context.close();
});
