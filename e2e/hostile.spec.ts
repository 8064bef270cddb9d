/**
 * A model whose every text field is hostile (script tags, SVG onload, javascript: links, bidi
 * controls, formula starters, 5,000-character names), opened through the real Import → Open path.
 * It must render as plain text everywhere: no script runs, no dialog opens, no CSP violation.
 */
import { expect, type Page, test } from '@playwright/test';
import { serializeModel } from '../src/domain/serialize/model-json';
import { hostileModel, SCRIPT_PAYLOAD, SVG_ONLOAD_PAYLOAD } from '../test-support/fuzz/arbitraries';
import { waitSaved } from './persistence-fixtures';
import { installProbes, type Probes } from './security-probes';

const model = hostileModel();
const [zoneIt, zoneControl, zoneCell] = model.zones;
const [plc, erp] = model.assets;
const conduit = model.conduits[0]!;

async function openHostileModel(page: Page): Promise<Probes> {
  const probes = await installProbes(page);
  await page.goto('/');
  await waitSaved(page);
  await page.getByTestId('open-json-input').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeModel(model)),
  });
  await expect(page.getByTestId('document-name')).toHaveText(model.meta.name);
  await waitSaved(page);
  return probes;
}

/** Elements that could run code: anything the hostile text would create if it were parsed as HTML. */
async function activeElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'script:not([src]), iframe, object, embed, [onload], [onerror], [onclick], a[href^="javascript:" i], [href^="javascript:" i], style:not([data-vite-dev-id])',
      ),
    ].map((el) => el.outerHTML.slice(0, 120)),
  );
}

async function expectNothingRan(page: Page, probes: Probes): Promise<void> {
  expect(await probes.pwned()).toBeUndefined();
  expect(probes.dialogs).toEqual([]);
  expect(probes.pageErrors).toEqual([]);
  expect(await probes.violations()).toEqual([]);
  expect(await activeElements(page)).toEqual([]);
}

test('hostile text renders as text on the canvas, in the inspector and in the findings', async ({ page }) => {
  test.setTimeout(120_000);
  const probes = await openHostileModel(page);

  // Canvas: every element drawn, names shown literally.
  const canvas = page.getByTestId('canvas');
  for (const el of [zoneIt!, zoneControl!, zoneCell!, plc!, erp!])
    await expect(page.locator(`.react-flow__node[data-id="${el.id.replace(/["\\]/g, '\\$&')}"]`)).toHaveCount(
      1,
    );
  await expect(canvas.getByText(`IT ${SCRIPT_PAYLOAD}`, { exact: true }).first()).toBeVisible();
  await expect(canvas.getByText(plc!.name, { exact: true }).first()).toBeVisible();

  // A 5,000-character name stays inside its box instead of stretching the diagram.
  const longZone = page.locator(`.react-flow__node[data-id="${zoneControl!.id.replace(/["\\]/g, '\\$&')}"]`);
  const box = (await longZone.boundingBox())!;
  expect(box.width).toBeLessThan(2000);
  await page.screenshot({ path: 'e2e/screenshots/hostile-canvas.png' });

  // Inspector: the selected zone's fields hold the payloads as values.
  await longZone.click({ position: { x: 30, y: 12 } });
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.locator('input, textarea').first()).toHaveValue(zoneControl!.name);
  await page.locator(`.react-flow__node[data-id="${zoneIt!.id.replace(/["\\]/g, '\\$&')}"]`).click({
    position: { x: 30, y: 12 },
  });
  await expect(inspector.locator('input, textarea').first()).toHaveValue(zoneIt!.name);
  await expect(inspector.getByLabel('Description', { exact: true })).toHaveValue(zoneIt!.description!);
  await page.screenshot({ path: 'e2e/screenshots/hostile-inspector.png' });

  // Findings: messages quote the names as text.
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText(SCRIPT_PAYLOAD);
  await expect(findings).toContainText(SVG_ONLOAD_PAYLOAD);
  await findings.screenshot({ path: 'e2e/screenshots/hostile-findings.png' });

  // A finding's link selects a conduit with hostile text in every field.
  await findings
    .getByRole('button', {
      name: new RegExp(`Direct ${SCRIPT_PAYLOAD.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
    })
    .first()
    .click();
  await expect(inspector.locator('input').first()).toHaveValue(conduit.name);
  await page.screenshot({ path: 'e2e/screenshots/hostile-conduit.png' });

  await expectNothingRan(page, probes);
});

test('hostile text stays inert through exports, undo and a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const probes = await openHostileModel(page);
  for (const item of [
    'SVG drawing (with findings)',
    'Security-plan report (HTML)',
    'draw.io diagram',
    'Asset register (CSV)',
  ]) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click(),
    ]);
    expect(await file.failure()).toBeNull();
  }
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
  await page.getByRole('button', { name: 'Close analysis' }).click();
  await page.reload();
  await expect(page.getByTestId('document-name')).toHaveText(model.meta.name);
  await waitSaved(page);
  await expectNothingRan(page, probes);
});
