/**
 * The drawers right of the canvas share the space (src/app/shell/panels.ts): opening one closes
 * the one that was open; the tables drawer under the canvas opens alongside; presenting hides all.
 */
import { expect, test } from '@playwright/test';
import { openEditor } from './editor-helpers';

test('one right-hand drawer at a time, tables alongside, none while presenting', async ({ page }) => {
  await openEditor(page);
  const analysis = page.getByRole('region', { name: 'Analysis' });
  const notes = page.locator('[aria-label="Notes"]').filter({ hasText: /sticky/i });
  const risk = page.getByRole('complementary', { name: 'Risk workshop' });
  const tables = page.getByRole('region', { name: 'Tables' });

  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(analysis).toBeVisible();
  await page.getByRole('button', { name: /^Notes/ }).click();
  await expect(notes).toBeVisible();
  await expect(analysis).toBeHidden();
  await page.getByRole('button', { name: 'Risk workshop' }).click();
  await expect(risk).toBeVisible();
  await expect(notes).toBeHidden();
  await page.getByRole('button', { name: 'Tables' }).click();
  await expect(tables).toBeVisible();
  await expect(risk).toBeVisible();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(analysis).toBeVisible();
  await expect(risk).toBeHidden();
  await expect(tables).toBeVisible();

  await page.getByRole('button', { name: 'Present' }).click();
  await expect(analysis).toBeHidden();
  await expect(tables).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(analysis).toBeVisible();
});
