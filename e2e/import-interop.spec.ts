/**
 * Import from another tool (issue 17): a real draw.io file and a real Threagile model through the
 * import preview (detected format, what maps, the warnings), then onto the canvas as a new
 * document while the previous one stays saved (or into the open diagram as one undo step); a
 * hostile file is refused in the preview.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openEditor } from './editor-helpers';
import { installProbes } from './security-probes';

const fixture = (path: string) => readFileSync(`test-support/interop/fixtures/${path}`);

async function pickForeignFile(page: Page, name: string, content: Buffer | string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: /Import from another tool/ }).click();
  await (await chooser).setFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(content),
  });
}

test('draw.io: preview shows the zones, assets, conduits and warnings; import opens it as a new diagram', async ({
  page,
}) => {
  const probes = await installProbes(page);
  await openEditor(page);
  await pickForeignFile(page, 'plant-network.drawio', fixture('ot-drawio/plant-network.drawio'));
  const dialog = page.getByTestId('foreign-import');
  await expect(dialog).toBeVisible();
  const summary = dialog.getByTestId('foreign-import-summary');
  await expect(summary).toContainText('draw.io / diagrams.net');
  await expect(summary).toContainText('6 zones, 3 assets, 4 conduits');
  const zones = dialog.getByRole('region', { name: 'Zones' });
  await expect(zones).toContainText('Level 3.5 Industrial DMZ');
  await expect(zones).toContainText('Outside any zone');
  const guessed = dialog.getByRole('region', { name: 'Guessed' });
  await expect(guessed).toContainText('lies in no zone');
  await expect(guessed).toContainText('XML line');
  await page.screenshot({ path: 'e2e/screenshots/import-interop-drawio-preview.png' });

  await dialog.getByRole('button', { name: 'Import as new diagram' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('document-name')).toHaveText('Imported draw.io diagram');
  await expect(page.getByTestId('zone-node')).toHaveCount(6);
  await expect(page.getByTestId('asset-node')).toHaveCount(3);
  await expect(page.getByTestId('zone-node').filter({ hasText: 'Level 4 Enterprise IT' })).toBeVisible();
  await expect(page.getByTestId('toast').filter({ hasText: 'Imported plant-network.drawio' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/import-interop-drawio-canvas.png' });

  // The diagram that was open before is still in the documents list.
  await page.getByRole('button', { name: /Documents/ }).click();
  await expect(page.getByRole('list', { name: 'Saved diagrams' })).toContainText(
    'Riverside Water Treatment Works',
  );
  expect(probes.pageErrors).toEqual([]);
});

test('Threagile: nested trust boundaries and dropped links are listed; zones and assets land on the canvas', async ({
  page,
}) => {
  await openEditor(page);
  await pickForeignFile(page, 'threagile.yaml', fixture('threagile/example/threagile.yaml'));
  const dialog = page.getByTestId('foreign-import');
  await expect(dialog.getByTestId('foreign-import-summary')).toContainText('Threagile YAML');
  await expect(dialog.getByTestId('foreign-import-summary')).toContainText('6 zones, 14 assets');
  const dropped = dialog.getByRole('region', { name: 'Not imported' });
  await expect(dropped).toContainText('stays inside one zone');
  await expect(dropped).toContainText('YAML line');
  await expect(dialog.getByRole('region', { name: 'Zones' })).toContainText('↳ Web DMZ');
  await page.screenshot({ path: 'e2e/screenshots/import-interop-threagile-preview.png' });
  await dialog.getByRole('button', { name: 'Import as new diagram' }).click();
  await expect(page.getByTestId('document-name')).toHaveText('Some Example Application');
  await expect(page.getByTestId('zone-node')).toHaveCount(6);
  await expect(page.getByTestId('asset-node')).toHaveCount(14);
  await page.screenshot({ path: 'e2e/screenshots/import-interop-threagile-canvas.png' });
});

test('a hostile file is refused in the preview and the current diagram stays as it was', async ({ page }) => {
  const probes = await installProbes(page);
  await openEditor(page);
  const before = await page.getByTestId('zone-node').count();
  const bomb =
    '<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY a "<img src=x onerror=window.__pwned=1>">]>\n<mxfile>&a;</mxfile>';
  await pickForeignFile(page, 'bomb.drawio', bomb);
  const dialog = page.getByTestId('foreign-import');
  await expect(dialog.getByTestId('foreign-import-error')).toContainText(
    'XML line 2: document type declarations',
  );
  await expect(dialog.getByRole('button', { name: 'Import as new diagram' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('document-name')).toHaveText('Riverside Water Treatment Works');
  expect(await page.getByTestId('zone-node').count()).toBe(before);

  // Script text in a label is shown as text.
  const xss = `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="z" value="&lt;img src=x onerror=window.__pwned=1&gt; Zone" style="swimlane;" vertex="1" parent="1"><mxGeometry width="300" height="200" as="geometry"/></mxCell></root></mxGraphModel>`;
  await pickForeignFile(page, 'xss.drawio', xss);
  await expect(dialog.getByRole('region', { name: 'Zones' })).toContainText(
    '<img src=x onerror=window.__pwned=1> Zone',
  );
  expect(await probes.pwned()).toBeUndefined();
});

test('Export menu: Visio downloads as a zip package, OTM as JSON that imports back through the preview', async ({
  page,
}) => {
  await openEditor(page);
  const download = async (item: RegExp) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('menuitem', { name: item }).click(),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  };
  const vsdx = await download(/Visio drawing/);
  expect(vsdx.name).toBe('riverside-water-treatment-works.vsdx');
  expect(vsdx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(vsdx.bytes.includes(Buffer.from('visio/pages/page1.xml'))).toBe(true);

  const otm = await download(/Open Threat Model/);
  expect(otm.name).toBe('riverside-water-treatment-works.otm.json');
  const zones = JSON.parse(otm.bytes.toString('utf8')).trustZones.length;
  await pickForeignFile(page, otm.name, otm.bytes);
  const dialog = page.getByTestId('foreign-import');
  await expect(dialog.getByTestId('foreign-import-summary')).toContainText(
    `Open Threat Model (OTM): ${zones} zones`,
  );
  await expect(dialog.getByRole('region', { name: 'Not imported' })).toHaveCount(0);
});

test('dropping an OTM .json on the window opens the import preview (a model .json still opens directly)', async ({
  page,
}) => {
  await openEditor(page);
  const content = fixture('otm/EXAMPLE.json').toString('utf8');
  await page.evaluate(
    ({ content }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'example.otm.json', { type: 'application/json' }));
      const target = document.querySelector('.react-flow__pane') ?? document.body;
      for (const kind of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    { content },
  );
  const dialog = page.getByTestId('foreign-import');
  await expect(dialog.getByTestId('foreign-import-summary')).toContainText(
    'Open Threat Model (OTM): 2 zones, 4 assets, 1 conduit',
  );
  await expect(dialog.getByRole('region', { name: 'Not imported' })).toContainText('$.dataflows[1]');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('document-name')).toHaveText('Riverside Water Treatment Works');
});

test('"Replace this diagram" imports into the open diagram as one undo step and keeps the old content as a version', async ({
  page,
}) => {
  await openEditor(page);
  await expect(page.getByTestId('document-name')).toHaveText('Riverside Water Treatment Works');
  await pickForeignFile(page, 'plant-network.drawio', fixture('ot-drawio/plant-network.drawio'));
  const dialog = page.getByTestId('foreign-import');
  await expect(dialog.getByTestId('foreign-import-summary')).toContainText('6 zones, 3 assets, 4 conduits');
  await dialog.getByRole('button', { name: 'Replace this diagram' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('zone-node')).toHaveCount(6);
  await expect(page.getByTestId('document-name')).toHaveText('Imported draw.io diagram');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByTestId('document-name')).toHaveText('Riverside Water Treatment Works');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Compare with' })).toContainText(
    'Before importing plant-network.drawio',
  );
});
