/**
 * Probes for the security specs: CSP violation reports, console errors, uncaught exceptions,
 * dialogs, network requests, and a `window.__pwned` sentinel that hostile payloads try to set.
 */
import type { Page } from '@playwright/test';

export interface Probes {
  violations: () => Promise<Array<{ directive: string; blocked: string; sample: string; source: string }>>;
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  requests: string[];
  /** What hostile payloads would have set, if any had run. */
  pwned: () => Promise<unknown>;
}

export async function installProbes(page: Page): Promise<Probes> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: unknown[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
  });
  const probes: Probes = {
    violations: () => page.evaluate(() => (window as unknown as { __csp: never[] }).__csp),
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
    requests: [],
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  };
  page.on('console', (m) => {
    if (m.type() === 'error') probes.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => probes.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    probes.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => probes.requests.push(r.url()));
  return probes;
}

/** Requests that left the app's origin (data: and blob: URLs are made by the page itself). */
export function foreignRequests(requests: readonly string[], baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
}
