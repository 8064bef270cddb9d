import { expect, type Page, test } from '@playwright/test';
import { openModel, smallPlant } from './persistence-fixtures';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const item = (page: Page, rule: string, subject: string) =>
  findings(page).locator(`li[data-rule="${rule}"][data-subject="${subject}"]`);

/** The plant with PLC-1 below its zone's target: an asset finding to click on. */
function plantWithWeakPlc() {
  const plant = smallPlant();
  plant.assets[1]!.slCapability = 1;
  return plant;
}

async function isInsideCanvas(page: Page, nodeId: string): Promise<boolean> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const node = await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox();
  if (!node) return false;
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  return cx > canvas.x && cx < canvas.x + canvas.width && cy > canvas.y && cy < canvas.y + canvas.height;
}

test('clicking a finding selects its element and pans the canvas to it', async ({ page }) => {
  await openModel(page, plantWithWeakPlc());
  const finding = item(page, 'asset-capability-below-zone-target', 'a-plc');
  await expect(finding).toContainText('PLC-1');

  // Zoom in on the top of the diagram until PLC-1 is out of sight.
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 60);
  for (let i = 0; i < 6 && (await isInsideCanvas(page, 'a-plc')); i++) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(150);
  }
  expect(await isInsideCanvas(page, 'a-plc')).toBe(false);

  await finding.getByRole('button', { name: /PLC-1/ }).click();
  await expect(inspector(page).locator('[data-inspecting="asset"]')).toBeVisible();
  await expect(inspector(page).getByRole('heading', { name: 'PLC-1' })).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="a-plc"]')).toHaveClass(/selected/);
  await expect.poll(() => isInsideCanvas(page, 'a-plc')).toBe(true);
  await expect(finding).toHaveClass(/bg-sky-50/); // the list marks the selected element's findings
  await page.screenshot({ path: 'e2e/screenshots/findings-revealed.png' });
});

test('a rule is disabled, re-graded and re-enabled from the findings list, each one undo step', async ({
  page,
}) => {
  await openModel(page, plantWithWeakPlc());
  const panel = findings(page);
  const finding = item(page, 'asset-capability-below-zone-target', 'a-plc');
  const undoButton = page.getByRole('button', { name: 'Undo', exact: true });

  await finding.getByRole('button', { name: 'Show details' }).click();
  await expect(finding).toContainText('Reference: IEC 62443');
  await expect(finding).toContainText('How to fix:');
  await expect(finding).toContainText('Why:');
  await panel.screenshot({ path: 'e2e/screenshots/findings-details.png' });

  // Re-grade to a note: the item moves to the Notes group.
  await finding.getByLabel('Severity of rule asset-capability-below-zone-target').selectOption('info');
  await expect(
    panel.getByRole('region', { name: 'Notes' }).locator('li[data-subject="a-plc"]'),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: /Rule policy/ })).toContainText('1 re-graded');

  // Disable it: the finding disappears and is counted as hidden.
  await finding.getByRole('button', { name: 'Disable rule' }).click();
  await expect(finding).toHaveCount(0);
  await expect(panel.getByRole('button', { name: '1 hidden by policy' })).toBeVisible();
  await panel.getByRole('button', { name: '1 hidden by policy' }).click();
  const overrides = panel.getByRole('list', { name: 'Rule overrides' });
  await expect(overrides).toContainText('asset-capability-below-zone-target · disabled');
  await panel.screenshot({ path: 'e2e/screenshots/findings-policy.png' });

  // Undo brings the finding back (as re-graded), redo hides it again, Enable restores it.
  await undoButton.click();
  await expect(finding).toBeVisible();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(finding).toHaveCount(0);
  await overrides.getByRole('button', { name: 'Enable' }).click();
  await expect(finding).toBeVisible();
  await expect(
    panel.getByRole('region', { name: 'Notes' }).locator('li[data-subject="a-plc"]'),
  ).toBeVisible();
  await overrides.getByRole('button', { name: 'Reset' }).click();
  await expect(
    panel.getByRole('region', { name: 'Warnings' }).locator('li[data-subject="a-plc"]'),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: /Rule policy/ })).toHaveCount(0);
});

test('findings are filtered by rule and by text, and update on every edit', async ({ page }) => {
  await openModel(page, plantWithWeakPlc());
  const panel = findings(page);
  const all = panel.locator('li[data-rule]');
  const total = await all.count();
  expect(total).toBeGreaterThan(1);

  await panel.getByLabel('Filter findings by rule').selectOption('asset-capability-below-zone-target');
  await expect(all).toHaveCount(1);
  await panel.getByLabel('Filter findings by rule').selectOption('');
  await panel.getByLabel('Filter findings by text').fill('plc-1');
  await expect(all).toHaveCount(1);
  await panel.getByLabel('Filter findings by text').fill('no such words');
  await expect(panel.getByText('No findings match the filter.')).toBeVisible();
  await panel.getByRole('button', { name: 'Clear filter' }).click();
  await expect(all).toHaveCount(total);

  // Live: fixing PLC-1 in the inspector removes its finding.
  await page.locator('.react-flow__node[data-id="a-plc"]').click();
  await inspector(page).getByLabel('Capability (SL-C)', { exact: true }).selectOption('2');
  await expect(item(page, 'asset-capability-below-zone-target', 'a-plc')).toHaveCount(0);
  await expect(all).toHaveCount(total - 1);
});
