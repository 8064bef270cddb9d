import { expect, type Page, test } from '@playwright/test';
import { openModel, smallPlant } from './persistence-fixtures';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });
const item = (page: Page, rule: string, subject: string) =>
  findings(page).locator(`li[data-rule="${rule}"][data-subject="${subject}"]`);

// The shared machine is slow under load; these flows type into several fields.
test.describe.configure({ timeout: 150_000 });

function plantWithWeakPlc() {
  const plant = smallPlant();
  plant.assets[1]!.slCapability = 1;
  return plant;
}

test('a finding is accepted with a justification, shown as accepted, and revoked again', async ({ page }) => {
  await openModel(page, plantWithWeakPlc());
  const finding = item(page, 'asset-capability-below-zone-target', 'a-plc');
  await expect(finding).toHaveAttribute('data-status', 'open');
  await finding.getByRole('button', { name: 'Show details' }).click();
  await finding.getByRole('button', { name: 'Accept risk…' }).click();
  const form = finding.getByRole('form', { name: 'Accept risk' });

  // The justification is required.
  await form.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('A justification is required');

  await form.getByLabel('Justification (required)').fill('PLC replacement planned for the 2027 outage');
  await form.getByLabel('Compensating measures').fill('Cell firewall allows only the HMI');
  await form.getByLabel('Accepted by').fill('J. Doe');
  await form.getByLabel('Expires').fill('2099-12-31');
  await form.getByLabel('Ticket').fill('MOC-42');
  await findings(page).screenshot({ path: 'e2e/screenshots/acceptance-form.png' });
  await form.getByRole('button', { name: 'Accept', exact: true }).click();

  await expect(finding).toHaveAttribute('data-status', 'accepted');
  await expect(finding.locator('[data-acceptance="accepted"]')).toHaveText(
    'Accepted until 2099-12-31 by J. Doe',
  );
  await expect(finding).toContainText('PLC replacement planned for the 2027 outage');
  await expect(finding).toContainText('ticket MOC-42');
  await expect(findings(page).locator('[data-count="accepted"]')).toHaveText('1 accepted');
  await findings(page).screenshot({ path: 'e2e/screenshots/acceptance-accepted.png' });

  await finding.getByRole('button', { name: 'Revoke acceptance' }).click();
  await expect(finding).toHaveAttribute('data-status', 'open');
  await expect(findings(page).locator('[data-count="accepted"]')).toHaveCount(0);
});

test('an expired acceptance shows the finding open again; a stale one can be removed', async ({ page }) => {
  const plant = plantWithWeakPlc();
  (plant as { policy?: unknown }).policy = {
    acceptances: [
      {
        finding: 'asset-capability-below-zone-target:asset:a-plc',
        justification: 'old waiver',
        expires: '2020-01-31',
      },
      { finding: 'zone-empty:zone:gone', justification: 'zone removed since' },
    ],
  };
  await openModel(page, plant);
  const finding = item(page, 'asset-capability-below-zone-target', 'a-plc');
  await expect(finding).toHaveAttribute('data-status', 'open');
  await expect(finding.locator('[data-acceptance="expired"]')).toHaveText('Acceptance expired on 2020-01-31');
  const stale = findings(page).getByTestId('stale-acceptances');
  await expect(stale).toContainText('1 stale acceptance');
  await expect(stale).toContainText('zone-empty:zone:gone');
  await findings(page).screenshot({ path: 'e2e/screenshots/acceptance-expired-stale.png' });
  await stale.getByRole('button', { name: 'Remove' }).click();
  await expect(stale).toHaveCount(0);
});
