/** Issue 18, present: the overview fits the whole diagram above the caption card. */
import { expect, test } from '@playwright/test';
import { openEditor } from './editor-helpers';

test('presentation overview: every zone sits above the caption card', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('presentation-step')).toHaveText('Overview');
  const caption = page.getByTestId('presentation-caption');
  await expect(caption).toBeVisible();
  await page.waitForTimeout(700); // the overview fit animates for 450 ms
  const top = (await caption.boundingBox())!.y;
  for (const id of ['z-process', 'z-safety', 'z-remote-sites', 'z-wireless']) {
    const box = (await page.locator(`.react-flow__node-zone[data-id="${id}"]`).boundingBox())!;
    expect(box.y + box.height, id).toBeLessThanOrEqual(top + 1);
  }
  await page.screenshot({ path: 'test-results/newuser-present-overview.png' });
});
