import { test } from '@playwright/test';
import { openEditor } from './editor-helpers';
for (const [w, h] of [[1280, 720], [1920, 1080]] as const)
  test(`demo ${w}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await openEditor(page);
    await page.waitForTimeout(500);
    const z = await page.evaluate(() => document.querySelector('.react-flow__viewport')?.getAttribute('style'));
    console.log(w, z);
    await page.screenshot({ path: `/tmp/fv/demo-${w}.png` });
  });
