/** Issue 18: dropped and pasted elements and new sticky notes land on a free spot, never on another element. */
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

test('pasted assets and zones land beside their originals, never on top of another element', async ({
  page,
}) => {
  const plant = smallPlant();
  // A second PLC right of the first: the paste offset would put the copy across both.
  plant.assets.push({ id: 'a-plc2', name: 'PLC-2', type: 'plc', zoneId: 'z-ctl', slCapability: 2 });
  (plant.diagram.positions as Record<string, { x: number; y: number }>)['a-plc2'] = { x: 220, y: 70 };
  await openModel(page, plant);
  await focusZone(page, 'z-ctl', 2);
  await assetNode(page, 'a-plc').click();
  await page.keyboard.press('Control+c');
  for (const copies of [1, 2]) {
    await page.keyboard.press('Control+v');
    await expect(page.locator('[data-testid="asset-node"][data-zone-id="z-ctl"]')).toHaveCount(2 + copies);
  }
  const boxes = await page.locator('.react-flow__node-asset').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id'), x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (const a of boxes)
    for (const b of boxes) if (a !== b) expect(overlaps(a, b), `${a.id} on ${b.id}`).toBe(false);
  await page.screenshot({ path: 'test-results/newuser-paste-free-spot.png' });

  // A pasted zone covers no other zone either.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await zoneNode(page, 'z-ops').locator('.zone-hit').first().click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('zone-node')).toHaveCount(3);
  const zones = await page.locator('.react-flow__node-zone').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id'), x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (const a of zones)
    for (const b of zones) if (a !== b) expect(overlaps(a, b), `${a.id} on ${b.id}`).toBe(false);
});
