/**
 * The collaboration UI without a team server (a static host, `vite preview`): a local document
 * offers Share, which says clearly that no server answers; a damaged shared link gets a clear page
 * with the way back; the header stays tidy at 1280 px.
 */
import { expect, test } from '@playwright/test';
import { openEditor } from './editor-helpers';

test('Share without a team server explains itself; the local document is untouched', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openEditor(page);
  const share = page.getByRole('button', { name: 'Share', exact: true });
  await expect(share).toBeVisible();
  await expect(share).toBeInViewport();
  await page.screenshot({
    path: 'test-results/collab-local-header.png',
    clip: { x: 0, y: 0, width: 1280, height: 60 },
  });

  await share.click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Admin token').fill('whatever');
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('No team server answers here');
  await page.screenshot({ path: 'test-results/collab-local-share.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('document-name')).toHaveText('Riverside Water Treatment Works');
});

test('a damaged shared link shows a clear page and leads back to the local diagrams', async ({ page }) => {
  await page.goto('/#/doc/abc?token=');
  const failure = page.getByTestId('shared-failure');
  await expect(failure).toBeVisible();
  await expect(failure).toHaveAttribute('data-kind', 'invalid');
  await expect(failure.getByRole('heading')).toHaveText('This link is not valid');
  await page.screenshot({ path: 'test-results/collab-local-damaged.png' });
  await failure.getByRole('button', { name: 'Open my diagrams' }).click();
  await expect(page.getByTestId('shared-failure')).toHaveCount(0);
  await expect(page.getByTestId('document-name')).toBeVisible();
  expect(page.url()).not.toContain('#/doc/');
});
