import { expect, test } from '@playwright/test';
import {
  assetNode,
  centre,
  dropFromPalette,
  errorCount,
  focusZone,
  mouseDrag,
  openEditor,
  paletteItem,
  shot,
  zoneHeader,
  zoneNode,
  zonesNamed,
} from './editor-helpers';

test('drag an asset into another zone: membership and findings change; undo and redo', async ({ page }) => {
  await openEditor(page);
  await focusZone(page, 'z-engineering', 3);
  const laptop = assetNode(page, 'a-laptop-rockwell');
  await expect(laptop.getByTestId('asset-node')).toHaveAttribute('data-zone-id', 'z-engineering');
  await expect(laptop.getByTestId('finding-badge')).toHaveCount(0);
  const errorsBefore = await errorCount(page);

  // Into the supervisory zone, below its assets: a transient laptop among permanent servers.
  const target = (await zoneNode(page, 'z-supervisory').boundingBox())!;
  await mouseDrag(page, await centre(laptop), {
    x: target.x + target.width - 90,
    y: target.y + target.height - 30,
  });

  await expect(laptop.getByTestId('asset-node')).toHaveAttribute('data-zone-id', 'z-supervisory');
  await expect(laptop.getByTestId('finding-badge')).toHaveAttribute('data-severity', 'error');
  expect(await errorCount(page)).toBeGreaterThan(errorsBefore);
  // The laptop is drawn inside its new zone.
  const moved = (await laptop.boundingBox())!;
  const zoneNow = (await zoneNode(page, 'z-supervisory').boundingBox())!;
  expect(moved.x).toBeGreaterThanOrEqual(zoneNow.x);
  expect(moved.y + moved.height).toBeLessThanOrEqual(zoneNow.y + zoneNow.height + 1);
  await shot(page, 'editor-drag-asset-reparented');

  // One drag is one undo step.
  await page.keyboard.press('Control+z');
  await expect(laptop.getByTestId('asset-node')).toHaveAttribute('data-zone-id', 'z-engineering');
  await expect(laptop.getByTestId('finding-badge')).toHaveCount(0);
  expect(await errorCount(page)).toBe(errorsBefore);
  await page.keyboard.press('Control+Shift+z');
  await expect(laptop.getByTestId('asset-node')).toHaveAttribute('data-zone-id', 'z-supervisory');
});

test('dragging an asset out onto bare canvas is refused; it stays where it was', async ({ page }) => {
  await openEditor(page);
  await focusZone(page, 'z-engineering', 2);
  const laptop = assetNode(page, 'a-laptop-siemens');
  const before = (await laptop.boundingBox())!;
  const zone = (await zoneNode(page, 'z-engineering').boundingBox())!;
  await mouseDrag(page, await centre(laptop), { x: zone.x - 120, y: zone.y + 20 });
  await expect(page.getByTestId('toast').filter({ hasText: 'Assets always live in a zone' })).toBeVisible();
  await expect(laptop.getByTestId('asset-node')).toHaveAttribute('data-zone-id', 'z-engineering');
  const after = (await laptop.boundingBox())!;
  expect(Math.abs(after.x - before.x)).toBeLessThan(2);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('moving a zone moves everything inside it, as one undo step', async ({ page }) => {
  await openEditor(page);
  await focusZone(page, 'z-safety', 2);
  const sis = assetNode(page, 'a-sis');
  const sisBefore = (await sis.boundingBox())!;
  const header = await centre(zoneHeader(page, 'z-safety'));
  await page.mouse.move(header.x, header.y);
  await page.mouse.down();
  await page.mouse.move(header.x + 30, header.y + 40, { steps: 8 });
  // While it moves, the zone and what it holds sit on their own compositor layers (no repaint of
  // the canvas under them each frame); nothing else does, and it ends with the drop.
  await expect(sis).toHaveClass(/\bmoving\b/);
  await expect(zoneNode(page, 'z-safety')).toHaveClass(/\bmoving\b/);
  expect(await sis.evaluate((el) => getComputedStyle(el).willChange)).toBe('transform');
  await expect(zoneNode(page, 'z-dmz')).not.toHaveClass(/\bmoving\b/);
  await page.mouse.move(header.x + 60, header.y + 90, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__node.moving')).toHaveCount(0);
  const sisAfter = (await sis.boundingBox())!;
  expect(sisAfter.y - sisBefore.y).toBeGreaterThan(40);
  expect(sisAfter.x - sisBefore.x).toBeGreaterThan(20);
  await expect(sis.getByTestId('asset-node')).toHaveAttribute('data-zone-id', 'z-safety');
  await page.keyboard.press('Control+z');
  const sisUndone = (await sis.boundingBox())!;
  expect(Math.abs(sisUndone.y - sisBefore.y)).toBeLessThan(2);
  expect(Math.abs(sisUndone.x - sisBefore.x)).toBeLessThan(2);
});

test('create a zone, nest a zone in it, resize it; undo each step and redo', async ({ page }) => {
  await openEditor(page);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const zonesBefore = await page.getByTestId('zone-node').count();

  // A new top-level zone on bare canvas (top left of the demo is empty).
  await dropFromPalette(page, paletteItem(page, 'zone', 'field'), { x: canvas.x + 110, y: canvas.y + 60 });
  const outer = zonesNamed(page, 'Field');
  await expect(outer).toHaveCount(1);
  await expect(outer).not.toHaveAttribute('data-parent-id');
  const outerId = await outer.getAttribute('data-zone-id');
  // Zoom in on it so the next drop and the resize are comfortable.
  await focusZone(page, outerId!, 4);

  // A zone dropped onto it is nested.
  const outerBox = (await zoneNode(page, outerId!).boundingBox())!;
  await dropFromPalette(page, paletteItem(page, 'zone', 'safety'), {
    x: outerBox.x + outerBox.width / 2,
    y: outerBox.y + outerBox.height / 2,
  });
  const inner = zonesNamed(page, 'Safety');
  await expect(inner).toHaveCount(1);
  await expect(inner).toHaveAttribute('data-parent-id', outerId!);
  await expect(page.getByTestId('zone-node')).toHaveCount(zonesBefore + 2);
  await shot(page, 'editor-nested-zone');

  // Resize the outer zone from its bottom-right corner.
  await zoneHeader(page, outerId!).click();
  const before = (await zoneNode(page, outerId!).boundingBox())!;
  const corner = zoneNode(page, outerId!).locator('.react-flow__resize-control.handle.bottom.right');
  await mouseDrag(page, await centre(corner), {
    x: before.x + before.width + 120,
    y: before.y + before.height + 80,
  });
  const after = (await zoneNode(page, outerId!).boundingBox())!;
  expect(after.width - before.width).toBeGreaterThan(60);
  expect(after.height - before.height).toBeGreaterThan(40);
  await shot(page, 'editor-resized-zone');

  // Undo: resize, nesting, creation, one step each.
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => Math.round((await zoneNode(page, outerId!).boundingBox())!.width))
    .toBe(Math.round(before.width));
  await page.keyboard.press('Control+z');
  await expect(inner).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(outer).toHaveCount(0);
  await expect(page.getByTestId('zone-node')).toHaveCount(zonesBefore);
  // Redo brings all three back.
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(zonesNamed(page, 'Safety')).toHaveAttribute('data-parent-id', outerId!);
  await expect
    .poll(async () => Math.round((await zoneNode(page, outerId!).boundingBox())!.width))
    .toBe(Math.round(after.width));
});

test('the junction of a multi-zone conduit follows a dragged zone during the drag, not only on drop', async ({
  page,
}) => {
  await openEditor(page);
  const junction = page.locator('.react-flow__node-junction[data-id="junction::c-engineering-cells"]');
  const before = (await junction.boundingBox())!;
  const header = await centre(zoneHeader(page, 'z-engineering'));
  await page.mouse.move(header.x, header.y);
  await page.mouse.down();
  await page.mouse.move(header.x - 30, header.y - 45, { steps: 6 });
  await page.mouse.move(header.x - 60, header.y - 90, { steps: 6 });
  // Mid-drag: one of its three zones moved, so the junction moved by about a third of that.
  const during = (await junction.boundingBox())!;
  expect(during.y).toBeLessThan(before.y - 5);
  expect(during.x).toBeLessThan(before.x - 2);
  await shot(page, 'editor-drag-junction-follows');
  await page.mouse.up();
  await expect(junction).toBeVisible();
});
