/**
 * Imports: a valid model file (picker and drag and drop), an invalid one (every problem listed with
 * its JSON path, the diagram untouched), and a 200-row CSV asset inventory (mapping, preview,
 * unknown types, rejected rows, one undo step).
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { errorCount, openEditor } from './editor-helpers';
import { installProbes } from './security-probes';

const demo = JSON.parse(readFileSync('src/samples/water-treatment.json', 'utf8'));

function smallPlant(name: string) {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name },
    zones: [
      { id: 'z1', name: 'Cell A', kind: 'control', slTarget: 2 },
      { id: 'z2', name: 'Control room', kind: 'supervisory', slTarget: 2 },
    ],
    assets: [
      { id: 'a1', name: 'PLC A', type: 'plc', zoneId: 'z1' },
      { id: 'a2', name: 'HMI A', type: 'hmi', zoneId: 'z2' },
    ],
    conduits: [{ id: 'c1', name: 'Cell link', zoneIds: ['z2', 'z1'], type: 'filtering', slCapability: 2 }],
  };
}

const zoneCount = (page: Page) => page.getByTestId('zone-node').count();
const assetCount = (page: Page) => page.getByTestId('asset-node').count();

async function pickModelFile(page: Page, name: string, content: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: /Open model file/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

/** Drops a file on the canvas as the browser would (one DataTransfer holding a File). */
async function dropFile(page: Page, name: string, type: string, content: string) {
  await page.evaluate(
    ({ name, type, content }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      const target = document.querySelector('.react-flow__pane') ?? document.body;
      for (const kind of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    { name, type, content },
  );
}

test('opening a valid model file replaces the diagram; the old one stays in the documents list', async ({
  page,
}) => {
  await openEditor(page);
  await pickModelFile(page, 'small.json', JSON.stringify(smallPlant('Small plant')));
  await expect(page.getByTestId('document-name')).toHaveText('Small plant');
  await expect(page.getByTestId('zone-node')).toHaveCount(2);
  await expect(page.getByTestId('asset-node')).toHaveCount(2);
  await expect(page.getByTestId('toast').filter({ hasText: 'Opened small.json' })).toBeVisible();

  // Drag and drop works the same way.
  await dropFile(page, 'dropped.json', 'application/json', JSON.stringify(smallPlant('Dropped plant')));
  await expect(page.getByTestId('document-name')).toHaveText('Dropped plant');

  await page.getByRole('button', { name: /Documents/ }).click();
  const list = page.getByRole('list', { name: 'Saved diagrams' });
  await expect(list).toContainText('Riverside Water Treatment Works');
  await expect(list).toContainText('Small plant');
});

test('an invalid model file lists every problem with its JSON path and leaves the diagram alone', async ({
  page,
}) => {
  await openEditor(page);
  const zonesBefore = await zoneCount(page);
  const errorsBefore = await errorCount(page);
  const bad = {
    ...demo,
    zones: demo.zones.map((z: { id: string }, i: number) => (i === 1 ? { ...z, kind: 'castle' } : z)),
    assets: demo.assets.map((a: { id: string }, i: number) => (i === 0 ? { ...a, zoneId: 'nowhere' } : a)),
    conduits: demo.conduits.map((c: object, i: number) => (i === 2 ? { ...c, slTarget: 9 } : c)),
  };
  await pickModelFile(page, 'broken.json', JSON.stringify(bad));
  const dialog = page.getByTestId('import-problems');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('broken.json is not a valid ot-zones model');
  await expect(dialog).toContainText('Your current diagram is unchanged.');
  const problems = dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem');
  await expect(problems.first()).toBeVisible();
  const text = (await problems.allTextContents()).join('\n');
  expect(text).toContain('zones[1].kind');
  expect(text).toContain('conduits[2].slTarget');
  await page.screenshot({ path: 'e2e/screenshots/import-problems.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('document-name')).toHaveText('Riverside Water Treatment Works');
  expect(await zoneCount(page)).toBe(zonesBefore);
  expect(await errorCount(page)).toBe(errorsBefore);

  // Not JSON at all, and a reference to a missing zone (found after the schema passes).
  await pickModelFile(page, 'notes.json', '{ "format": "ot-zones", oops');
  await expect(dialog).toContainText(/not valid JSON at line 1/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const dangling = {
    ...demo,
    assets: demo.assets.map((a: object, i: number) => (i === 3 ? { ...a, zoneId: 'gone' } : a)),
  };
  await dropFile(page, 'dangling.json', 'application/json', JSON.stringify(dangling));
  await expect(dialog).toContainText('assets[3].zoneId');
  await expect(dialog).toContainText('unknown zone "gone"');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('document-name')).toHaveText('Riverside Water Treatment Works');
});

test('a model full of hostile text opens as inert text', async ({ page }) => {
  const probes = await installProbes(page);
  await openEditor(page);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const m = smallPlant(payload);
  m.zones[0]!.name = `"><svg onload=window.__pwned=3>`;
  m.assets[0]!.name = `javascript:window.__pwned=4 \u202Eexe.txt`;
  await pickModelFile(page, 'hostile.json', JSON.stringify(m));
  await expect(page.getByTestId('document-name')).toHaveText(payload);
  await expect(page.getByTestId('zone-name').first()).toBeVisible();
  expect(await probes.pwned()).toBeUndefined();
  expect(probes.dialogs).toEqual([]);
});

function inventoryCsv(): string {
  const types = [
    'PLC',
    'HMI',
    'Switch',
    'Engineering workstation',
    'Historian',
    'Barcode scanner',
    'RTU',
    'VFD',
  ];
  const zones = ['Line 1 cell', 'Line 2 cell', 'Supervisory control', 'Plant DMZ', 'Packaging safety'];
  const lines = ['Hostname;IP Address;Manufacturer;Device Type;Segment;Notes'];
  for (let i = 1; i <= 200; i++)
    lines.push(
      [
        i === 57 ? '' : `pk-${String(i).padStart(3, '0')}`,
        `10.60.${i % 5}.${i}`,
        i % 2 ? 'Siemens' : 'Rockwell',
        types[i % types.length],
        zones[i % zones.length],
        i === 100 ? '"two-line\r\nnote, with ""quotes"""' : '',
      ].join(';'),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

test('a 200-row CSV inventory: mapping, preview, unknown types, rejected rows, one undo step', async ({
  page,
}) => {
  await openEditor(page);
  const assetsBefore = await assetCount(page);
  const zonesBefore = await zoneCount(page);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('menuitem', { name: /Import asset inventory/ }).click();
  const dialog = page.getByTestId('inventory-dialog');
  await expect(dialog).toBeVisible();
  await dialog
    .getByTestId('inventory-file-input')
    .setInputFiles({ name: 'packaging-line.csv', mimeType: 'text/csv', buffer: Buffer.from(inventoryCsv()) });
  await expect(dialog).toContainText('packaging-line.csv — 200 rows, 6 columns');

  // Columns guessed from the header.
  await expect(dialog.getByLabel('Column for Name')).toHaveValue('0');
  await expect(dialog.getByLabel('Column for Addresses')).toHaveValue('1');
  await expect(dialog.getByLabel('Column for Vendor')).toHaveValue('2');
  await expect(dialog.getByLabel('Column for Type')).toHaveValue('3');
  await expect(dialog.getByLabel('Column for Zone')).toHaveValue('4');

  const summary = dialog.getByTestId('inventory-summary');
  await expect(summary).toContainText('199 assets will be added');
  await expect(summary).toContainText('4 new zones');
  await expect(dialog.getByTestId('inventory-rejected')).toContainText('Line 58: no name');
  await expect(dialog.getByTestId('inventory-unknown-types')).toContainText('Barcode scanner');
  await dialog.evaluate((el) => {
    el.scrollTop = 0;
  });
  await page.screenshot({ path: 'e2e/screenshots/import-inventory.png' });

  // Nothing is applied before Confirm.
  expect(await assetCount(page)).toBe(assetsBefore);

  // Unmapping the name column blocks the import.
  await dialog.getByLabel('Column for Name').selectOption('');
  await expect(summary).toContainText('Choose the column that holds the asset names');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await dialog.getByLabel('Column for Name').selectOption('0');

  await dialog.getByRole('button', { name: 'Import 199 assets' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Imported 199 assets from packaging-line.csv' }),
  ).toBeVisible();
  await expect.poll(() => assetCount(page), { timeout: 20_000 }).toBe(assetsBefore + 199);
  expect(await zoneCount(page)).toBe(zonesBefore + 4);

  // One undo step takes it all back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => assetCount(page), { timeout: 20_000 }).toBe(assetsBefore);
  expect(await zoneCount(page)).toBe(zonesBefore);
});

test('a CSV with a broken quote names the line; Cancel changes nothing', async ({ page }) => {
  await openEditor(page);
  const assetsBefore = await assetCount(page);
  await dropFile(page, 'broken.csv', 'text/csv', 'name,zone\nPLC 1,Cell\n"PLC 2,Cell\nPLC 3,Cell\n');
  const dialog = page.getByTestId('inventory-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveText(/Line 3: a quoted field is not closed/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await assetCount(page)).toBe(assetsBefore);
});

test('a CSV with a 10 MB cell is refused at once, naming its line and column', async ({ page }) => {
  await openEditor(page);
  const assetsBefore = await assetCount(page);
  const hugeCell = 'x'.repeat(10 * 1024 * 1024);
  await dropFile(page, 'huge.csv', 'text/csv', `name,zone\nPLC 1,Cell\nPLC 2,"${hugeCell}"\n`);
  const dialog = page.getByTestId('inventory-dialog');
  await expect(dialog.getByRole('alert')).toHaveText(
    /Line 3: a field \(column 2\) is longer than 50000 characters/,
  );
  await page.screenshot({ path: '/tmp/domain/csv-huge-cell.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await assetCount(page)).toBe(assetsBefore);
});
