/** Issue 18: a dropped asset and a new sticky note land on a free spot, never on another element. */
import { expect, test } from '@playwright/test';
import { assetNode, assetsNamed, dropFromPalette, focusZone, paletteItem, zoneNode } from './editor-helpers';
import { openModel, smallPlant } from './persistence-fixtures';

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('an asset dropped onto another asset moves to the nearest free spot in the zone', async ({ page }) => {
  await openModel(page, smallPlant());
  await focusZone(page, 'z-ctl', 2);
  const plc = (await assetNode(page, 'a-plc').boundingBox())!;
  await dropFromPalette(page, paletteItem(page, 'asset', 'hmi'), {
    x: plc.x + plc.width / 2,
    y: plc.y + plc.height / 2,
  });
  const hmi = assetsNamed(page, 'HMI');
  await expect(hmi).toHaveAttribute('data-zone-id', 'z-ctl');
  const box = (await hmi.boundingBox())!;
  expect(overlaps(box, (await assetNode(page, 'a-plc').boundingBox())!)).toBe(false);
  const zone = (await zoneNode(page, 'z-ctl').boundingBox())!;
  expect(box.y).toBeGreaterThan(zone.y);
  await page.screenshot({ path: 'test-results/newuser-drop-free-spot.png' });
});

test('a new sticky note covers no zone', async ({ page }) => {
  await openModel(page, smallPlant());
  await page.getByRole('button', { name: 'Notes' }).click();
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByLabel('New note').fill('Check the firewall rule review');
  await notes.getByRole('button', { name: 'Add sticky note' }).click();
  const sticky = page.getByTestId('sticky-note');
  await expect(sticky).toHaveCount(1);
  const box = (await sticky.boundingBox())!;
  for (const id of ['z-ops', 'z-ctl'])
    expect(overlaps(box, (await zoneNode(page, id).boundingBox())!), id).toBe(false);
  await page.screenshot({ path: 'test-results/newuser-sticky-free-spot.png' });
});
