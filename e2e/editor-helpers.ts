/** Helpers for the editor specs: locating canvas elements and driving drag gestures like a user. */
import { expect, type Locator, type Page } from '@playwright/test';

export const zoneNode = (page: Page, id: string) => page.locator(`.react-flow__node-zone[data-id="${id}"]`);
export const zoneHeader = (page: Page, id: string) => zoneNode(page, id).locator('.zone-hit').first();
export const assetNode = (page: Page, id: string) => page.locator(`.react-flow__node-asset[data-id="${id}"]`);
export const assetsNamed = (page: Page, name: string) =>
  page
    .getByTestId('asset-node')
    .filter({ has: page.getByTestId('asset-name').getByText(name, { exact: true }) });
export const zonesNamed = (page: Page, name: string) =>
  page
    .getByTestId('zone-node')
    .filter({ has: page.getByTestId('zone-name').getByText(name, { exact: true }) });
export const paletteItem = (page: Page, kind: 'asset' | 'zone', id: string) =>
  page
    .getByRole('complementary', { name: 'Palette' })
    .locator(`[data-palette-kind="${kind}"][data-palette-id="${id}"]`);

/**
 * Opens the demo and fits all of it into view: the demo opens zoomed in on its welcome note
 * (canvas/start-view.ts); the specs work on the whole plant.
 */
export async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await expect(zoneNode(page, 'z-supervisory')).toBeVisible();
  await page.waitForFunction(() => !!document.querySelector('.react-flow__viewport'));
  await fitAll(page);
}

/** "Fit to view", waiting until the fit (200 ms animation) has settled. */
export async function fitAll(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  await page.getByRole('button', { name: 'Fit to view' }).click();
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await viewport.getAttribute('style')) ?? '';
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [100, 100, 100, 250] },
    )
    .toBe(true);
}

export async function errorCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('count-error').getAttribute('data-count'));
}

export async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Palette drag and drop with one DataTransfer shared by dragstart, dragover and drop (as a browser does). */
export async function dropFromPalette(
  page: Page,
  item: Locator,
  at: { x: number; y: number },
): Promise<void> {
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await item.dispatchEvent('dragstart', { dataTransfer });
  await page.evaluate(
    ({ x, y, dt }) => {
      const target = document.elementFromPoint(x, y);
      if (!target) throw new Error(`nothing at ${x},${y}`);
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, dataTransfer: dt }),
        );
    },
    { x: at.x, y: at.y, dt: dataTransfer },
  );
  await item.dispatchEvent('dragend', { dataTransfer });
}

/** Drags with the mouse in small steps (React Flow needs intermediate moves). */
export async function mouseDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

/** Zooms the canvas to a readable scale around a zone (the demo fits at about 0.3). */
export async function focusZone(page: Page, id: string, zoomSteps = 3): Promise<void> {
  const c = await centre(zoneNode(page, id));
  await page.mouse.move(c.x, c.y);
  for (let i = 0; i < zoomSteps; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(250);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png` });
}
