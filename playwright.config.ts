import { existsSync, rmSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN_TOKEN, e2eServerData, e2eServerPort } from './e2e/collab-server';

// Prefer the system Chromium (Debian's package on CI machines, which cannot download
// Playwright's own build); fall back to Playwright's browser on a developer laptop.
const systemChromium = [
  process.env.PLAYWRIGHT_CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p): p is string => !!p && existsSync(p));

// Several people (or agents) can run e2e tests side by side: each picks a port and a build folder.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.OTZ_DIST ?? 'dist';
// On CI a fresh database for the team server each run (the main process only: workers load this
// file too). Locally an already running server may be reused, so its folder is left alone.
if (process.env.CI && !process.env.TEST_WORKER_INDEX) rmSync(e2eServerData, { recursive: true, force: true });

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${dist}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The team server (ot-zones serve) on its own port, with a throwaway database.
      command: `node bin/ot-zones.mjs serve --port ${e2eServerPort} --host 127.0.0.1 --data ${e2eServerData} --dist ${dist}`,
      url: `http://127.0.0.1:${e2eServerPort}/api/health`,
      env: { OTZ_ADMIN_TOKEN: E2E_ADMIN_TOKEN },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
