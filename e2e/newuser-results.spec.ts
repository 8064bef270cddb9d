/**
 * Issue 18, wrong results: a flow can be reversed, and an asset with no SL-C is not read as
 * compliant (finding, coverage heat map shows it unknown, grey and hatched).
 */
import { expect, type Page, test } from '@playwright/test';
import { openModel, smallPlant } from './persistence-fixtures';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });

async function selectConduit(page: Page, id: string) {
  await page.locator(`[data-testid="conduit-label"][data-conduit-id="${id}"]`).click({ force: true });
  await expect(inspector(page).locator('[data-inspecting="conduit"]')).toBeVisible();
}

test('a flow is reversed by choosing the other zone for one end, or with ⇄; no stale error', async ({
  page,
}) => {
  await openModel(page, smallPlant());
  await selectConduit(page, 'c-1');
  const panel = inspector(page);
  const from = panel.getByLabel('Flow 1 from');
  const to = panel.getByLabel('Flow 1 to');
  await expect(from).toHaveValue('z-ops');
  await expect(to).toHaveValue('z-ctl');

  // Choosing Control as the source moves the destination to Operations (no refusal).
  await from.selectOption('z-ctl');
  await expect(from).toHaveValue('z-ctl');
  await expect(to).toHaveValue('z-ops');
  await expect(panel.getByText('a flow must go from one zone to another')).toHaveCount(0);
  await expect(panel.locator('[aria-invalid="true"]')).toHaveCount(0);

  // The destination select does the same the other way round.
  await to.selectOption('z-ctl');
  await expect(from).toHaveValue('z-ops');
  await expect(to).toHaveValue('z-ctl');

  // ⇄ swaps; undo restores, one step each.
  await panel.getByRole('button', { name: 'Reverse flow 1' }).click();
  await expect(from).toHaveValue('z-ctl');
  await expect(to).toHaveValue('z-ops');
  await panel.getByRole('button', { name: 'Reverse flow 1' }).scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'test-results/newuser-flow-reversed.png' });
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(from).toHaveValue('z-ops');
});

test('an asset without SL-C in an SL-T 3 zone is a finding and shows unknown in coverage, not covered', async ({
  page,
}) => {
  const plant = smallPlant();
  plant.zones[1] = { ...plant.zones[1]!, slTarget: 3 };
  plant.conduits[0] = { ...plant.conduits[0]!, slCapability: 3 } as (typeof plant.conduits)[0];
  const { slCapability: _gone, ...plc } = plant.assets[1]!;
  plant.assets[1] = plc as (typeof plant.assets)[1];
  await openModel(page, plant);

  const finding = findings(page).locator('li[data-rule="asset-capability-unknown"][data-subject="a-plc"]');
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('PLC-1');
  await expect(findings(page).getByText('No findings: the diagram meets every enabled rule')).toHaveCount(0);

  await page.getByRole('button', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await analysis.getByRole('tab', { name: 'Coverage' }).click();
  const cell = analysis.locator('tr[data-zone-id="z-ctl"] td[data-fr="IAC"]');
  await expect(cell).toHaveAttribute('data-status', 'unknown');
  await expect(cell).toHaveClass(/hatch-unknown/);
  await expect(cell).not.toHaveClass(/emerald/);
  // Operations: every asset rated and meeting SL-T 3 — covered.
  await expect(analysis.locator('tr[data-zone-id="z-ops"] td[data-fr="IAC"]')).toHaveAttribute(
    'data-status',
    'covered',
  );
  await analysis.screenshot({ path: 'test-results/newuser-coverage-unknown.png' });
});
