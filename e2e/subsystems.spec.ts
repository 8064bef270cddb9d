/**
 * Subsystems (issue #14): group selected zones into a grey subsystem drawn behind them; it moves
 * with its zones; rename by double-click; ungroup; one undo step each.
 */
import { expect, test } from '@playwright/test';
import { centre, focusZone, mouseDrag, openEditor, zoneHeader, zoneNode } from './editor-helpers';

test('group two zones into a subsystem, move a zone and the box follows, rename, ungroup', async ({
  page,
}) => {
  await openEditor(page);
  await zoneHeader(page, 'z-external').click();
  await zoneHeader(page, 'z-enterprise').click({ modifiers: ['Shift'] });
  await page.getByTestId('group-subsystem').click();
  const box = page.getByTestId('subsystem');
  await expect(box).toHaveCount(1);
  await focusZone(page, 'z-enterprise', 2);
  const before = (await box.boundingBox())!;

  // Drag the (both selected) zones down: the subsystem moves with them.
  // Grab the zone by its name in the header (the selected zone's resize lines run along its edges).
  const from = await centre(zoneNode(page, 'z-enterprise').getByTestId('zone-name'));
  await mouseDrag(page, from, { x: from.x, y: from.y + 60 });
  await expect
    .poll(async () => {
      const b = (await box.boundingBox())!;
      return b.y + b.height;
    })
    .toBeGreaterThan(before.y + before.height + 30);

  // Rename by double-click.
  await box.getByRole('button', { name: 'Subsystem 1', exact: true }).dblclick();
  const name = page.getByRole('textbox', { name: 'Subsystem name' });
  await name.fill('Treatment line');
  await name.press('Enter');
  await expect(box.getByRole('button', { name: 'Treatment line', exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/subsystem.png' });

  // Ungroup, then undo brings it back.
  await box.getByRole('button', { name: 'Ungroup subsystem Treatment line' }).click();
  await expect(box).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(box).toHaveCount(1);
});
