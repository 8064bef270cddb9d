import { expect, type Page, test } from '@playwright/test';

/** Start-up has restored and saved the document (generous: the CI machine is shared and slow). */
async function waitSaved(page: Page) {
  await expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 30_000 });
}

async function openTemplate(page: Page, id: string) {
  await page.goto('/');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Templates' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await dialog
    .locator(`[data-template-id="${id}"]`)
    .getByRole('button', { name: /Use template/ })
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
}

const panel = (page: Page) => page.getByRole('region', { name: 'Analysis' });
const overlayZone = (page: Page, id: string) =>
  page.locator(`[data-testid="analysis-overlay"] [data-analysis-zone="${id}"]`);

test('blast radius: a compromised zone highlights every reachable zone with its barrier count', async ({
  page,
}) => {
  await openTemplate(page, 'water-utility');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(panel(page)).toBeVisible();
  await panel(page).getByLabel('Compromised zone or asset').selectOption({ label: 'Pumping station North' });

  await expect(panel(page).getByTestId('reach-summary')).toContainText(
    'From Pumping station North: 11 zones reachable, 2 not',
  );
  const rows = panel(page).locator('[data-testid="reach-table"] tbody tr');
  await expect(rows).toHaveCount(11);
  // Lateral movement over the shared MPLS conduit: one barrier to the other outstation.
  await expect(rows.first()).toContainText('Reservoir East');
  await expect(rows.first()).toContainText('1');

  await expect(overlayZone(page, 'z-pump-north')).toHaveAttribute('data-tone', 'source');
  await expect(overlayZone(page, 'z-reservoir-east')).toHaveAttribute('data-badge', '1 barrier');
  await expect(overlayZone(page, 'z-enterprise')).toHaveAttribute('data-badge', '4 barriers');
  // The integrator's network cannot be reached from inside: it is faded, not marked.
  await expect(overlayZone(page, 'z-vendors')).toHaveAttribute('data-tone', 'dimmed');
  await expect(page.locator('[data-analysis-zone="z-reservoir-east"] >> text=1 barrier')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/analysis-blast-radius.png' });

  // An asset can be the compromised element too: its zone is the starting point.
  await panel(page).getByLabel('Compromised zone or asset').selectOption({ label: 'Borehole RTU' });
  await expect(panel(page).getByTestId('reach-summary')).toContainText('From Borehole 7');
  await expect(overlayZone(page, 'z-borehole-7')).toHaveAttribute('data-tone', 'source');

  // Closing the panel removes the highlight.
  await page.getByRole('button', { name: 'Close analysis' }).click();
  await expect(page.getByTestId('analysis-overlay')).toHaveCount(0);
});

test('attack path: the weakest route from the IT side to a critical zone', async ({ page }) => {
  await openTemplate(page, 'purdue-reference');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await panel(page).getByRole('tab', { name: 'Attack path' }).click();
  await panel(page).getByLabel('Zone to defend').selectOption({ label: 'Basic process control' });
  await expect(panel(page).getByTestId('path-summary')).toContainText(
    'Weakest route from Internet & vendors: 3 filtering barriers',
  );
  await expect(panel(page).locator('[data-testid="path-steps"] li')).toHaveCount(4);
  await expect(overlayZone(page, 'z-internet')).toHaveAttribute('data-tone', 'source');
  await expect(overlayZone(page, 'z-remote-access')).toHaveAttribute('data-tone', 'path');
  await expect(overlayZone(page, 'z-control')).toHaveAttribute('data-tone', 'target');
  await page.screenshot({ path: 'e2e/screenshots/analysis-attack-path.png' });

  // The safety system only sends out through its diode: no route reaches it.
  await panel(page).getByLabel('Zone to defend').selectOption({ label: 'Safety instrumented system' });
  await expect(panel(page).getByTestId('path-summary')).toHaveText(
    'No IT-side zone reaches this zone along the conduits.',
  );
});

test('containment: isolating a zone lists the cuts, lost flows and a Markdown playbook step', async ({
  page,
}) => {
  await openTemplate(page, 'purdue-reference');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await panel(page).getByRole('tab', { name: 'Containment' }).click();
  await panel(page).getByLabel('Zone to isolate').selectOption({ label: 'Supervisory control' });
  await expect(panel(page).getByTestId('contain-summary')).toContainText(
    'Cut 4 conduits; 7 documented flows stop; 2 zones lose data, 3 more zones downstream.',
  );
  // Every zone that loses data, direct neighbours first, then further downstream with the chain.
  const impact = panel(page).locator('[data-testid="contain-impact"] li');
  await expect(impact).toHaveCount(5);
  await expect(impact.first()).toHaveAttribute('data-depth', '1');
  const enterprise = panel(page).locator('[data-testid="contain-impact"] li[data-zone-id="z-enterprise"]');
  await expect(enterprise).toHaveAttribute('data-depth', '3');
  await expect(enterprise).toHaveText('depth 3Enterprise network via Site operations → Industrial DMZ');
  await expect(overlayZone(page, 'z-enterprise')).toHaveAttribute('data-badge', 'loses data (depth 3)');
  const cuts = panel(page).locator('[data-testid="contain-cuts"] tbody tr');
  await expect(cuts).toHaveCount(4);
  await expect(cuts.first()).toContainText('Jump host → Supervisory');
  await expect(page.locator('[data-testid="analysis-overlay"] [data-cut]')).toHaveCount(4);
  await expect(overlayZone(page, 'z-control')).toHaveAttribute('data-badge', 'loses data');
  await page.screenshot({ path: 'e2e/screenshots/analysis-containment.png' });
  await panel(page).screenshot({ path: '/tmp/domain/containment-panel.png' });

  const download = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Download Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('containment-Supervisory-control.md');
  const text = await (await file.createReadStream())
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('## Containment step: isolate Supervisory control\n');
  expect(text).toContain('**Scope:** Supervisory control (z-supervisory).');
  expect(text).toContain(
    '| 1 | Jump host → Supervisory (c-jump-supervisory) | Remote access | filtering | yes | yes | 1 | – |',
  );
  expect(text).toContain(
    '| 3 | Enterprise network (z-enterprise) | Supervisory control → Site operations → Industrial DMZ → Enterprise network |',
  );
});

test('zone coverage: a heat map of SL-T against the weakest SL-C per FR', async ({ page }) => {
  await openTemplate(page, 'pharma-batch');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await panel(page).getByRole('tab', { name: 'Coverage' }).click();
  const table = panel(page).getByTestId('coverage-table');
  await expect(table.locator('tbody tr')).toHaveCount(11);
  await expect(table.locator('tr[data-zone-id="z-mes"] td[data-fr="DC"]')).toHaveAttribute('data-gap', '0');
  await expect(table.locator('tr[data-zone-id="z-vendors"] td[data-fr="IAC"]')).toHaveAttribute(
    'data-gap',
    'unknown',
  );
  await page.screenshot({ path: 'e2e/screenshots/analysis-coverage.png' });
});
