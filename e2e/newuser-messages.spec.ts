/**
 * Issue 18: finding messages read as a plant engineer would write them — element names, not
 * internal ids (the id stays on the detail line under each message), SL vectors labelled by FR,
 * and counts in the singular when there is one ("1 note", "1 zone loses data").
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });
const analysis = (page: Page) => page.getByRole('region', { name: 'Analysis' });
const finding = (page: Page, rule: string, subject: string) =>
  findings(page).locator(`li[data-rule="${rule}"][data-subject="${subject}"]`);

/** Every element id of the demo (zones, assets, conduits), from the bundled demo file. */
function demoIds(): string[] {
  const demo = JSON.parse(readFileSync('src/samples/water-treatment.json', 'utf8')) as Record<
    'zones' | 'assets' | 'conduits',
    Array<{ id: string }>
  >;
  return [...demo.zones, ...demo.assets, ...demo.conduits].map((e) => e.id);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 30_000 });
  await expect(findings(page).locator('li[data-rule]').first()).toBeVisible();
});

test('the demo findings name elements, keep ids on the detail line, label SL vectors by FR', async ({
  page,
}) => {
  const ids = demoIds();
  expect(ids).toEqual(expect.arrayContaining(['z-remote-sites', 'a-booster-rtu', 'c-wireless-supervisory']));

  const messages = await findings(page).getByTestId('finding-message').allTextContents();
  expect(messages.length).toBeGreaterThan(3);
  for (const message of messages)
    for (const id of ids)
      expect(message, `"${message}" shows the id ${id}`).not.toMatch(
        new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`),
      );

  // Names, quoted, in the message; the subject's kind and id on the line below it.
  const rtu = finding(page, 'asset-capability-below-zone-target', 'a-booster-rtu');
  await expect(rtu.getByTestId('finding-message')).toHaveText(
    'Asset "Booster station RTU" offers SL-C 1 but zone "Remote pumping stations" needs SL-T 2 on every FR (short by 1).',
  );
  await expect(rtu.getByTestId('finding-ref')).toHaveText(
    'asset a-booster-rtu · asset-capability-below-zone-target',
  );

  // A vector target is labelled by FR, never printed as a bare [2,2,3,…].
  const uplink = finding(page, 'conduit-capability-below-target', 'c-wireless-supervisory');
  await expect(uplink.getByTestId('finding-message')).toContainText(
    'needs SL-T (IAC 2, UC 2, SI 3, DC 2, RDF 3, TRE 2, RA 3), the highest target of its zones,',
  );
  await expect(uplink.getByTestId('finding-message')).not.toContainText('[');

  // One of a kind reads in the singular.
  await expect(finding(page, 'conduit-flow-any', 'c-engineering-cells')).toContainText('has 1 flow open');
  // Typing an id still finds its finding.
  await findings(page).getByLabel('Filter findings by text').fill('a-booster-rtu');
  await expect(findings(page).locator('li[data-rule]')).toHaveCount(1);
  await findings(page).getByLabel('Filter findings by text').fill('');
  await findings(page).screenshot({ path: 'test-results/newuser-messages-findings.png' });

  // The inspector labels the vector the same way (no bare "[2,2,3,…]").
  await uplink.getByRole('button', { name: /Wireless gateway uplink/ }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.locator('[data-inspecting="conduit"]')).toBeVisible();
  await expect(inspector).toContainText('IAC 2, UC 2, SI 3, DC 2, RDF 3, TRE 2, RA 3');
  await expect(inspector).not.toContainText('[2,');
  await inspector.screenshot({ path: 'test-results/newuser-messages-inspector.png' });
});

test('counts agree with their number: panel chips, toolbar and the containment summary', async ({ page }) => {
  // The demo has 2 errors, 2 warnings and 1 note: the chips say so, with the screen-reader word agreeing.
  const chip = (severity: string) => findings(page).locator(`[data-count="${severity}"]`);
  await expect(chip('error')).toHaveAttribute('title', '2 errors');
  await expect(chip('warning')).toHaveAttribute('title', '2 warnings');
  await expect(chip('info')).toHaveAttribute('title', '1 note');
  await expect(chip('info')).toHaveText(/^1\s*note$/);
  const summary = await page.getByTestId('finding-counts').getAttribute('aria-label');
  expect(summary).toBe('Findings: 2 errors, 2 warnings, 1 info');

  // Isolating the safety zone: one conduit, one flow, one zone loses data.
  await page.getByRole('button', { name: 'Analysis' }).click();
  await analysis(page).getByRole('tab', { name: 'Containment' }).click();
  await analysis(page).getByLabel('Zone to isolate').selectOption({ label: 'Chlorine safety system' });
  await expect(analysis(page).getByTestId('contain-summary')).toContainText(
    'Cut 1 conduit; 1 documented flow stops; 1 zone loses data, 9 more zones downstream.',
  );
  await analysis(page).screenshot({ path: 'test-results/newuser-messages-containment.png' });
});
