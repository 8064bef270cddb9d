/**
 * Diagram colours and security device ends (issue #14): a colour picked in the inspector shows on
 * the canvas (zone, asset, conduit) in light and dark themes, is one undo step, and reaches the SVG
 * export; a conduit's security device is placed at an end from the inspector or the conduit
 * register and drawn as a device mark there.
 */
import { expect, test } from '@playwright/test';
import { assetNode, openEditor, zoneNode } from './editor-helpers';

test('colour a zone, an asset and a conduit; undo; dark theme; SVG export carries it', async ({ page }) => {
  await openEditor(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });

  await zoneNode(page, 'z-enterprise').locator('.zone-hit').first().click();
  await inspector.getByRole('button', { name: 'Colour Violet' }).click();
  await expect(zoneNode(page, 'z-enterprise').getByTestId('zone-node')).toHaveAttribute(
    'data-colour',
    'violet',
  );
  await expect(inspector.getByRole('button', { name: 'Colour Violet' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(zoneNode(page, 'z-enterprise').getByTestId('zone-node')).not.toHaveAttribute(
    'data-colour',
    /.+/,
  );
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(zoneNode(page, 'z-enterprise').getByTestId('zone-node')).toHaveAttribute(
    'data-colour',
    'violet',
  );

  await assetNode(page, 'a-erp').click();
  await inspector.getByRole('button', { name: 'Colour Red' }).click();
  await expect(assetNode(page, 'a-erp').getByTestId('asset-node')).toHaveAttribute('data-colour', 'red');

  // Conduit from the conduit register; then its colour and device in the inspector.
  await page.getByTestId('tables-toggle').click();
  const drawer = page.getByRole('region', { name: 'Tables' });
  await drawer.getByRole('tab', { name: /Conduits/ }).click();
  await drawer.locator('tr[data-row-key="c-enterprise-dmz"] td[data-column="id"]').click();
  await inspector.getByRole('button', { name: 'Colour Teal' }).click();
  await inspector.getByLabel('Security device').selectOption('both');
  const edge = page.locator('.react-flow__edge[data-id="c-enterprise-dmz"]');
  await expect(edge.getByTestId('device-mark')).toHaveCount(2);
  // The register shows it; setting it there to one end leaves one mark.
  const device = drawer.locator('tr[data-row-key="c-enterprise-dmz"] td[data-column="device"]');
  await expect(device).toHaveText('Both ends');
  await device.dblclick();
  await drawer.getByRole('combobox', { name: 'Cell value' }).selectOption('second');
  await expect(device).toHaveText(/^At /);
  await expect(edge.getByTestId('device-mark')).toHaveCount(1);
  await drawer.getByRole('button', { name: 'Close tables' }).click();
  await page.screenshot({ path: 'test-results/colours-light.png' });

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.screenshot({ path: 'test-results/colours-dark.png' });
  await page.getByRole('button', { name: 'Switch to light theme' }).click();

  // SVG export draws the zone's violet and the device mark.
  await page
    .getByRole('button', { name: /Export/ })
    .first()
    .click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^SVG/ }).first().click();
  const file = await download;
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const svg = readFileSync(path!, 'utf8');
  expect(svg).toContain('#7c3aed');
  expect(svg).toContain('class="device"');
});
