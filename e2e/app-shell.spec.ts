import { expect, test } from '@playwright/test';
import { openEditor, shot, zoneNode } from './editor-helpers';

test('opens on the demo model: zones with their assets, conduits, and the live findings', async ({
  page,
}) => {
  await openEditor(page);
  await expect(page.getByTestId('document-name')).toHaveText('Riverside Water Treatment Works');

  // Every region of the shell is there.
  await expect(page.getByRole('complementary', { name: 'Palette' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Findings' })).toBeVisible();

  // 13 zones (two of them nested), 45 assets, 12 conduits (two join three zones, drawn with a junction).
  await expect(page.getByTestId('zone-node')).toHaveCount(13);
  await expect(page.getByTestId('asset-node')).toHaveCount(45);
  await expect(page.getByTestId('conduit-label')).toHaveCount(12);
  await expect(page.getByTestId('conduit-junction')).toHaveCount(2);
  await expect(zoneNode(page, 'z-filtration').getByTestId('zone-node')).toHaveAttribute(
    'data-parent-id',
    'z-process',
  );
  await expect(
    page.locator('.react-flow__node-asset[data-id="a-sis"] [data-testid="asset-node"]'),
  ).toHaveAttribute('data-zone-id', 'z-safety');

  // The toolbar counts agree with the findings on the canvas: the demo has deliberate errors.
  const counts = page.getByTestId('finding-counts');
  await expect(counts).toBeVisible();
  const errors = Number(await page.getByTestId('count-error').getAttribute('data-count'));
  expect(errors).toBeGreaterThan(0);
  // Elements with findings carry a badge; at least one is an error badge.
  await expect(page.locator('[data-testid="finding-badge"][data-severity="error"]').first()).toBeVisible();
  // The conduit with a capability shortfall is drawn in the error colour.
  await expect(page.locator('[data-testid="conduit-label"][data-status="error"]').first()).toBeVisible();
  await shot(page, 'app-shell');
});
