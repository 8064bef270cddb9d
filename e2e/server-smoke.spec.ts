import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createSharedDocument, E2E_SERVER_URL, linkToken } from './collab-server';

const demoModelText = () => readFileSync('src/samples/water-treatment.json', 'utf8');

test('the team server serves the app with its CSP, shares a document, and opens an edit link', async ({
  page,
  request,
}) => {
  const health = await request.get(`${E2E_SERVER_URL}/api/health`);
  expect(await health.json()).toEqual({ ok: true });

  const shared = await createSharedDocument(request, demoModelText());
  expect(shared.links.edit).toMatch(new RegExp(`^${E2E_SERVER_URL}/#/doc/${shared.id}\\?token=`));
  const model = await request.get(`${E2E_SERVER_URL}/api/documents/${shared.id}`, {
    headers: { Authorization: `Bearer ${linkToken(shared.links.view)}` },
  });
  expect(await model.text()).toBe(demoModelText());

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(shared.links.edit);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.getByRole('button', { name: 'Templates' })).toBeVisible({ timeout: 30_000 });
  // The CSP's connect-src 'self' lets the page open the collaboration socket on its own origin.
  const socket = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/collab`);
        ws.onopen = () => {
          ws.close();
          resolve('open');
        };
        ws.onerror = () => resolve('error');
      }),
  );
  expect(socket).toBe('open');
  await page.screenshot({ path: 'test-results/server-smoke.png' });
  expect(errors).toEqual([]);
});
