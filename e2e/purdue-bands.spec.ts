/**
 * Purdue bands (issue #14): shown behind the diagram, a divider dragged with the mouse (one undo
 * step), a zone dropped in a band takes the band's level, and a zone drawn in a band that does not
 * cover its level gets the zone-outside-purdue-band info finding.
 */
import { expect, test } from '@playwright/test';
import { dropFromPalette, mouseDrag, openEditor, paletteItem } from './editor-helpers';

test('show bands, drag a divider, undo; drop a zone in a band; wrong band gives an info finding', async ({
  page,
}) => {
  await openEditor(page);
  await page.getByTestId('bands-toggle').click();
  const bands = page.getByTestId('purdue-bands');
  await expect(bands.locator('[data-band]')).toHaveCount(5);

  // Zoom out a step so there is bare canvas around the diagram.
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.mouse.wheel(0, 240);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/bands-shown.png' });

  // Drag divider 3 (between Level 3 and Level 2) down; its value moves; undo puts it back.
  const divider = page.getByRole('slider', { name: 'Purdue band divider 3' });
  const before = Number(await divider.getAttribute('aria-valuenow'));
  const handle = (await divider.locator('span').boundingBox())!;
  const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
  await mouseDrag(page, from, { x: from.x, y: from.y + 40 });
  await expect
    .poll(async () => Number(await divider.getAttribute('aria-valuenow')))
    .toBeGreaterThan(before + 20);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(divider).toHaveAttribute('aria-valuenow', String(before));

  // Drop a Control zone (default level 1) near the top of the Level 2 band, left of the diagram.
  const band = (await bands.locator('[data-band="3"]').boundingBox())!;
  const at = { x: Math.max(band.x, canvas.x) + 24, y: band.y + Math.min(30, band.height * 0.2) };
  await dropFromPalette(page, paletteItem(page, 'zone', 'control'), at);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const newZone = page.locator('.react-flow__node-zone.selected');
  await expect(newZone).toHaveCount(1);
  await expect(newZone.getByText('L2', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/bands-dropped.png' });

  const infoBefore = Number(await page.getByTestId('count-info').getAttribute('data-count'));
  // Give it level 1 again (inspector): now it is in the wrong band → one more info finding.
  await inspector.getByLabel('Purdue level').selectOption('1');
  await expect
    .poll(async () => Number(await page.getByTestId('count-info').getAttribute('data-count')))
    .toBe(infoBefore + 1);
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings.getByText(/is drawn in the band "Level 2/)).toBeVisible();

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.screenshot({ path: 'test-results/bands-dark.png' });
});
