#!/usr/bin/env node
// Makes `npm start` / `npm test` work on a fresh clone with nothing but Node and npm:
// installs node_modules when missing or older than the lockfile, and (with --browser)
// makes sure a Chromium exists for Playwright. Never runs `playwright install`:
// machines without internet access cannot download browsers.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');

function run(cmd) {
  console.log(`[ensure-deps] ${cmd}`);
  execSync(cmd, { cwd: root, stdio: 'inherit' });
}

const stale =
  !existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs);
if (stale) run(existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund');

if (process.argv.includes('--browser')) {
  const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!systemChromium && !process.env.PLAYWRIGHT_CHROMIUM_PATH) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const hasApt = existsSync('/usr/bin/apt-get');
    let playwrightBrowser = false;
    try {
      const { chromium } = await import('@playwright/test');
      playwrightBrowser = existsSync(chromium.executablePath());
    } catch {
      playwrightBrowser = false;
    }
    if (!playwrightBrowser && isRoot && hasApt) {
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    } else if (!playwrightBrowser) {
      console.warn(
        '[ensure-deps] No Chromium found. Install one (Debian: `sudo apt-get install chromium`) ' +
          'or, where you have internet access, `npx playwright install chromium`.',
      );
    }
  }
}
