/**
 * The Tables drawer (issue #14): registers in the app. Edit a cell in place (validated like the
 * inspector, one undo step), a row click selects the element and pans the canvas to it, sort and
 * filter, CSV download, and 5,000 asset rows scroll with only the rows in view in the DOM.
 */
import { expect, type Page, test } from '@playwright/test';
import { generatePlant } from '../src/domain/generate/plant-generator';
import { serializeModel } from '../src/domain/serialize/model-json';
import { assetsNamed, openEditor } from './editor-helpers';

const viewportTransform = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.react-flow__viewport');
    return el ? getComputedStyle(el).transform : '';
  });

test('edit a cell, undo it, row click selects and pans, sort, filter, CSV', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('tables-toggle').click();
  const drawer = page.getByRole('region', { name: 'Tables' });
  await expect(drawer).toBeVisible();
  const table = drawer.getByRole('table', { name: 'Assets register' });
  const erp = table.locator('tr[data-row-key="a-erp"]');
  await expect(erp).toBeVisible();

  // Edit the name in place: one undo step, shown on the canvas too.
  await erp.locator('td[data-column="name"]').dblclick();
  const input = drawer.getByRole('textbox', { name: 'Cell value' });
  await input.fill('ERP primary');
  await input.press('Enter');
  await expect(erp.locator('td[data-column="name"]')).toHaveText('ERP primary');

  // A refused value keeps the editor open with the inspector's message; Escape leaves it.
  await erp.locator('td[data-column="name"]').dblclick();
  await input.fill('   ');
  await input.press('Enter');
  await expect(drawer.getByRole('alert')).toHaveText('A name is required.');
  await page.screenshot({ path: 'test-results/tables-invalid.png' });
  await input.press('Escape');
  await expect(input).toHaveCount(0);
  await expect(erp.locator('td[data-column="name"]')).toHaveText('ERP primary');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(erp.locator('td[data-column="name"]')).not.toHaveText('ERP primary');

  // Row click: selects the asset (inspector shows it) and pans the canvas.
  const before = await viewportTransform(page);
  await table.locator('tr[data-row-key="a-email"] td[data-column="id"]').click();
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Name').first()).toHaveValue(
    /e?mail/i,
  );
  await expect.poll(() => viewportTransform(page)).not.toBe(before);
  await expect(page.locator('.react-flow__node-asset[data-id="a-email"]')).toHaveClass(/selected/);
  await expect(page.locator('tr[data-row-key="a-email"]')).toHaveAttribute('aria-selected', 'true');

  // Filter and sort.
  await drawer.getByRole('searchbox', { name: 'Filter rows' }).fill('a-erp');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await drawer.getByRole('searchbox', { name: 'Filter rows' }).fill('');
  await table.getByRole('columnheader', { name: 'ID' }).getByRole('button').click();
  const first = await table.locator('tbody tr').first().getAttribute('data-row-key');
  await table.getByRole('columnheader', { name: 'ID' }).getByRole('button').click();
  await expect(table.locator('tbody tr').first()).not.toHaveAttribute('data-row-key', first ?? '');

  // Zones tab: change a kind through a select; conduits tab; CSV download of the register.
  await drawer.getByRole('tab', { name: /Conduits/ }).click();
  const conduits = drawer.getByRole('table', { name: 'Conduits register' });
  await expect(conduits.locator('tbody tr').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await drawer.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/-conduits\.csv$/);
  await page.screenshot({ path: 'test-results/tables-conduits.png' });
  await expect(assetsNamed(page, 'ERP primary')).toHaveCount(0);

  // Presenting hides the drawer (the room sees the diagram); it is back afterwards.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(drawer).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeVisible();
});

test('5,000 asset rows: only the rows in view are in the DOM, and scrolling reaches the end', async ({
  page,
}) => {
  const plant = generatePlant('L', 1);
  await page.goto('/');
  await expect(page.locator('[data-save-status="saved"]')).toBeAttached();
  await page.getByTestId('open-json-input').setInputFiles({
    name: 'plant-l.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeModel(plant)),
  });
  await expect(page.getByTestId('document-name')).toHaveText(plant.meta.name);
  await page.getByTestId('tables-toggle').click();
  const table = page.getByRole('table', { name: 'Assets register' });
  await expect(table).toHaveAttribute('aria-rowcount', String(plant.assets.length + 1));
  const rendered = await table.locator('tbody tr').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);
  const last = plant.assets.at(-1)!;
  await page.getByTestId('register-assets').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(table.locator(`tr[data-row-key="${last.id}"]`)).toBeVisible();
  await page.screenshot({ path: 'test-results/tables-5000.png' });
});
