import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openModel, smallPlant, storedText, waitSaved, writeDocuments } from './persistence-fixtures';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

async function downloadText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

async function renameZone(page: Page, zoneId: string, name: string) {
  await page.locator(`[data-zone-id="${zoneId}"] [data-testid="zone-name"]`).click();
  const field = inspector(page).getByLabel('Name', { exact: true });
  await field.fill(name);
  await field.press('Enter');
  await expect(page.locator(`[data-zone-id="${zoneId}"] [data-testid="zone-name"]`)).toHaveText(name);
}

async function openDocuments(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /Documents/ }).click();
  const menu = page.getByRole('region', { name: 'Documents' });
  await expect(menu).toBeVisible();
  return menu;
}

test('edits are saved automatically and a reload restores the diagram byte for byte', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openModel(page, smallPlant());
  await renameZone(page, 'z-ops', 'Operations <script>alert(1)</script>');
  await page.locator('[data-testid="conduit-label"][data-conduit-id="c-1"]').click({ force: true });
  await inspector(page).getByLabel('Capability (SL-C)', { exact: true }).selectOption('2');

  // Saved without leaving the page (a crash would not lose it).
  await expect.poll(async () => (await storedText(page, 'doc-e2e')) ?? '').toContain('"slCapability": 2');
  await waitSaved(page);
  const menu = await openDocuments(page);
  const before = await downloadText(page, menu.getByRole('button', { name: 'Download open diagram' }));
  expect(before.name).toBe('Pump-station.otz.json');

  await page.reload();
  await expect(page.locator('[data-zone-id="z-ops"] [data-testid="zone-name"]')).toHaveText(
    'Operations <script>alert(1)</script>',
  );
  const after = await downloadText(
    page,
    (await openDocuments(page)).getByRole('button', { name: 'Download open diagram' }),
  );
  expect(after.text).toBe(before.text);
  expect(JSON.parse(after.text).conduits[0].slCapability).toBe(2);
  expect(dialogs).toEqual([]); // the markup in the name stayed text: no script ran
});

test('documents menu: new, rename, duplicate, open and delete (delete asks first)', async ({ page }) => {
  await openModel(page, smallPlant());
  let menu = await openDocuments(page);
  const rows = menu.getByRole('list', { name: 'Saved diagrams' }).getByRole('listitem');
  await expect(rows).toHaveCount(2); // the demo stored at first start, and Pump station
  await expect(rows.filter({ hasText: 'open now' })).toContainText('Pump station');

  await menu.getByRole('button', { name: 'New diagram' }).click();
  await expect(page.getByTestId('document-name')).toHaveText('Untitled diagram');
  await expect(page.locator('[data-testid="zone-node"]')).toHaveCount(0);
  await waitSaved(page);

  menu = await openDocuments(page);
  await expect(rows).toHaveCount(3);
  await menu.getByRole('button', { name: 'Rename Untitled diagram' }).click();
  const nameInput = menu.getByLabel('New name for Untitled diagram');
  await nameInput.fill('');
  await expect(menu.getByRole('alert')).toHaveText('A name is required.');
  await nameInput.fill('Filter plant');
  await nameInput.press('Enter');
  await expect(page.getByTestId('document-name')).toHaveText('Filter plant');

  await menu.getByRole('button', { name: 'Duplicate Pump station' }).click();
  await expect(menu.getByRole('button', { name: 'Open Pump station (copy)' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/persistence-documents-menu.png' });
  await menu.getByRole('button', { name: 'Open Pump station (copy)' }).click();
  await expect(page.getByTestId('document-name')).toHaveText('Pump station (copy)');
  await expect(page.locator('.react-flow__node[data-id="z-ops"]')).toBeVisible();

  menu = await openDocuments(page);
  await menu.getByRole('button', { name: 'Delete Filter plant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this diagram?' });
  await expect(dialog).toContainText('“Filter plant” will be removed');
  await page.screenshot({ path: 'e2e/screenshots/persistence-delete-dialog.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(menu.getByRole('button', { name: 'Open Filter plant' })).toBeVisible();
  await menu.getByRole('button', { name: 'Delete Filter plant' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(menu.getByRole('button', { name: 'Open Filter plant' })).toHaveCount(0);
  await expect(rows).toHaveCount(3);

  // The last opened document comes back after a reload.
  await page.reload();
  await expect(page.getByTestId('document-name')).toHaveText('Pump station (copy)');
});

test('without IndexedDB: a banner, work kept in memory, one-click download, and recovery after reload', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  // Leaving a page whose work exists nowhere else asks first; accept, as a user reloading would.
  let asked = false;
  page.on('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.accept();
  });
  await page.goto('/');
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText('Not saving.');
  await expect(banner).toContainText('Your work stays in this tab only');
  await expect(page.locator('[data-save-status="memory-only"]')).toBeVisible();

  // Editing still works; the change is downloadable at once.
  const name = inspector(page).getByLabel('Diagram name');
  await name.fill('Kept in memory');
  await name.press('Enter');
  await expect(page.getByTestId('document-name')).toHaveText('Kept in memory');
  await page.screenshot({ path: 'e2e/screenshots/persistence-no-indexeddb.png' });
  const file = await downloadText(page, banner.getByRole('button', { name: 'Download a copy' }));
  expect(JSON.parse(file.text).meta.name).toBe('Kept in memory');

  // The backup copy in localStorage brings the work back after a reload instead of a blank app.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('ot-zones:rescue') ?? ''))
    .toContain('Kept in memory');
  await page.reload();
  expect(asked).toBe(true);
  await expect(page.getByTestId('document-name')).toHaveText('Kept in memory');
  await expect(page.getByTestId('storage-banner')).toContainText('was restored');
});

test('storage full: a banner and a backup copy, then saving resumes once space is back', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if ((window as unknown as { __quotaFull?: boolean }).__quotaFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openModel(page, smallPlant());
  await page.evaluate(() => {
    (window as unknown as { __quotaFull?: boolean }).__quotaFull = true;
  });
  await renameZone(page, 'z-ops', 'Renamed while full');
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText('Storage full.');
  await expect(banner).toContainText('A backup copy was kept in local storage');
  await page.screenshot({ path: 'e2e/screenshots/persistence-quota.png' });
  expect(await storedText(page, 'doc-e2e')).not.toContain('Renamed while full');

  await page.evaluate(() => {
    (window as unknown as { __quotaFull?: boolean }).__quotaFull = false;
  });
  await renameZone(page, 'z-ctl', 'Renamed after');
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('storage-notice')).toContainText('Saving again.');
  await waitSaved(page);
  const text = (await storedText(page, 'doc-e2e'))!;
  expect(text).toContain('Renamed while full');
  expect(text).toContain('Renamed after');
});

test('a damaged stored document is replaced by its last good snapshot, not a blank app', async ({ page }) => {
  await page.goto('/');
  await waitSaved(page);
  const good = JSON.stringify(smallPlant(), null, 2);
  await writeDocuments(
    page,
    [{ id: 'doc-bad', name: 'Pump station', text: `${good.slice(0, 200)}\u0000garbage`, previousText: good }],
    'doc-bad',
  );
  await page.reload();
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('The saved copy of “Pump station” could not be read');
  await expect(notice).toContainText('previous version');
  await expect(page.getByTestId('document-name')).toHaveText('Pump station');
  await expect(page.locator('.react-flow__node[data-id="z-ctl"]')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/persistence-damaged.png' });
  const damaged = await downloadText(page, notice.getByRole('button', { name: 'Download damaged text' }));
  expect(damaged.text).toContain('garbage');
  // The good text is written back over the damaged one.
  await expect
    .poll(async () => JSON.parse((await storedText(page, 'doc-bad'))!).meta.name)
    .toBe('Pump station');
});

test('two tabs on one document: no silent overwrite; reload or save as a copy', async ({ page, context }) => {
  await openModel(page, smallPlant());
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByTestId('document-name')).toHaveText('Pump station');
  await waitSaved(other);

  // Tab 1 saves a change; tab 2 is told and stops auto-saving.
  await renameZone(page, 'z-ops', 'Ops from tab 1');
  await waitSaved(page);
  const conflict = other.getByTestId('conflict-banner');
  await expect(conflict).toContainText('Changed in another tab.');

  // Tab 2 edits anyway: its change is not written over tab 1's.
  await renameZone(other, 'z-ctl', 'Control from tab 2');
  await expect(conflict).toContainText('your changes here were not saved over it');
  await other.screenshot({ path: 'e2e/screenshots/persistence-two-tabs.png' });
  await page.waitForTimeout(1500); // longer than the auto-save delay: a save, if any, would have happened
  const stored = (await storedText(page, 'doc-e2e'))!;
  expect(stored).toContain('Ops from tab 1');
  expect(stored).not.toContain('Control from tab 2');

  // Tab 2 keeps its version as a copy; tab 1's document is left alone.
  await conflict.getByRole('button', { name: 'Save mine as a copy' }).click();
  await expect(conflict).toBeHidden();
  await expect(other.getByTestId('document-name')).toHaveText('Pump station (copy)');
  await expect(other.locator('[data-zone-id="z-ctl"] [data-testid="zone-name"]')).toHaveText(
    'Control from tab 2',
  );
  await expect(other.locator('[data-zone-id="z-ops"] [data-testid="zone-name"]')).toHaveText('Operations');
  await page.reload();
  await expect(page.locator('[data-zone-id="z-ops"] [data-testid="zone-name"]')).toHaveText('Ops from tab 1');
  await expect(page.locator('[data-zone-id="z-ctl"] [data-testid="zone-name"]')).toHaveText('Control');

  // The other way out: reload the newer version.
  await renameZone(page, 'z-ops', 'Ops again from tab 1');
  await waitSaved(page);
  await other.getByRole('button', { name: /Documents/ }).click();
  await other
    .getByRole('region', { name: 'Documents' })
    .getByRole('button', { name: 'Open Pump station', exact: true })
    .click();
  await expect(other.locator('[data-zone-id="z-ops"] [data-testid="zone-name"]')).toHaveText(
    'Ops again from tab 1',
  );
  await renameZone(page, 'z-ctl', 'Control, newest');
  await expect(conflict).toContainText('Changed in another tab.');
  await conflict.getByRole('button', { name: 'Reload newer version' }).click();
  await expect(conflict).toBeHidden();
  await expect(other.locator('[data-zone-id="z-ctl"] [data-testid="zone-name"]')).toHaveText(
    'Control, newest',
  );
});
