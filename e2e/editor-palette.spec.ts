import { expect, test } from '@playwright/test';
import {
  assetsNamed,
  dropFromPalette,
  focusZone,
  openEditor,
  paletteItem,
  shot,
  zoneNode,
} from './editor-helpers';

test('drag a PLC from the palette into a zone; undo and redo it', async ({ page }) => {
  await openEditor(page);
  await focusZone(page, 'z-dosing', 4);
  const dosing = zoneNode(page, 'z-dosing');
  const box = (await dosing.boundingBox())!;
  // An empty spot in the lower right of the dosing cell.
  const at = { x: box.x + box.width * 0.75, y: box.y + box.height * 0.8 };
  await dropFromPalette(page, paletteItem(page, 'asset', 'plc'), at);

  const plc = assetsNamed(page, 'PLC');
  await expect(plc).toHaveCount(1);
  await expect(plc).toHaveAttribute('data-zone-id', 'z-dosing');
  // The new asset is selected and drawn where it was dropped, inside the zone.
  const plcBox = (await plc.boundingBox())!;
  expect(plcBox.x).toBeGreaterThan(box.x);
  expect(plcBox.y + plcBox.height).toBeLessThan(box.y + box.height + 1);
  await expect(page.locator('.react-flow__node-asset.selected')).toHaveCount(1);
  await shot(page, 'editor-palette-drop-plc');

  await page.keyboard.press('Control+z');
  await expect(assetsNamed(page, 'PLC')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(assetsNamed(page, 'PLC')).toHaveAttribute('data-zone-id', 'z-dosing');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(assetsNamed(page, 'PLC')).toHaveCount(1);
});

test('an asset dropped on bare canvas is refused with a message, and nothing is created', async ({
  page,
}) => {
  await openEditor(page);
  const assetsBefore = await page.getByTestId('asset-node').count();
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  // The top left corner of the canvas is empty in the demo.
  await dropFromPalette(page, paletteItem(page, 'asset', 'hmi'), { x: canvas.x + 30, y: canvas.y + 30 });
  await expect(page.getByTestId('toast').filter({ hasText: 'Assets always live in a zone' })).toBeVisible();
  await expect(page.getByTestId('asset-node')).toHaveCount(assetsBefore);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await shot(page, 'editor-palette-refused');
});

test('keyboard only: select a zone, filter the palette, add an asset with Enter', async ({ page }) => {
  await openEditor(page);
  const before = await zoneNode(page, 'z-supervisory').count();
  expect(before).toBe(1);
  // Focus the zone on the canvas and select it with Enter (canvas nodes are keyboard focusable).
  await zoneNode(page, 'z-supervisory').focus();
  await page.keyboard.press('Enter');
  await expect(zoneNode(page, 'z-supervisory')).toHaveClass(/selected/);

  await page.getByLabel('Filter palette').focus();
  await page.keyboard.type('historian');
  await expect(page.getByTestId('palette-asset')).toHaveCount(1);
  // The item named like the filter is the target, not the zone kind whose description mentions
  // historians (listed first); the arrow keys move between items.
  await page.keyboard.press('ArrowDown');
  await expect(paletteItem(page, 'asset', 'historian')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(paletteItem(page, 'zone', 'operations')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(paletteItem(page, 'asset', 'historian')).toBeFocused();
  await page.keyboard.press('Enter');

  const added = assetsNamed(page, 'Historian');
  await expect(added).toHaveCount(1);
  await expect(added).toHaveAttribute('data-zone-id', 'z-supervisory');
  // It was placed in a free spot inside the zone, overlapping no other asset (measured once the
  // canvas has finished panning to the new asset).
  let newBox = (await added.boundingBox())!;
  await expect
    .poll(async () => {
      const previous = newBox;
      newBox = (await added.boundingBox())!;
      return previous.x === newBox.x && previous.y === newBox.y;
    })
    .toBe(true);
  const zoneBox = (await zoneNode(page, 'z-supervisory').boundingBox())!;
  const addedHandle = await added.elementHandle();
  expect(newBox.x).toBeGreaterThanOrEqual(zoneBox.x);
  expect(newBox.y + newBox.height).toBeLessThanOrEqual(zoneBox.y + zoneBox.height + 1);
  for (const other of await page.locator('.react-flow__node-asset [data-zone-id="z-supervisory"]').all()) {
    if (await other.evaluate((el, self) => el === self, addedHandle)) continue;
    const b = (await other.boundingBox())!;
    const overlap =
      b.x < newBox.x + newBox.width &&
      newBox.x < b.x + b.width &&
      b.y < newBox.y + newBox.height &&
      newBox.y < b.y + b.height;
    expect(overlap).toBe(false);
  }
  await shot(page, 'editor-keyboard-add');

  // Without a selected zone, the palette says what to do instead of guessing.
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await paletteItem(page, 'asset', 'historian').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toast').filter({ hasText: 'Select a zone first' })).toBeVisible();
});

test('the palette lists every asset type and zone kind and filters by typing', async ({ page }) => {
  await openEditor(page);
  await expect(page.getByTestId('palette-zone')).toHaveCount(9);
  expect(await page.getByTestId('palette-asset').count()).toBeGreaterThanOrEqual(40);
  await page.getByLabel('Filter palette').fill('wireless');
  await expect(page.getByTestId('palette-zone')).toHaveCount(0);
  const names = await page.getByTestId('palette-asset').allInnerTexts();
  expect(names).toEqual(expect.arrayContaining(['Wireless sensor', 'Wireless access point']));
  await page.getByLabel('Filter palette').fill('zzzz');
  await expect(page.getByText('Nothing matches')).toBeVisible();
});
