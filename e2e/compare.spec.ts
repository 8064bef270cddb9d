import { expect, type Page, test } from '@playwright/test';
import { openModel, smallPlant, waitSaved } from './persistence-fixtures';

test.describe.configure({ timeout: 150_000 });

const panel = (page: Page) => page.getByRole('region', { name: 'Compare' });

/** The saved version: the plant before the change, with an extra asset that was later removed. */
function savedVersion() {
  const plant = smallPlant();
  plant.assets.push({ id: 'a-old', name: 'Old gateway', type: 'plc', zoneId: 'z-ctl', slCapability: 2 });
  return plant;
}

/** The open diagram: the PLC's capability lowered, the firewall removed, a new HMI added. */
function openDiagram() {
  const plant = smallPlant({ conduit: { controls: ['fail-close', 'logging'] } });
  plant.assets[1]!.slCapability = 1;
  plant.assets.push({ id: 'a-hmi', name: 'HMI-2', type: 'hmi', zoneId: 'z-ctl', slCapability: 2 });
  (plant.diagram.positions as Record<string, unknown>)['a-hmi'] = { x: 200, y: 70 };
  return plant;
}

test('compares the open diagram with a saved version: marks, change list, risks, export, change record', async ({
  page,
}) => {
  await openModel(page, openDiagram());
  await page.getByTestId('compare-file').setInputFiles({
    name: 'pump-station-v1.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(savedVersion())),
  });
  const compare = panel(page);
  await expect(compare).toContainText('with pump-station-v1.json');
  await expect(compare.getByTestId('compare-summary')).toContainText(
    '1 added, 1 removed, 2 changed · 1 finding introduced, 0 resolved · 2 security-relevant changes',
  );
  const risks = compare.getByRole('region', { name: 'Security-relevant changes' });
  await expect(risks.locator('[data-risk="control-removed"]')).toContainText('lost control Firewall');
  await expect(risks.locator('[data-risk="sl-capability-lowered"]')).toContainText('PLC-1');

  // Canvas marks: added green, changed amber (outline colours from the constructed sheet).
  const outline = (id: string) =>
    page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => getComputedStyle(el).outlineColor);
  await expect.poll(() => outline('a-hmi')).toBe('rgb(22, 163, 74)');
  await expect.poll(() => outline('a-plc')).toBe('rgb(245, 158, 11)');

  // The removed asset is listed (struck through) and drawn as a red dashed ghost where it was.
  const removed = compare.locator('li[data-change="removed"][data-id="a-old"]');
  await expect(removed).toContainText('Old gateway');
  const ghost = page.locator('[data-testid="removed-ghost"][data-id="a-old"]');
  await expect(ghost).toHaveAttribute('title', 'Removed asset: Old gateway');
  await expect.poll(() => ghost.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
  await removed.getByRole('button').click();
  await expect(ghost).toBeInViewport();
  await compare.locator('li[data-id="a-hmi"]').getByRole('button').click();
  await expect(page.locator('.react-flow__node[data-id="a-hmi"]')).toHaveClass(/selected/);
  await expect(compare.getByRole('region', { name: 'Findings introduced' })).toContainText('PLC-1');
  await page.screenshot({ path: 'e2e/screenshots/compare-view.png' });

  const download = page.waitForEvent('download');
  await compare.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await download;
  const markdown = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(markdown).toString('utf8');
  expect(text).toContain('## Model changes: pump-station-v1.json → Pump station');
  expect(text).toContain('| added | HMI-2 | `a-hmi` | – |');

  const htmlDownload = page.waitForEvent('download');
  await compare.getByRole('button', { name: 'Export HTML' }).click();
  const html = Buffer.concat(await (await (await htmlDownload).createReadStream()).toArray()).toString(
    'utf8',
  );
  expect(html).toContain('<h2>Assets (3)</h2>');
  expect(html).toMatch(/<tr><td><span class="change removed">removed<\/span><\/td><td>Old gateway<\/td>/);

  await compare.getByRole('button', { name: 'Record change…' }).click();
  const form = compare.getByRole('form', { name: 'Change record' });
  await form.getByLabel('Title (required)').fill('Replace cell firewall by managed switch ACLs');
  await form.getByLabel('Reason').fill('Firewall end of life');
  await form.getByLabel('Implemented by').fill('Integrator GmbH');
  await form.getByLabel('Approved by').fill('Plant manager');
  await form.getByLabel('Ticket / MOC').fill('MOC-2291');
  await form.getByLabel('Status').selectOption('approved');
  await form.getByRole('button', { name: 'Save record' }).click();
  const records = compare.getByRole('region', { name: 'Change records' });
  await expect(records).toContainText('Replace cell firewall by managed switch ACLs');
  await expect(records).toContainText('approved');
  await expect(records).toContainText('MOC-2291');
  await compare.screenshot({ path: 'e2e/screenshots/compare-change-record.png' });

  // The record is kept up to date later: implemented, by whom; one undo step.
  await records.getByRole('button', { name: /^Edit change record/ }).click();
  const edit = records.getByRole('form', { name: 'Change record' });
  await expect(edit.getByLabel('Title (required)')).toHaveValue(
    'Replace cell firewall by managed switch ACLs',
  );
  await edit.getByLabel('Status').selectOption('implemented');
  await edit.getByRole('button', { name: 'Save record' }).click();
  await expect(records.locator('[data-record]')).toHaveCount(1);
  await expect(records).toContainText('implemented');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(records).toContainText('approved');

  await compare.getByRole('button', { name: 'Close comparison' }).click();
  await expect(compare).toHaveCount(0);
  await expect.poll(() => outline('a-hmi')).not.toBe('rgb(22, 163, 74)');
});

test('a file that is not a model is refused with a message naming the problem', async ({ page }) => {
  await openModel(page, smallPlant());
  await page.getByTestId('compare-file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"ot-zones","version":1}'),
  });
  await expect(page.getByText(/Cannot compare with notes\.json: /)).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
});

test('saves a named version in this browser and compares the diagram with it later, also after a reload', async ({
  page,
}) => {
  await openModel(page, smallPlant());
  const compareButton = page.getByRole('button', { name: 'Compare', exact: true });
  await compareButton.click();
  const menu = page.getByRole('region', { name: 'Compare with' });
  await expect(menu).toContainText('No saved versions of this diagram yet.');
  const form = menu.getByRole('form', { name: 'Save a version' });
  await form.getByLabel('Save the open diagram as a version').fill('Before workshop 3');
  await form.getByLabel('Note (optional)').fill('as approved in MOC-1042');
  await form.getByRole('button', { name: 'Save version' }).click();
  const row = menu.getByRole('list', { name: 'Saved versions' }).getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Before workshop 3');
  await expect(row).toContainText('as approved in MOC-1042');
  await page.keyboard.press('Escape');

  // Change the diagram: delete the PLC.
  await page.locator('.react-flow__node[data-id="a-plc"]').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node[data-id="a-plc"]')).toHaveCount(0);
  await waitSaved(page);

  await page.reload();
  await expect(page.getByTestId('document-name')).toHaveText('Pump station');
  await compareButton.click();
  await menu
    .getByRole('listitem')
    .filter({ hasText: 'Before workshop 3' })
    .getByRole('button', { name: 'Compare' })
    .click();
  const compare = panel(page);
  await expect(compare).toContainText('with version “Before workshop 3”');
  await expect(compare.getByTestId('compare-summary')).toContainText('0 added, 1 removed');
  await expect(page.locator('[data-testid="removed-ghost"][data-id="a-plc"]')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/compare-named-version.png' });
});
