/**
 * Issue 18, first view: after an import into the open diagram and after a CSV inventory import
 * that creates zones, the view re-fits so the result is on screen (even when the user had zoomed in).
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { focusZone } from './editor-helpers';
import { openModel, smallPlant } from './persistence-fixtures';

async function expectAllZonesInView(page: Page) {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  // The re-fit animates for 250 ms: poll until every zone is inside the canvas.
  await expect
    .poll(
      async () =>
        page.locator('.react-flow__node-zone').evaluateAll(
          (els, c) =>
            els
              .filter((el) => {
                const r = el.getBoundingClientRect();
                return (
                  r.x < c.x - 1 ||
                  r.y < c.y - 1 ||
                  r.right > c.x + c.width + 1 ||
                  r.bottom > c.y + c.height + 1
                );
              })
              .map((el) => el.getAttribute('data-id')),
          canvas,
        ),
      { timeout: 5_000 },
    )
    .toEqual([]);
}

test('a CSV inventory that creates zones re-fits the view to show them', async ({ page }) => {
  await openModel(page, smallPlant());
  await focusZone(page, 'z-ops', 3);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('menuitem', { name: /Import asset inventory/ }).click();
  const dialog = page.getByTestId('inventory-dialog');
  const csv = [
    'Name,IP Address,Type,Zone',
    'hist-2,10.0.0.2,Historian,Operations',
    'plc-7,10.0.1.7,PLC,Line 3 cell',
    'plc-8,10.0.1.8,PLC,Line 4 cell',
    'fw-1,10.0.9.1,Firewall,Plant DMZ',
  ].join('\n');
  await dialog
    .getByTestId('inventory-file-input')
    .setInputFiles({ name: 'line-3.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByTestId('inventory-summary')).toContainText('3 new zones');
  await dialog.getByRole('button', { name: /^Import \d+ assets?/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('zone-node')).toHaveCount(5);
  await expectAllZonesInView(page);
  await page.screenshot({ path: 'test-results/newuser-refit-csv.png' });
});

test('replacing the diagram with an import from another tool re-fits the view', async ({ page }) => {
  await openModel(page, smallPlant());
  await focusZone(page, 'z-ops', 3);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: /Import from another tool/ }).click();
  await (await chooser).setFiles({
    name: 'plant-network.drawio',
    mimeType: 'application/octet-stream',
    buffer: readFileSync('test-support/interop/fixtures/ot-drawio/plant-network.drawio'),
  });
  const dialog = page.getByTestId('foreign-import');
  await dialog.getByRole('button', { name: 'Replace this diagram' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('zone-node')).toHaveCount(6);
  await expectAllZonesInView(page);
  await page.screenshot({ path: 'test-results/newuser-refit-import.png' });
});
