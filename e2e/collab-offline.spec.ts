/**
 * Losing the connection: editing goes on, the badge counts what is not yet synced, and the edits
 * merge on reconnect — including the conflict of one person deleting a zone while the other
 * (offline) adds an asset to it: the model stays valid, the asset survives, and the repair is shown.
 */
import { expect, type Page, test } from '@playwright/test';
import { connected, join, sharedDocument } from './collab-fixtures';
import { centre, dropFromPalette, paletteItem, zoneNode } from './editor-helpers';

async function rename(page: Page, zoneId: string, name: string) {
  await zoneNode(page, zoneId).locator('.zone-hit').first().click();
  const field = page.getByRole('region', { name: 'Inspector' }).getByLabel('Name', { exact: true });
  await field.fill(name);
  await field.press('Enter');
}

const zoneName = (page: Page, id: string) => zoneNode(page, id).getByTestId('zone-name');

test('an offline edit is kept, counted and merged on reconnect', async ({ browser, request }) => {
  const { links } = await sharedDocument(request);
  const ana = await join(browser, links.edit, 'Ana');
  const ben = await join(browser, links.edit, 'Ben');
  await connected(ana.page);
  await connected(ben.page);

  await ana.context.setOffline(true);
  const badge = ana.page.getByTestId('connection-badge');
  await expect(badge).toHaveAttribute('data-connection', 'offline');
  await rename(ana.page, 'z-super', 'SCADA (renamed offline)');
  await expect(ana.page.getByTestId('unsynced-count')).toHaveText('· 1 change not yet synced');
  await ana.page.screenshot({ path: 'test-results/collab-offline-ana.png' });
  await rename(ben.page, 'z-control', 'Pumps (renamed online)');
  await expect(zoneName(ana.page, 'z-control')).toHaveText('Control');

  await ana.context.setOffline(false);
  await connected(ana.page);
  for (const page of [ana.page, ben.page]) {
    await expect(zoneName(page, 'z-super')).toHaveText('SCADA (renamed offline)');
    await expect(zoneName(page, 'z-control')).toHaveText('Pumps (renamed online)');
  }
  await expect(badge).toHaveAttribute('data-unsynced', '0');
  await ana.context.close();
  await ben.context.close();
});

test('a zone deleted while someone adds an asset to it: valid, nothing lost, repair shown', async ({
  browser,
  request,
}) => {
  const { links } = await sharedDocument(request);
  const ana = await join(browser, links.edit, 'Ana');
  const ben = await join(browser, links.edit, 'Ben');
  await connected(ana.page);
  await connected(ben.page);

  await ana.context.setOffline(true);
  await expect(ana.page.getByTestId('connection-badge')).toHaveAttribute('data-connection', 'offline');
  await dropFromPalette(
    ana.page,
    paletteItem(ana.page, 'asset', 'plc'),
    await centre(zoneNode(ana.page, 'z-super')),
  );
  await expect(ana.page.locator('[data-testid="asset-node"][data-zone-id="z-super"]')).toHaveCount(1);

  await zoneNode(ben.page, 'z-super').locator('.zone-hit').first().click();
  await ben.page.keyboard.press('Delete');
  await expect(zoneNode(ben.page, 'z-super')).toHaveCount(0);

  await ana.context.setOffline(false);
  await connected(ana.page);
  for (const page of [ana.page, ben.page]) {
    await expect(zoneNode(page, 'z-super')).toHaveCount(0);
    // Ana's new PLC survives, moved into the remaining zone; the model is valid on both sides.
    await expect(page.locator('[data-testid="asset-node"][data-zone-id="z-control"]')).toHaveCount(2);
  }
  const repairs = ana.page.getByTestId('repairs');
  await expect(repairs).toBeVisible();
  await expect(repairs.getByTestId('repair').first()).toContainText('Control');
  await ana.page.screenshot({ path: 'test-results/collab-conflict-ana.png' });
  await ben.page.screenshot({ path: 'test-results/collab-conflict-ben.png' });
  await ana.context.close();
  await ben.context.close();
});

test('with the server unreachable, a reload opens the shared diagram from this browser', async ({
  browser,
  request,
}) => {
  const { links } = await sharedDocument(request);
  const ana = await join(browser, links.edit, 'Ana');
  await connected(ana.page);
  await rename(ana.page, 'z-super', 'Seen before the outage');
  await expect(ana.page.getByTestId('connection-badge')).toHaveAttribute('data-unsynced', '0');

  // The team server goes away (its socket and API), the page stays loadable.
  let down = true;
  await ana.context.routeWebSocket(/\/collab/, (ws) => (down ? ws.close() : ws.connectToServer()));
  await ana.context.route('**/api/**', (route) => (down ? route.abort() : route.fallback()));
  await ana.page.reload();
  await expect(zoneName(ana.page, 'z-super')).toHaveText('Seen before the outage');
  const badge = ana.page.getByTestId('connection-badge');
  await expect(badge).toHaveAttribute('data-connection', 'reconnecting');
  await rename(ana.page, 'z-control', 'Edited during the outage');
  await expect(ana.page.getByTestId('unsynced-count')).toHaveText('· 1 change not yet synced');
  await ana.page.screenshot({ path: 'test-results/collab-outage.png' });

  // The server is back: the edit made during the outage reaches it.
  down = false;
  await ana.page.evaluate(() => window.dispatchEvent(new Event('online')));
  await connected(ana.page);
  const api = links.edit.replace(/\/#\/doc\/([^?]+)\?token=.*$/, '/api/documents/$1');
  const headers = { Authorization: `Bearer ${links.edit.split('token=')[1]}` };
  await expect
    .poll(async () => {
      // (A kept-alive connection the server already closed can fail once: ask again.)
      const response = await request.get(api, { headers }).catch(() => null);
      const model = response?.ok() ? await response.json() : null;
      return model?.zones.map((z: { name: string }) => z.name).sort();
    })
    .toEqual(['Edited during the outage', 'Seen before the outage']);
  await ana.context.close();
});
