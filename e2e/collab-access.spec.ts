/**
 * Access to shared documents: a view link changes nothing (in the UI, and at the server when a
 * client sends an update over the socket directly); the display name is asked once; expired,
 * forged and unknown links get a clear page.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { COLLAB_URL, connected, join, linkToken, sharedDocument } from './collab-fixtures';
import { zoneNode } from './editor-helpers';

/** A raw client on the socket (not the app), as a hostile viewer would write one. */
function rawClient(docId: string, token: string) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `${COLLAB_URL.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: docId, token, document: doc });
  provider.attach();
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  const close = () => {
    provider.destroy();
    socket.destroy();
  };
  return { doc, synced, close };
}

test('a view link changes nothing, in the app or over the socket', async ({ browser, request }) => {
  const { id, links } = await sharedDocument(request);
  const editor = await join(browser, links.edit, 'Ana');
  const viewer = await join(browser, links.view, 'Vic');
  await connected(viewer.page);
  await expect(viewer.page.getByTestId('view-only')).toBeVisible();

  // Nothing to drag, no palette, no fields, and shortcuts are refused with a word.
  await expect(viewer.page.locator('.react-flow__node-zone[data-id="z-control"]')).not.toHaveClass(
    /draggable/,
  );
  await zoneNode(viewer.page, 'z-control').locator('.zone-hit').first().click();
  await expect(
    viewer.page.getByRole('region', { name: 'Inspector' }).getByLabel('Name', { exact: true }),
  ).toBeDisabled();
  await viewer.page.keyboard.press('Delete');
  await expect(viewer.page.getByTestId('toast').filter({ hasText: 'view-only link' })).toBeVisible();
  await expect(zoneNode(viewer.page, 'z-control')).toHaveCount(1);
  await expect(viewer.page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  // The editor sees the viewer as a participant (viewing), and the selection.
  await expect(editor.page.locator('[data-testid="peer-selection"][data-peer="Vic"]')).toBeVisible();
  await viewer.page.screenshot({ path: 'test-results/collab-view.png' });

  // A client that writes with the view token anyway: the server drops the update.
  const hostile = rawClient(id, linkToken(links.view));
  await hostile.synced;
  hostile.doc.transact(() => hostile.doc.getMap('zones').clear());
  await editor.page.waitForTimeout(800);
  await expect(zoneNode(editor.page, 'z-control')).toHaveCount(1);
  const stored = await (
    await request.get(`${COLLAB_URL}/api/documents/${id}`, {
      headers: { Authorization: `Bearer ${linkToken(links.view)}` },
    })
  ).json();
  expect(stored.zones).toHaveLength(2);
  hostile.close();
  await editor.context.close();
  await viewer.context.close();
});

test('the display name is asked once and shown to the others', async ({ browser, request }) => {
  const { links } = await sharedDocument(request);
  const ana = await join(browser, links.edit, 'Ana');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(links.edit);
  const dialog = page.getByTestId('name-dialog');
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'test-results/collab-name-dialog.png' });
  await dialog.getByLabel('Display name').fill('Chloé <b>Ops</b>');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toBeHidden();
  // Shown as text, never as markup.
  await expect(ana.page.getByTestId('participant')).toHaveAttribute('data-name', 'Chloé <b>Ops</b>');
  await page.reload();
  await expect(page.locator('.react-flow__node-zone[data-id="z-control"]')).toBeVisible();
  await expect(page.getByTestId('name-dialog')).toBeHidden();
  await context.close();
  await ana.context.close();
});

test('forged and unknown links get a clear page', async ({ page, request }) => {
  const { id, links } = await sharedDocument(request);
  const forged = `${links.edit.slice(0, -4)}AAAA`;
  await page.goto(forged);
  const failure = page.getByTestId('shared-failure');
  await expect(failure).toHaveAttribute('data-kind', 'invalid');
  await expect(failure).toContainText('signature');
  await page.screenshot({ path: 'test-results/collab-forged.png' });

  await page.goto(links.edit.replace(id, 'no-such-document'));
  await page.reload();
  await expect(page.getByTestId('shared-failure')).toHaveAttribute('data-kind', 'forbidden');
  await page.goto(`${COLLAB_URL}/#/doc/no-such-document?token=e2e-admin-token`);
  await page.reload();
  await expect(page.getByTestId('shared-failure')).toHaveAttribute('data-kind', 'unknown-document');
  await expect(page.getByTestId('shared-failure').getByRole('heading')).toHaveText(
    'This shared diagram does not exist',
  );
});
