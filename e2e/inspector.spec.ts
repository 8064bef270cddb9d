import { expect, type Page, test } from '@playwright/test';
import { openModel, smallPlant } from './persistence-fixtures';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });
const findingOf = (page: Page, rule: string, subject: string) =>
  findings(page).locator(`li[data-rule="${rule}"][data-subject="${subject}"]`);

async function selectConduit(page: Page, id: string) {
  // The label sits under the edge's wide hit area; either one selects the conduit.
  await page.locator(`[data-testid="conduit-label"][data-conduit-id="${id}"]`).click({ force: true });
  await expect(inspector(page).locator('[data-inspecting="conduit"]')).toBeVisible();
}

test("a new conduit's SL-C is raised in the inspector until its capability error disappears; undo and redo", async ({
  page,
}) => {
  const plant = smallPlant();
  plant.conduits = [];
  await openModel(page, plant);

  // Draw a conduit from Operations (SL-T 3) to Control (SL-T 2).
  const from = page.locator('.react-flow__node[data-id="z-ops"] .react-flow__handle[data-handleid="bottom"]');
  const to = page.locator('.react-flow__node[data-id="z-ctl"] .react-flow__handle[data-handleid="top"]');
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 40, { steps: 10 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  const label = page.getByTestId('conduit-label');
  await expect(label).toHaveCount(1);
  const id = (await label.getAttribute('data-conduit-id'))!;
  await selectConduit(page, id);

  const panel = inspector(page);
  const slc = panel.getByLabel('Capability (SL-C)', { exact: true });
  await expect(slc).toHaveValue('unset');
  await expect(findingOf(page, 'conduit-capability-unknown', id)).toBeVisible();

  await slc.selectOption('1');
  const error = findingOf(page, 'conduit-capability-below-target', id);
  await expect(error).toBeVisible();
  await expect(panel.locator('[data-gap="short"]')).toContainText('all FRs 1<3');
  await page.screenshot({ path: 'e2e/screenshots/inspector-conduit-short.png' });

  // Per-FR editing: raise all but RA to 3; RA stays short and is highlighted.
  await slc.selectOption('per-fr');
  for (const fr of ['IAC', 'UC', 'SI', 'DC', 'RDF', 'TRE'])
    await panel.getByLabel(new RegExp(`^Capability \\(SL-C\\): ${fr} `)).selectOption('3');
  await expect(panel.locator('[data-gap="short"]')).toHaveText(/RA 1<3/);
  await expect(panel.locator('[data-gap="short"]')).not.toContainText('IAC');
  await expect(error).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/inspector-conduit-per-fr.png' });
  await panel.getByRole('group', { name: 'Capability (SL-C) per FR' }).scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'e2e/screenshots/inspector-panel-per-fr.png' });

  await panel.getByLabel(/^Capability \(SL-C\): RA /).selectOption('3');
  await expect(error).toHaveCount(0);
  await expect(panel.locator('[data-gap="met"]')).toBeVisible();
  // Seven equal levels are stored as one: the canvas badge shows a single level.
  await expect(label.getByTestId('conduit-levels')).toHaveText(/C3\s*\/\s*T3/);

  // Undo restores RA 1 (and the error); redo removes it again. Focus is off the form controls.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(error).toBeVisible();
  await expect(panel.getByLabel(/^Capability \(SL-C\): RA /)).toHaveValue('1');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(error).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/inspector-conduit-met.png' });
});

test('editing a flow to port "any" raises conduit-flow-any; undo removes it', async ({ page }) => {
  await openModel(page, smallPlant());
  await selectConduit(page, 'c-1');
  const panel = inspector(page);
  await expect(findingOf(page, 'conduit-flow-any', 'c-1')).toHaveCount(0);

  const port = panel.getByLabel('Flow 1 port');
  await expect(port).toHaveValue('502');
  await port.fill('any');
  await port.press('Enter');
  await expect(findingOf(page, 'conduit-flow-any', 'c-1')).toBeVisible();

  // The protocol too, one undo step per field.
  const protocol = panel.getByLabel('Flow 1 protocol');
  await protocol.fill('ANY');
  await protocol.press('Tab');
  await expect(port).toBeFocused(); // the commit did not steal the focus from the next cell
  await expect(findingOf(page, 'conduit-flow-any', 'c-1')).toContainText('open to any protocol or port');
  await page.screenshot({ path: 'e2e/screenshots/inspector-flow-any.png' });
  await panel.screenshot({ path: 'e2e/screenshots/inspector-panel-flows.png' });

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(protocol).toHaveValue('modbus');
  await expect(port).toHaveValue('any');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(port).toHaveValue('502');
  await expect(findingOf(page, 'conduit-flow-any', 'c-1')).toHaveCount(0);

  // Rows can be added and removed.
  await panel.getByRole('button', { name: '+ Add flow' }).click();
  await expect(panel.getByLabel('Flow 2 protocol')).toHaveValue('tcp');
  await panel.getByRole('button', { name: 'Remove flow 2' }).click();
  await expect(panel.getByLabel('Flow 2 protocol')).toHaveCount(0);
});

test('invalid input is shown next to the field and never reaches the model', async ({ page }) => {
  await openModel(page, smallPlant());
  await selectConduit(page, 'c-1');
  const panel = inspector(page);
  const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undoButton).toBeDisabled();

  const port = panel.getByLabel('Flow 1 port');
  for (const bad of ['70000', '5.5', 'http']) {
    await port.fill(bad);
    await port.press('Enter');
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByRole('alert')).toHaveText('A port is a whole number from 0 to 65535, or "any".');
  }
  await panel.screenshot({ path: 'e2e/screenshots/inspector-invalid-port.png' });
  await port.press('Escape');
  await expect(port).toHaveValue('502');

  const name = panel.getByLabel('Name', { exact: true });
  await name.fill('   ');
  await name.press('Tab');
  await expect(panel.getByRole('alert')).toHaveText('A name is required.');
  await expect(page.locator('[data-testid="conduit-label"][data-conduit-id="c-1"]')).toContainText(
    'Ops to control',
  );

  // Nothing was committed: no undo step, and the stored values show again after reselecting.
  await expect(undoButton).toBeDisabled();
  await page.locator('[data-zone-id="z-ops"] [data-testid="zone-name"]').click();
  await selectConduit(page, 'c-1');
  await expect(panel.getByLabel('Name', { exact: true })).toHaveValue('Ops to control');
  await expect(panel.getByLabel('Flow 1 port')).toHaveValue('502');
});

test('zone and asset fields, parent zone without cycles, flag overrides and multi-select summary', async ({
  page,
}) => {
  const plant = smallPlant();
  plant.zones.push({
    id: 'z-cell',
    name: 'Cell A',
    kind: 'control',
    slTarget: 2,
    parentId: 'z-ctl',
  } as never);
  await openModel(page, plant);
  const panel = inspector(page);

  await page.locator('[data-zone-id="z-ctl"] [data-testid="zone-name"]').click();
  await expect(panel.locator('[data-inspecting="zone"]')).toBeVisible();
  // A zone cannot be nested in its own sub-zone: Cell A is not offered as a parent.
  const parent = panel.getByLabel('Inside zone');
  await expect(parent.locator('option')).toHaveText(['(top level)', 'Operations']);
  const slt = panel.getByLabel('Target (SL-T)', { exact: true });
  await slt.selectOption('3');
  // PLC-1 (SL-C 2) now falls short of the zone's target.
  await expect(panel.getByText('PLC-1: all FRs 2<3')).toBeVisible();
  await panel.getByLabel('Owner').fill('Maintenance <b>team</b>');
  await panel.getByLabel('Owner').press('Enter');
  await panel.screenshot({ path: 'e2e/screenshots/inspector-zone.png' });

  await page
    .getByRole('group', { name: 'Asset PLC-1' })
    .or(page.locator('.react-flow__node[data-id="a-plc"]'))
    .first()
    .click();
  await expect(panel.locator('[data-inspecting="asset"]')).toBeVisible();
  const safety = panel.getByLabel('Safety-related');
  await expect(safety).toHaveValue('default');
  await expect(safety.locator('option:checked')).toHaveText('Type default (no)');
  await safety.selectOption('yes');
  await expect(panel.getByText("overrides the type's default")).toBeVisible();
  await panel.getByLabel('Addresses').fill('10.1.2.3\n10.1.2.4');
  await panel.getByLabel('Vendor').click();
  await expect(panel.getByLabel('Addresses')).toHaveValue('10.1.2.3\n10.1.2.4');
  await expect(panel.locator('[data-gap="short"]')).toContainText('all FRs 2<3');
  await panel.screenshot({ path: 'e2e/screenshots/inspector-asset.png' });

  // Back on the zone: the owner is plain text, not markup.
  await page.locator('[data-zone-id="z-ctl"] [data-testid="zone-name"]').click();
  await expect(panel.getByLabel('Owner')).toHaveValue('Maintenance <b>team</b>');

  await page.locator('[data-zone-id="z-ops"] [data-testid="zone-name"]').click({ modifiers: ['Shift'] });
  await expect(panel.locator('[data-inspecting="selection"]')).toBeVisible();
  await expect(panel).toContainText('2 zones');
  await panel.screenshot({ path: 'e2e/screenshots/inspector-multi.png' });
});
