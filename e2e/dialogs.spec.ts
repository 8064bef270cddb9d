/**
 * Every dialog is the one modal (src/app/ui/Modal.tsx): labelled by its title, focus kept inside
 * and given back to the button that opened it, Escape closes, and keys typed inside never edit the
 * diagram behind it.
 */
import { expect, type Page, test } from '@playwright/test';
import { openEditor, zoneHeader, zoneNode } from './editor-helpers';

async function checkModal(page: Page, open: () => Promise<void>, name: string | RegExp, trigger: string) {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('h2').first()).toHaveAttribute('id', /.+/);
  // Tab never reaches the page behind (the browser's modal focus trap; after the last control
  // focus may visit the browser's own UI, where the page sees no active element).
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const where = await dialog.evaluate((d) =>
      d.contains(document.activeElement)
        ? 'dialog'
        : document.activeElement === document.body
          ? 'none'
          : 'page',
    );
    expect(where).not.toBe('page');
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: trigger, exact: true })).toBeFocused();
}

test('dialogs: labelled, focus trapped and restored, Escape closes, diagram keys stay out', async ({
  page,
}) => {
  await openEditor(page);
  // A selected zone: Delete pressed inside a dialog must not delete it.
  await zoneHeader(page, 'z-dmz').click();
  await checkModal(
    page,
    async () => {
      await page.getByRole('button', { name: 'Templates', exact: true }).click();
      await page.keyboard.press('Delete');
    },
    'New from template',
    'Templates',
  );
  await expect(zoneNode(page, 'z-dmz')).toBeVisible();
  await checkModal(
    page,
    () => page.getByRole('button', { name: 'Compliance', exact: true }).click(),
    /Compliance matrix/,
    'Compliance',
  );
  await checkModal(
    page,
    () => page.getByRole('button', { name: 'Share', exact: true }).click(),
    'Share on the team server',
    'Share',
  );
  await page.screenshot({ path: 'test-results/dialogs-after.png' });
});
