/**
 * Changing an element's zone in the inspector puts it at a free spot inside the new zone (not at
 * its old relative position, which made the new zone grow towards it), as one undo step.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { type Box, containsBox, overlaps } from '../src/domain/layout/geometry';
import { assetNode, focusZone, openEditor, zoneNode } from './editor-helpers';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

test('an asset moved to another zone in the inspector lands inside it, clear of its new siblings; one undo step', async ({
  page,
}) => {
  await openEditor(page);
  await focusZone(page, 'z-operations', 2);
  await assetNode(page, 'a-backup').click();
  const panel = inspector(page);
  await expect(panel.locator('[data-inspecting="asset"]')).toBeVisible();
  const supervisoryBefore = await box(zoneNode(page, 'z-supervisory'));

  await panel.getByLabel('Zone', { exact: true }).selectOption('z-supervisory');
  const moved = assetNode(page, 'a-backup');
  await expect(moved.locator('[data-zone-id]').first()).toHaveAttribute('data-zone-id', 'z-supervisory');
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await focusZone(page, 'z-supervisory', 2);

  const zone = await box(zoneNode(page, 'z-supervisory'));
  const asset = await box(moved);
  expect(containsBox(zone, asset)).toBe(true);
  const siblings = page.locator('.react-flow__node-asset[data-id]').filter({
    has: page.locator('[data-zone-id="z-supervisory"]'),
  });
  const ids = await siblings.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(ids.length).toBe(8); // seven siblings and the moved asset
  for (const id of ids) {
    if (id === 'a-backup') continue;
    expect(overlaps(asset, await box(assetNode(page, id!)))).toBe(false);
  }
  await page.screenshot({ path: '/tmp/menus/inspector-move-asset.png' });

  // One undo step takes it back to Site operations.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(moved.locator('[data-zone-id]').first()).toHaveAttribute('data-zone-id', 'z-operations');
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect(async () => {
    const after = await box(zoneNode(page, 'z-supervisory'));
    expect(after.height / after.width).toBeCloseTo(supervisoryBefore.height / supervisoryBefore.width, 2);
  }).toPass();
});

test('a zone nested in another zone from the inspector lands inside it, clear of what is already there', async ({
  page,
}) => {
  await openEditor(page);
  await zoneNode(page, 'z-engineering').locator('[data-testid="zone-name"]').click();
  const panel = inspector(page);
  await expect(panel.locator('[data-inspecting="zone"]')).toBeVisible();
  await panel.getByLabel('Inside zone').selectOption('z-operations');
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await focusZone(page, 'z-operations', 2);

  const nested = await box(zoneNode(page, 'z-engineering'));
  expect(containsBox(await box(zoneNode(page, 'z-operations')), nested)).toBe(true);
  const ids = await page
    .locator('.react-flow__node-asset')
    .filter({ has: page.locator('[data-zone-id="z-operations"]') })
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(ids.length).toBe(5);
  for (const id of ids) expect(overlaps(nested, await box(assetNode(page, id!)))).toBe(false);
  await page.screenshot({ path: '/tmp/menus/inspector-move-zone.png' });
});
