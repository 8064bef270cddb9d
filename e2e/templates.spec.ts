import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

/** Start-up has restored and saved the document (generous: the CI machine is shared and slow). */
async function waitSaved(page: Page) {
  await expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 30_000 });
}

const TEMPLATES = ['purdue-reference', 'water-utility', 'discrete-manufacturing', 'pharma-batch'] as const;

function zoneNames(id: string): string[] {
  const model = JSON.parse(readFileSync(`src/samples/templates/${id}.json`, 'utf8'));
  return model.zones.map((z: { name: string }) => z.name);
}

async function openTemplate(page: Page, id: string) {
  await page.getByRole('button', { name: 'Templates' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-template-id]')).toHaveCount(4);
  await dialog
    .locator(`[data-template-id="${id}"]`)
    .getByRole('button', { name: /Use template/ })
    .click();
  await expect(dialog).toBeHidden();
}

test('the template dialog explains each template', async ({ page }) => {
  await page.goto('/');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Templates' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([
    'Purdue reference architecture',
    'Water and wastewater utility with remote sites',
    'Discrete manufacturing plant with cell/area zones',
    'Batch / pharma plant with validated MES',
  ]);
  await expect(dialog.locator('[data-template-id="water-utility"]')).toContainText('cellular');
  await page.screenshot({ path: 'e2e/screenshots/templates-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

for (const id of TEMPLATES) {
  test(`template ${id} opens as a new document with its zones and zero errors`, async ({ page }) => {
    await page.goto('/');
    await waitSaved(page);
    const demoName = await page.getByTestId('document-name').textContent();
    await openTemplate(page, id);
    const names = zoneNames(id);
    await expect(page.getByTestId('zone-node')).toHaveCount(names.length);
    for (const name of names)
      await expect(page.getByTestId('zone-name').filter({ hasText: name }).first()).toBeVisible();
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('document-name')).not.toHaveText(demoName ?? '');
    await waitSaved(page);
    await page.screenshot({ path: `e2e/screenshots/template-${id}.png` });
  });
}
