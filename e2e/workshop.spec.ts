import { expect, type Page, test } from '@playwright/test';

/** Start-up has restored and saved the document (generous: the CI machine is shared and slow). */
async function waitSaved(page: Page) {
  await expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 30_000 });
}

async function openTemplate(page: Page, id: string) {
  await page.goto('/');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Templates' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await dialog
    .locator(`[data-template-id="${id}"]`)
    .getByRole('button', { name: /Use template/ })
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
}

const caption = (page: Page) => page.getByTestId('presentation-caption');

test('presentation mode: full-screen canvas, arrow keys step through zones and conduits, Esc exits', async ({
  page,
}) => {
  await openTemplate(page, 'purdue-reference');
  // A selected zone: the editor would nudge it with the arrow keys, but not while presenting.
  await page.locator('[data-testid="zone-node"][data-zone-id="z-dmz"] [data-testid="zone-name"]').click();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
  // Panels are hidden behind the full-window canvas.
  const canvas = page.getByRole('main', { name: 'Diagram' });
  await expect.poll(async () => (await canvas.boundingBox())?.width).toBe(1440);
  const onTop = await page.evaluate(() =>
    document.elementFromPoint(1300, 450)?.closest('main, section')?.getAttribute('aria-label'),
  );
  expect(onTop).toBe('Diagram');
  await expect(caption(page)).toContainText('Purdue reference architecture');
  await expect(page.getByTestId('presentation-step')).toHaveText('Overview');
  await page.screenshot({ path: 'e2e/screenshots/presentation-overview.png' });

  // Zones in reading order (top row first), then conduits.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presentation-step')).toHaveText('1 / 19');
  await expect(caption(page)).toContainText('Internet & vendors');
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toContainText('Enterprise network');
  await expect(caption(page)).toContainText('Enterprise · Purdue level 4 · SL-T 1 · 3 assets');
  await expect(page.getByTestId('presentation-spotlight')).toBeVisible();
  await page.waitForTimeout(600); // let the framing animation settle for the screenshot
  await page.screenshot({ path: 'e2e/screenshots/presentation-zone.png' });

  await page.keyboard.press('End');
  await expect(page.getByTestId('presentation-step')).toHaveText('19 / 19');
  await expect(caption(page)).toContainText('Conduit');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('presentation-step')).toHaveText('18 / 19');

  // Findings overlay on and off (F).
  await expect(caption(page)).toContainText('No findings on this element.');
  await page.keyboard.press('f');
  await expect(page.locator('html')).toHaveAttribute('data-findings', 'off');
  await expect(caption(page)).not.toContainText('No findings');
  await page.keyboard.press('f');
  await expect(page.locator('html')).not.toHaveAttribute('data-findings', 'off');

  // The editor's arrow-key nudge must not move anything while presenting.
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-presenting', 'true');
  await expect(caption(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
});

test('presentation shows the findings of the element in view', async ({ page }) => {
  await page.goto('/');
  await waitSaved(page); // the demo model has deliberate findings
  await page.getByRole('button', { name: 'Present' }).click();
  let found = false;
  for (let i = 1; i <= 40 && !found; i++) {
    await page.keyboard.press('ArrowRight');
    // Wait for the step to show before looking for its findings.
    await expect(page.getByTestId('presentation-step')).toHaveText(new RegExp(`^${i} / \\d+$`));
    found = (await page.getByTestId('presentation-findings').count()) > 0;
  }
  expect(found).toBe(true);
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'e2e/screenshots/presentation-findings.png' });
  await page.keyboard.press('Escape');
});

test('a sticky note and a comment: on the canvas, in the notes list, and kept in the model', async ({
  page,
}) => {
  await openTemplate(page, 'discrete-manufacturing');
  await page.getByRole('button', { name: 'Notes' }).click();
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByLabel('Author').fill('Ana Ops');
  await notes.getByLabel('New note').fill('Ask the robot vendor about <script>alert(1)</script> firmware');
  await notes.getByRole('button', { name: 'Add sticky note' }).click();
  const sticky = page.getByTestId('sticky-note');
  await expect(sticky).toHaveCount(1);
  await expect(sticky).toContainText('Ask the robot vendor about <script>alert(1)</script> firmware');
  await expect(sticky).toContainText('Ana Ops');

  // A comment on the selected zone.
  await page.locator('[data-testid="zone-node"][data-zone-id="z-dmz"] [data-testid="zone-name"]').click();
  await notes.getByLabel('New note').fill('Who owns the patch relay?');
  await notes.getByRole('button', { name: 'Comment on Zone Industrial DMZ' }).click();
  await expect(page.locator('[data-testid="comment-badge"][data-target-id="z-dmz"]')).toHaveText('1');
  await expect(notes.getByTestId('note-item')).toHaveCount(2);
  await page.screenshot({ path: 'e2e/screenshots/notes.png' });

  // Move the sticky note by dragging it; one undo step puts it back.
  const before = (await sticky.boundingBox())!;
  await page.mouse.move(before.x + 40, before.y + 30);
  await page.mouse.down();
  await page.mouse.move(before.x + 140, before.y + 90, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await sticky.boundingBox())!.x - before.x)).toBeGreaterThan(60);

  // Clicking the comment badge filters the list to that element.
  await page.locator('[data-testid="comment-badge"][data-target-id="z-dmz"]').click();
  await expect(notes.getByTestId('note-item')).toHaveCount(1);
  await expect(notes.getByTestId('note-item')).toContainText('Who owns the patch relay?');

  // Notes survive a reload (they are part of the saved model).
  await waitSaved(page);
  await page.reload();
  await waitSaved(page);
  await expect(page.getByTestId('sticky-note')).toHaveCount(1);
  await expect(page.locator('[data-testid="comment-badge"][data-target-id="z-dmz"]')).toBeVisible();
});

test('dark and light themes: the toggle switches and is remembered', async ({ page }) => {
  await openTemplate(page, 'water-utility');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveClass(/dark/);
  // Surfaces really turn dark: the header and the canvas.
  const bg = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect.poll(() => bg('header')).toBe('rgb(17, 26, 46)');
  await page.screenshot({ path: 'e2e/screenshots/theme-dark.png' });

  await page.getByRole('button', { name: 'Analysis' }).click();
  await page
    .getByRole('region', { name: 'Analysis' })
    .getByLabel('Compromised zone or asset')
    .selectOption({ label: 'Industrial DMZ' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/screenshots/theme-dark-analysis.png' });
  await page.getByRole('button', { name: 'Close analysis' }).click();

  await page.reload();
  await waitSaved(page);
  await expect(html).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'e2e/screenshots/theme-dark-presentation.png' });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Templates' }).click();
  await expect(
    page.getByRole('dialog', { name: 'New from template' }).locator('[data-template-id]'),
  ).toHaveCount(4);
  await page.screenshot({ path: 'e2e/screenshots/theme-dark-templates.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Notes' }).click();
  await page.screenshot({ path: 'e2e/screenshots/theme-dark-notes.png' });

  await page.getByTestId('theme-toggle').click();
  await expect(html).not.toHaveClass(/dark/);
  await expect.poll(() => bg('header')).toBe('rgb(255, 255, 255)');
});
