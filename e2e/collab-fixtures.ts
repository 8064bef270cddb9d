/**
 * Helpers for the co-editing specs: a small shared model, opening a link as a named participant,
 * and waiting until a page is connected.
 */
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
} from '@playwright/test';

import { createSharedDocument } from './collab-server';

export { E2E_SERVER_URL as COLLAB_URL, linkToken } from './collab-server';

/** Two zones side by side, a conduit between them, one PLC. Positions keep everything in view. */
export const SHARED_MODEL = {
  format: 'ot-zones',
  version: 1,
  meta: { name: 'Shared pump station' },
  zones: [
    { id: 'z-control', name: 'Control', kind: 'control' },
    { id: 'z-super', name: 'Supervisory', kind: 'supervisory' },
  ],
  assets: [{ id: 'a-plc', name: 'Pump PLC', type: 'plc', zoneId: 'z-control' }],
  conduits: [{ id: 'c-1', name: 'Control link', type: 'filtering', zoneIds: ['z-super', 'z-control'] }],
  diagram: {
    positions: {
      'z-control': { x: 0, y: 0, width: 360, height: 240 },
      'z-super': { x: 480, y: 0, width: 360, height: 240 },
      'a-plc': { x: 30, y: 60 },
    },
  },
};

export interface Participant {
  context: BrowserContext;
  page: Page;
}

/** A new browser context (own storage, own name) with the link open and the document shown. */
export async function join(browser: Browser, link: string, name: string): Promise<Participant> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((n) => {
    if (!localStorage.getItem('ot-zones:display-name')) localStorage.setItem('ot-zones:display-name', n);
  }, name);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.locator('.react-flow__node-zone[data-id="z-control"]')).toBeVisible();
  return { context, page };
}

export async function connected(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-badge')).toHaveAttribute('data-connection', 'connected');
}

export async function sharedDocument(request: APIRequestContext) {
  return createSharedDocument(request, SHARED_MODEL);
}
