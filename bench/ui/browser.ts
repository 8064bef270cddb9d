/** Real Chromium for the UI bench: the system build when there is one, flags as in the e2e config. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = [
  process.env.PLAYWRIGHT_CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

export function launchChromium(): Promise<Browser> {
  const executablePath = SYSTEM_CHROMIUM.find((p): p is string => !!p && existsSync(p));
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Keep timers and frames running at full rate although no window is in front.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

export async function browserVersion(browser: Browser): Promise<string> {
  return `Chromium ${browser.version()}`;
}
