/** Issue 18, present: the overview fits the whole diagram above the caption card. */
import { expect, type Page, test } from '@playwright/test';
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

/** Reads pixels of a screenshot, decoded in a blank page (the app's CSP allows no data: images). */
async function pixels(page: Page, points: ReadonlyArray<readonly [number, number]>) {
  const png = await page.screenshot();
  const blank = await page.context().newPage();
  const out = await blank.evaluate(
    async ({ data, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return points.map(([x, y]) => [
        ...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3),
      ]);
    },
    { data: png.toString('base64'), points: points.map((p) => [p[0], p[1]] as [number, number]) },
  );
  await blank.close();
  return out;
}

test('presentation focus: the shade follows the highlight’s rounded corners (no white corner squares)', async ({
  page,
}) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  const highlight = page.getByTestId('presentation-spotlight').locator('rect').first();
  await expect(highlight).toBeVisible();
  await page.waitForTimeout(700); // the framing animates for 450 ms
  await page.screenshot({ path: 'test-results/newuser-present-focus.png' });
  // The outline's own rectangle on screen (the stroke is centred on it): the shade's hole was cut
  // square here, so its corners showed the unshaded canvas outside the rounded outline.
  const box = await highlight.evaluate((el) => {
    const r = el as SVGRectElement;
    const m = r.getScreenCTM()!;
    return {
      x: m.a * r.x.baseVal.value + m.e,
      y: m.d * r.y.baseVal.value + m.f,
      width: m.a * r.width.baseVal.value,
      height: m.d * r.height.baseVal.value,
    };
  });
  // Just inside the highlight box's corner, outside its rounded outline: shaded like the area
  // just outside the box, not left bright.
  const [tl, tlOut, br, brOut] = await pixels(page, [
    [box.x + 1.5, box.y + 1.5],
    [box.x - 12, box.y - 12],
    [box.x + box.width - 2, box.y + box.height - 2],
    [box.x + box.width + 12, box.y + box.height + 12],
  ]);
  const pairs: Array<[number[], number[]]> = [
    [tl!, tlOut!],
    [br!, brOut!],
  ];
  for (const [corner, outside] of pairs) {
    const diff = Math.max(...corner.map((c, i) => Math.abs(c - outside[i]!)));
    expect(diff, `corner ${corner} vs outside ${outside}`).toBeLessThan(30);
  }
  await page.screenshot({
    path: 'test-results/newuser-present-focus-corner.png',
    clip: { x: box.x - 30, y: box.y - 30, width: 160, height: 120 },
  });
});
