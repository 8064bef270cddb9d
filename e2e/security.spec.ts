/**
 * Shipping hygiene: the built app runs under a strict Content-Security-Policy without a single
 * violation, makes no request beyond its own origin, and its bundle holds no eval.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { CSP_HEADER_POLICY, CSP_META_POLICY } from '../scripts/vite-csp-plugin';
import { waitSaved } from './persistence-fixtures';
import { foreignRequests, installProbes } from './security-probes';

const dist = process.env.OTZ_DIST ?? 'dist';

/** Opens the export menu and downloads one item; the PNG path rasterises the SVG export through a data: URL under the policy. */
async function download(page: Page, item: string | RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    menu.getByRole('menuitem', { name: item }).click(),
  ]);
  return file.suggestedFilename();
}

/** What a user does in the first minutes: select, inspect, edit, undo, lay out, analyse, export. */
async function typicalUse(page: Page): Promise<void> {
  // The demo opens on its welcome note, beside the engineering zone.
  const zone = page.locator('.react-flow__node-zone[data-id="z-engineering"]');
  await zone.click({ position: { x: 20, y: 12 } });
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const nameField = inspector.getByRole('textbox').first();
  await nameField.fill('Renamed by the security test');
  await nameField.press('Enter');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect(page.getByRole('button', { name: 'Auto-layout' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
  await page.getByRole('button', { name: 'Close analysis' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await page.keyboard.press('Escape');
  expect(await download(page, 'PNG image 1x')).toMatch(/\.png$/);
  expect(await download(page, 'SVG drawing (with findings)')).toMatch(/\.svg$/);
  expect(await download(page, 'Security-plan report (HTML)')).toMatch(/\.html$/);
  expect(await download(page, 'Model file (JSON)')).toMatch(/\.json$/);
}

test('the built page carries the policy: a meta tag in index.html and a header from vite preview', async ({
  page,
}) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER_POLICY);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CSP_META_POLICY);
  expect(CSP_META_POLICY).toContain("script-src 'self';");
  expect(CSP_META_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline script
});

test('loading and typical use cause no CSP violation, no console error and only same-origin requests', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000); // the PNG export renders the whole diagram; slow on a busy machine
  const probes = await installProbes(page);
  await page.goto('/');
  await waitSaved(page);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await typicalUse(page);
  await page.reload();
  await waitSaved(page);

  expect(await probes.violations()).toEqual([]);
  expect(probes.consoleErrors).toEqual([]);
  expect(probes.pageErrors).toEqual([]);
  expect(probes.dialogs).toEqual([]);
  expect(probes.requests.length).toBeGreaterThan(2);
  expect(foreignRequests(probes.requests, baseURL!)).toEqual([]);
  await page.screenshot({ path: 'e2e/screenshots/security-typical-use.png' });
});

test('the policy is in force: eval and inline script are refused in the running app', async ({ page }) => {
  // Code run through page.evaluate is exempt from CSP, so the attempts come from a same-origin
  // script file, as an injected or compromised module of the app would.
  await page.route('**/__csp-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        const results = [];
        try { results.push(String(new Function('return "eval ran"')())); } catch { results.push('eval refused'); }
        try { results.push(String(eval('"eval ran"'))); } catch { results.push('eval refused'); }
        const inline = document.createElement('script');
        inline.textContent = 'window.__pwned = "inline script ran"';
        document.body.append(inline);
        results.push(window.__pwned ?? 'inline script refused');
        window.__probe = results;`,
    }),
  );
  const probes = await installProbes(page);
  await page.goto('/');
  await waitSaved(page);
  await page.evaluate(() => {
    const probe = document.createElement('script');
    probe.src = '/__csp-probe.js';
    document.body.append(probe);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __probe?: string[] }).__probe))
    .toEqual(['eval refused', 'eval refused', 'inline script refused']);
  expect(await probes.pwned()).toBeUndefined();
  // Each refusal is reported once per policy: the meta tag's and the preview server's header.
  const directives = (await probes.violations()).map((v) => v.directive);
  expect([...new Set(directives)].sort()).toEqual(['script-src', 'script-src-elem']);
  expect(directives.length).toBeGreaterThanOrEqual(3);
});

/**
 * zod ships two uses of Function: its probe "may I eval?" and its JIT compiler. Both stay dead
 * because src/domain/model/limits.ts sets `z.config({ jitless: true })` before any schema exists;
 * the test above proves at run time that nothing calls them. Anything else is a new eval.
 */
const KNOWN_DEAD = [
  /userAgent\?\.includes\(`Cloudflare`\)\)return!1;try\{return Function\(/,
  /compile\(\)\{let \w+=Function,/,
];

test("the production bundle contains no eval, Function constructor or string timers beyond zod's dead JIT", () => {
  const assets = join(dist, 'assets');
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const hits: string[] = [];
  for (const file of scripts) {
    const code = readFileSync(join(assets, file), 'utf8');
    for (const pattern of [
      /\beval\s*\(/g,
      /\bFunction\s*\(/g,
      /[=(,]\s*Function\s*[;,)]/g, // `const F = Function; new F(…)`
      /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
    ])
      for (const m of code.matchAll(pattern)) {
        const context = code.slice(Math.max(0, m.index - 80), m.index + 40);
        if (!KNOWN_DEAD.some((known) => known.test(context))) hits.push(`${file}: …${context}…`);
      }
  }
  expect(hits).toEqual([]);
});
