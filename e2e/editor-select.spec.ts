import { expect, test } from '@playwright/test';
import { assetNode, focusZone, openEditor, shot, zoneNode } from './editor-helpers';

test('shift-click selects several elements; Delete removes them and undo brings them back', async ({
  page,
}) => {
  await openEditor(page);
  await focusZone(page, 'z-operations', 2);
  await assetNode(page, 'a-backup').click();
  await assetNode(page, 'a-ids').click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node-asset.selected')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('2 elements');
  await page.keyboard.press('Delete');
  await expect(assetNode(page, 'a-backup')).toHaveCount(0);
  await expect(assetNode(page, 'a-ids')).toHaveCount(0);
  await expect(page.getByTestId('toast').filter({ hasText: 'Deleted 2 elements' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(assetNode(page, 'a-backup')).toHaveCount(1);
  await expect(assetNode(page, 'a-ids')).toHaveCount(1);
});

test('deleting a zone takes its content and conduits with it, as one undo step', async ({ page }) => {
  await openEditor(page);
  const conduits = await page.getByTestId('conduit-label').count();
  await zoneNode(page, 'z-wireless').locator('.zone-hit').first().click();
  await page.keyboard.press('Backspace');
  await expect(zoneNode(page, 'z-wireless')).toHaveCount(0);
  await expect(page.locator('[data-testid="asset-node"][data-zone-id="z-wireless"]')).toHaveCount(0);
  await expect(page.getByTestId('conduit-label')).toHaveCount(conduits - 1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-testid="asset-node"][data-zone-id="z-wireless"]')).toHaveCount(4);
  await expect(page.getByTestId('conduit-label')).toHaveCount(conduits);
});

test('box selection with Shift+drag inside a zone selects the assets it encloses', async ({ page }) => {
  await openEditor(page);
  await focusZone(page, 'z-engineering', 2);
  const a = (await assetNode(page, 'a-laptop-rockwell').boundingBox())!;
  const b = (await assetNode(page, 'a-laptop-siemens').boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(a.x - 8, a.y - 8);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 8, b.y + b.height + 10, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node-asset.selected')).toHaveCount(2);
  await expect(zoneNode(page, 'z-engineering')).not.toHaveClass(/selected/);
  await shot(page, 'editor-box-select');
});

test('arrow keys nudge the selection, one undo step per press', async ({ page }) => {
  await openEditor(page);
  await focusZone(page, 'z-dmz', 2);
  const patch = assetNode(page, 'a-patch-server');
  await patch.click();
  const before = (await patch.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await patch.boundingBox())!.x).toBeGreaterThan(before.x + 1);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await patch.boundingBox())!.x)).toBe(Math.round(before.x));
});

test('auto-layout rearranges the whole diagram as one undo step', async ({ page }) => {
  await openEditor(page);
  const before = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.react-flow__node-zone')).map(
      (n) => `${n.getAttribute('data-id')}:${(n as HTMLElement).style.transform}`,
    ),
  );
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  // elkjs is loaded on first use: allow for a slow machine.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled({ timeout: 30_000 });
  const after = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.react-flow__node-zone')).map(
      (n) => `${n.getAttribute('data-id')}:${(n as HTMLElement).style.transform}`,
    ),
  );
  expect(after).not.toEqual(before);
  // Nothing overlaps after the layout: top-level zones are apart.
  const boxes = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.react-flow__node-zone'))
      .filter((n) => !n.querySelector('[data-parent-id]'))
      .map((n) => n.getBoundingClientRect().toJSON() as DOMRect),
  );
  for (const [i, p] of boxes.entries())
    for (const q of boxes.slice(i + 1))
      expect(p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height).toBe(
        false,
      );
  await shot(page, 'editor-auto-layout');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  const undone = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.react-flow__node-zone')).map(
      (n) => `${n.getAttribute('data-id')}:${(n as HTMLElement).style.transform}`,
    ),
  );
  expect(undone).toEqual(before);
});

test('dragging empty canvas pans the drawing and its dot grid together; the diagram is unchanged', async ({
  page,
}) => {
  await openEditor(page);
  const grid = page.getByTestId('canvas-grid');
  const zone = zoneNode(page, 'z-dmz');
  const gridBefore = (await grid.boundingBox())!;
  const zoneBefore = (await zone.boundingBox())!;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // Bottom-left corner of the canvas: no zone there in the demo at its fitted zoom.
  const from = { x: pane.x + 40, y: pane.y + pane.height - 60 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y - 40, { steps: 6 });
  // While the pane is dragged the drawing is one compositor layer (index.css).
  const willChange = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => getComputedStyle(el).willChange);
  expect(willChange).toBe('transform');
  await page.mouse.move(from.x + 120, from.y - 80, { steps: 6 });
  await page.mouse.up();
  const gridAfter = (await grid.boundingBox())!;
  const zoneAfter = (await zone.boundingBox())!;
  expect(gridAfter.x - gridBefore.x).toBeCloseTo(120, 0);
  expect(gridAfter.y - gridBefore.y).toBeCloseTo(-80, 0);
  expect(zoneAfter.x - zoneBefore.x).toBeCloseTo(120, 0);
  expect(zoneAfter.y - zoneBefore.y).toBeCloseTo(-80, 0);
  expect(await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).willChange)).toBe(
    'auto',
  );
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});
