/**
 * The risk workshop (issue 16): characteristics and the risk register in the inspector, the risk
 * workshop mode with its heat map, the compliance matrix, and the CRS document from the Export menu.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { workshopModel } from '../test-support/risk-fixtures';
import { shot, zoneHeader } from './editor-helpers';
import { openModel } from './persistence-fixtures';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const OUT = `/tmp/otz-e2e-risk-${process.pid}`;
mkdirSync(OUT, { recursive: true });

async function openWorkshopModel(page: Page) {
  await openModel(page, workshopModel());
  await expect(page.locator('.react-flow__node[data-id="ctl"]')).toBeVisible();
}

test('characteristics and risks are entered in the inspector from the keyboard', async ({ page }) => {
  await openWorkshopModel(page);
  await zoneHeader(page, 'dmz').click();
  const panel = inspector(page);
  await expect(panel.locator('[data-inspecting="zone"]')).toBeVisible();

  // Characteristics: one field commits on Enter, and the text stays text.
  await panel.getByText('Boundaries, access points, policies').click();
  const org = panel.getByLabel('Accountable organisation', { exact: true });
  await org.fill('Site OT <b>security</b>');
  await org.press('Enter');
  await expect(panel.getByText('1 recorded')).toBeVisible();

  // Risk: title, Tab to likelihood, type 4, Tab to consequence, type 5, Enter.
  const title = panel.getByLabel('New risk title');
  await title.fill('Vendor laptop brings malware');
  await title.press('Tab');
  await page.keyboard.press('4');
  await page.keyboard.press('Tab');
  await page.keyboard.press('5');
  await page.keyboard.press('Tab');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  const row = panel
    .locator('[data-testid="risk-register"] li')
    .filter({ hasText: 'Vendor laptop brings malware' });
  await expect(row).toBeVisible();
  await expect(row.locator('[data-level]').first()).toHaveText('Critical 20');
  await expect(row.locator('[data-level]').nth(1)).toHaveText('High 10');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('');
  await expect(panel.getByTestId('sl-suggestion')).toContainText('SL-T 4');
  // The rules see it: residual above tolerance and SL-T below the suggestion.
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(
    findings.locator('li[data-rule="residual-risk-above-tolerance"][data-subject="dmz"]'),
  ).toBeVisible();
  await expect(findings.locator('li[data-rule="sl-target-below-risk"][data-subject="dmz"]')).toBeVisible();

  // Details: lower the residual consequence until the risk is tolerable.
  await row.locator('summary').click();
  await row.getByLabel('Residual consequence').selectOption('2');
  await expect(row.locator('[data-level]').nth(1)).toHaveText('Low 4');
  await expect(
    findings.locator('li[data-rule="residual-risk-above-tolerance"][data-subject="dmz"]'),
  ).toHaveCount(0);
  await shot(page, 'risk-inspector');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(row.locator('[data-level]').nth(1)).toHaveText('High 10');
});

test('risk workshop steps through zones then conduits with a heat map, and takes risks from the keyboard', async ({
  page,
}) => {
  await openWorkshopModel(page);
  await page.getByRole('button', { name: 'Risk workshop' }).click();
  const aside = page.getByRole('complementary', { name: 'Risk workshop' });
  await expect(aside).toBeVisible();
  const firstTitle = await aside.getByTestId('workshop-title').textContent();
  expect(firstTitle).toBeTruthy();
  // Heat map: the SCADA zone (worst residual high) and the control zone (medium) are coloured.
  const bg = (id: string) =>
    page
      .locator(`[data-testid="zone-node"][data-zone-id="${id}"]`)
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect.poll(() => bg('sup')).toBe('rgba(253, 186, 116, 0.8)');
  await expect.poll(() => bg('ctl')).toBe('rgba(254, 240, 138, 0.8)');

  // Step with Page Down until the SCADA zone, then add a risk there without the mouse.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let i = 0; i < 10 && (await aside.getByTestId('workshop-title').textContent()) !== 'SCADA'; i++)
    await page.keyboard.press('PageDown');
  await expect(aside.getByTestId('workshop-title')).toHaveText('SCADA');
  const title = aside.getByLabel('New risk title');
  await title.fill('Historian query floods SCADA');
  await title.press('Enter');
  await expect(aside.locator('[data-risk-id]')).toHaveCount(2);
  await shot(page, 'risk-workshop');

  // Conduits come after the zones (Page Down steps once focus has left the risk form).
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let i = 0; i < 10; i++) await page.keyboard.press('PageDown');
  await expect(aside.getByText(/^Risk workshop · conduit/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(aside).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-risk-heat', 'on');
  await expect.poll(() => bg('sup')).not.toBe('rgba(253, 186, 116, 0.8)');
});

test('compliance matrix: SL-A against SL-T, drill down and record a requirement status', async ({ page }) => {
  await openWorkshopModel(page);
  await page.getByRole('button', { name: 'Compliance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compliance matrix' });
  const cell = dialog.locator('tr[data-element="ctl"] button[data-fr="RDF"]');
  await expect(cell).toHaveText('1 / 3');
  await cell.click();
  const drill = dialog.getByTestId('drill');
  await expect(drill).toContainText('ot-zones’ own words');
  const re1 = drill.locator('tr[data-requirement="SR 5.2 RE1"]');
  await re1.getByLabel('Status of SR 5.2 RE1').selectOption('met');
  await drill
    .locator('tr[data-requirement="SR 5.1 RE1"]')
    .getByLabel('Status of SR 5.1 RE1')
    .selectOption('met');
  await expect(cell).toHaveText('2 / 3');
  const evidence = re1.getByLabel('Evidence for SR 5.2 RE1');
  await evidence.fill('FW-12 and FW-14 deny by default');
  await evidence.press('Enter');
  await expect(evidence).toHaveValue('FW-12 and FW-14 deny by default');
  await dialog.getByText('Risk matrix', { exact: true }).click();
  await expect(dialog.getByTestId('matrix-note')).toContainText('example to adapt');
  // The organisation's own criteria: a stricter tolerable level and SL-T 4 for high risks.
  await dialog.getByLabel('Tolerable up to').selectOption({ label: 'Low' });
  await dialog.getByLabel('Suggested SL-T for High').selectOption('4');
  await expect(dialog.getByTestId('matrix-note')).toContainText('uses its own risk matrix');
  await expect(dialog.getByLabel('Suggested SL-T for High')).toHaveValue('4');
  await dialog.getByTestId('risk-matrix').screenshot({ path: 'e2e/screenshots/risk-matrix.png' });
  await shot(page, 'risk-compliance');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the CRS downloads from the Export menu and reads well in the browser', async ({ page }) => {
  await openWorkshopModel(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('menuitem', { name: /CRS \(HTML\)/ }).click(),
  ]);
  const path = join(OUT, download.suggestedFilename());
  await download.saveAs(path);
  expect(download.suggestedFilename()).toBe('riverside-water-treatment-crs.html');
  const html = readFileSync(path, 'utf8');
  expect(html).toContain('Ransomware spreads from SCADA');
  await page.goto(`file://${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside water treatment');
  await expect(page.locator('#diagram svg').first()).toBeVisible();
  await shot(page, 'risk-crs-top');
  await page.locator('#zone-ctl').evaluate((el) => el.scrollIntoView());
  await shot(page, 'risk-crs-zone');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(OUT, 'crs.pdf') }).catch(() => undefined);
});
