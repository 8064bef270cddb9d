/**
 * Sharing a local document. On the team server: Share asks for the admin token once, shows the
 * edit and view links and opens the shared copy. Without a server (a static host, `vite preview`)
 * Share says clearly that no server answers, and a damaged shared link gets a clear page with the
 * way back.
 */
import { expect, test } from '@playwright/test';
import { COLLAB_URL } from './collab-fixtures';
import { E2E_ADMIN_TOKEN } from './collab-server';
import { openEditor, zoneNode } from './editor-helpers';

test('Share on the team server gives edit and view links and opens the shared copy', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ot-zones:display-name', 'Ana'));
  await page.goto(COLLAB_URL);
  await expect(zoneNode(page, 'z-supervisory')).toBeVisible();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.getByLabel('Admin token').fill(E2E_ADMIN_TOKEN);
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(dialog.getByTestId('edit-link')).toHaveValue(/\/#\/doc\/[\w-]+\?token=/);
  await expect(dialog.getByTestId('view-link')).toHaveValue(/\/#\/doc\/[\w-]+\?token=/);
  await page.screenshot({ path: 'test-results/collab-share-links.png' });
  await dialog.getByRole('button', { name: 'Open the shared diagram' }).click();
  await expect(page.getByTestId('connection-badge')).toHaveAttribute('data-connection', 'connected');
  await expect(zoneNode(page, 'z-supervisory')).toBeVisible();
  expect(page.url()).toContain('#/doc/');
  // The admin token was kept: a second Share (from the local diagrams) does not ask again.
  await page.getByRole('button', { name: 'My diagrams' }).click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByTestId('share-dialog').getByLabel('Admin token')).toHaveValue(E2E_ADMIN_TOKEN);
});

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
