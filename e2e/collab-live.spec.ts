/**
 * Two people on one shared document (two browser contexts, the team server): an edit in one shows
 * in the other, pointers and selections show in each other's colour, and undo takes back only
 * one's own change.
 */
import { expect, test } from '@playwright/test';
import { connected, join, sharedDocument } from './collab-fixtures';
import { centre, zoneNode } from './editor-helpers';

test('an edit, a pointer and a selection in one context show in the other', async ({ browser, request }) => {
  const { links } = await sharedDocument(request);
  const ana = await join(browser, links.edit, 'Ana');
  const ben = await join(browser, links.edit, 'Ben');
  await connected(ana.page);
  await connected(ben.page);
  await expect(ana.page.getByTestId('participant')).toHaveAttribute('data-name', 'Ben');
  await expect(ben.page.getByTestId('participant')).toHaveAttribute('data-name', 'Ana');

  // Ana selects the control zone and points at the supervisory zone.
  await zoneNode(ana.page, 'z-control').locator('.zone-hit').first().click();
  const target = await centre(zoneNode(ana.page, 'z-super'));
  await ana.page.mouse.move(target.x, target.y, { steps: 4 });
  const outline = ben.page.locator('[data-testid="peer-selection"][data-peer="Ana"]');
  await expect(outline).toHaveAttribute('data-element', 'z-control');
  const cursor = ben.page.locator('[data-testid="peer-cursor"][data-peer="Ana"]');
  await expect(cursor).toBeVisible();
  // The pointer is in diagram coordinates: it lands on the same zone in Ben's view.
  const box = await zoneNode(ben.page, 'z-super').boundingBox();
  const tip = await cursor.boundingBox();
  expect(tip && box && tip.x >= box.x && tip.x <= box.x + box.width).toBeTruthy();

  // Ana renames the zone: Ben sees it.
  const name = ana.page.getByRole('region', { name: 'Inspector' }).getByLabel('Name', { exact: true });
  await name.fill('Pump control');
  await name.press('Enter');
  await expect(zoneNode(ben.page, 'z-control').getByTestId('zone-name')).toHaveText('Pump control');

  await ana.page.screenshot({ path: 'test-results/collab-live-ana.png' });
  await ben.page.screenshot({ path: 'test-results/collab-live-ben.png' });
  await ana.context.close();
  await ben.context.close();
});

test('undo takes back only my own change', async ({ browser, request }) => {
  const { links } = await sharedDocument(request);
  const ana = await join(browser, links.edit, 'Ana');
  const ben = await join(browser, links.edit, 'Ben');
  await connected(ana.page);
  await connected(ben.page);

  // Ana deletes the PLC; then Ben deletes the conduit.
  await ana.page.locator('.react-flow__node-asset[data-id="a-plc"]').click();
  await ana.page.keyboard.press('Delete');
  await expect(ben.page.locator('.react-flow__node-asset[data-id="a-plc"]')).toHaveCount(0);
  await expect(ana.page.getByTestId('conduit-label')).toHaveCount(1);
  await ben.page.getByTestId('conduit-label').click({ force: true });
  await ben.page.keyboard.press('Delete');
  await expect(ana.page.getByTestId('conduit-label')).toHaveCount(0);

  // Ana's undo brings back her PLC, not Ben's conduit; both see that.
  await ana.page.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const page of [ana.page, ben.page]) {
    await expect(page.locator('.react-flow__node-asset[data-id="a-plc"]')).toHaveCount(1);
    await expect(page.getByTestId('conduit-label')).toHaveCount(0);
  }
  // Nothing of Ben's is Ana's to undo.
  await expect(ana.page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await ana.context.close();
  await ben.context.close();
});

test('a drag moves live for the others and is committed on drop', async ({ browser, request }) => {
  const { links } = await sharedDocument(request);
  const ana = await join(browser, links.edit, 'Ana');
  const ben = await join(browser, links.edit, 'Ben');
  await connected(ana.page);
  await connected(ben.page);
  const before = (await zoneNode(ben.page, 'z-super').boundingBox())!;

  const header = await centre(zoneNode(ana.page, 'z-super').locator('.zone-hit').first());
  await ana.page.mouse.move(header.x, header.y);
  await ana.page.mouse.down();
  await ana.page.mouse.move(header.x + 5, header.y + 5, { steps: 3 });
  await ana.page.mouse.move(header.x + 60, header.y + 140, { steps: 12 });
  // Still held: Ben already sees the zone on its way (the drag overlay travels through presence).
  await expect
    .poll(async () => (await zoneNode(ben.page, 'z-super').boundingBox())!.y - before.y)
    .toBeGreaterThan(60);
  await ben.page.screenshot({ path: 'test-results/collab-drag-ben.png' });
  await ana.page.mouse.up();

  // Dropped: one committed move, the same on both sides, and one undo step for Ana.
  const anaBox = (await zoneNode(ana.page, 'z-super').boundingBox())!;
  await expect
    .poll(async () => Math.round((await zoneNode(ben.page, 'z-super').boundingBox())!.y - before.y))
    .toBe(Math.round(anaBox.y - before.y));
  await ana.page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect
    .poll(async () => Math.round((await zoneNode(ben.page, 'z-super').boundingBox())!.y))
    .toBe(Math.round(before.y));
  await ana.context.close();
  await ben.context.close();
});
