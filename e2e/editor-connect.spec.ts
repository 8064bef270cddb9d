import { expect, test } from '@playwright/test';
import {
  centre,
  focusZone,
  mouseDrag,
  openEditor,
  shot,
  zoneHeader,
  zoneNode,
  zonesNamed,
} from './editor-helpers';

const label = (page: import('@playwright/test').Page, name: string) =>
  page.getByTestId('conduit-label').filter({ hasText: name });

test('connect two zones by dragging from a zone handle; undo and redo', async ({ page }) => {
  await openEditor(page);
  await focusZone(page, 'z-remote-sites', 2);
  const conduitsBefore = await page.getByTestId('conduit-label').count();
  const from = zoneNode(page, 'z-remote-sites');
  await zoneHeader(page, 'z-remote-sites').hover();
  const handle = from.locator('.react-flow__handle[data-handlepos="right"]');
  const target = await centre(zoneHeader(page, 'z-wireless'));
  await mouseDrag(page, await centre(handle), { x: target.x, y: target.y + 40 });

  const created = label(page, 'Remote pumping stations ↔ Wireless instrumentation');
  await expect(created).toHaveCount(1);
  await expect(page.getByTestId('conduit-label')).toHaveCount(conduitsBefore + 1);
  // The new conduit is selected and shown in the inspector.
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText(
    'Remote pumping stations ↔ Wireless instrumentation',
  );
  await shot(page, 'editor-connect');

  await page.locator('body').press('Control+z');
  await expect(created).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(created).toHaveCount(1);
});

test('copy and paste a zone with its assets; paste again in a second tab', async ({ page, context }) => {
  await openEditor(page);
  await focusZone(page, 'z-safety', 2);
  await zoneHeader(page, 'z-safety').click();
  await expect(zoneNode(page, 'z-safety')).toHaveClass(/selected/);
  await page.keyboard.press('Control+c');
  await expect(page.getByTestId('toast').filter({ hasText: 'Copied 1 zone, 3 assets' })).toBeVisible();
  await page.keyboard.press('Control+v');

  const copy = zonesNamed(page, 'Chlorine safety system copy');
  await expect(copy).toHaveCount(1);
  const copyId = await copy.getAttribute('data-zone-id');
  expect(copyId).not.toBe('z-safety');
  await expect(page.locator(`[data-testid="asset-node"][data-zone-id="${copyId}"]`)).toHaveCount(3);
  // The copy sits beside the original, not on top of it, and is selected.
  const a = (await zoneNode(page, 'z-safety').boundingBox())!;
  const b = (await zoneNode(page, copyId!).boundingBox())!;
  const apart =
    b.x >= a.x + a.width || a.x >= b.x + b.width || b.y >= a.y + a.height || a.y >= b.y + b.height;
  expect(apart).toBe(true);
  await expect(zoneNode(page, copyId!)).toHaveClass(/selected/);
  await shot(page, 'editor-paste-zone');

  await page.keyboard.press('Control+z');
  await expect(copy).toHaveCount(0);

  // Duplicate (Ctrl+D) of an asset keeps it in its zone.
  await page.locator('.react-flow__node-asset[data-id="a-gas-detector"]').click();
  await page.keyboard.press('Control+d');
  await expect(page.locator('[data-testid="asset-node"][data-zone-id="z-safety"]')).toHaveCount(4);

  // Another tab of the editor pastes what this one copied.
  const other = await context.newPage();
  await openEditor(other);
  const before = await other.getByTestId('zone-node').count();
  await other.locator('body').press('Control+v');
  await expect(other.getByTestId('zone-node')).toHaveCount(before + 1);
});
