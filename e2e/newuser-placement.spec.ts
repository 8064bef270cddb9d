/**
 * Issue 18: dropped and pasted elements and new sticky notes land on a free spot, never on another
 * element; conduit labels sit above lines and cards, and off asset cards.
 */
import { expect, test } from '@playwright/test';
import {
  assetNode,
  assetsNamed,
  dropFromPalette,
  focusZone,
  openEditor,
  paletteItem,
  zoneNode,
} from './editor-helpers';
import { openModel, smallPlant } from './persistence-fixtures';

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('an asset dropped onto another asset moves to the nearest free spot in the zone', async ({ page }) => {
  await openModel(page, smallPlant());
  await focusZone(page, 'z-ctl', 2);
  const plc = (await assetNode(page, 'a-plc').boundingBox())!;
  await dropFromPalette(page, paletteItem(page, 'asset', 'hmi'), {
    x: plc.x + plc.width / 2,
    y: plc.y + plc.height / 2,
  });
  const hmi = assetsNamed(page, 'HMI');
  await expect(hmi).toHaveAttribute('data-zone-id', 'z-ctl');
  const box = (await hmi.boundingBox())!;
  expect(overlaps(box, (await assetNode(page, 'a-plc').boundingBox())!)).toBe(false);
  const zone = (await zoneNode(page, 'z-ctl').boundingBox())!;
  expect(box.y).toBeGreaterThan(zone.y);
  await page.screenshot({ path: 'test-results/newuser-drop-free-spot.png' });
});

test('a new sticky note covers no zone', async ({ page }) => {
  await openModel(page, smallPlant());
  await page.getByRole('button', { name: 'Notes' }).click();
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByLabel('New note').fill('Check the firewall rule review');
  await notes.getByRole('button', { name: 'Add sticky note' }).click();
  const sticky = page.getByTestId('sticky-note');
  await expect(sticky).toHaveCount(1);
  const box = (await sticky.boundingBox())!;
  for (const id of ['z-ops', 'z-ctl'])
    expect(overlaps(box, (await zoneNode(page, id).boundingBox())!), id).toBe(false);
  await page.screenshot({ path: 'test-results/newuser-sticky-free-spot.png' });
});

test('pasted assets and zones land beside their originals, never on top of another element', async ({
  page,
}) => {
  const plant = smallPlant();
  // A second PLC right of the first: the paste offset would put the copy across both.
  plant.assets.push({ id: 'a-plc2', name: 'PLC-2', type: 'plc', zoneId: 'z-ctl', slCapability: 2 });
  (plant.diagram.positions as Record<string, { x: number; y: number }>)['a-plc2'] = { x: 220, y: 70 };
  await openModel(page, plant);
  await focusZone(page, 'z-ctl', 2);
  await assetNode(page, 'a-plc').click();
  await page.keyboard.press('Control+c');
  for (const copies of [1, 2]) {
    await page.keyboard.press('Control+v');
    await expect(page.locator('[data-testid="asset-node"][data-zone-id="z-ctl"]')).toHaveCount(2 + copies);
  }
  const boxes = await page.locator('.react-flow__node-asset').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id'), x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (const a of boxes)
    for (const b of boxes) if (a !== b) expect(overlaps(a, b), `${a.id} on ${b.id}`).toBe(false);
  await page.screenshot({ path: 'test-results/newuser-paste-free-spot.png' });

  // A pasted zone covers no other zone either.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await zoneNode(page, 'z-ops').locator('.zone-hit').first().click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('zone-node')).toHaveCount(3);
  const zones = await page.locator('.react-flow__node-zone').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id'), x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (const a of zones)
    for (const b of zones) if (a !== b) expect(overlaps(a, b), `${a.id} on ${b.id}`).toBe(false);
});

/** Conduit labels whose centre, ends or finding badge are covered by something else (a line, a card). */
async function coveredLabels(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const label of document.querySelectorAll<HTMLElement>('[data-testid="conduit-label"]')) {
      const b = label.getBoundingClientRect();
      const points: Array<[string, number, number]> = [
        ['left', b.x + 4, b.y + b.height / 2],
        ['centre', b.x + b.width / 2, b.y + b.height / 2],
        ['right', b.right - 4, b.y + b.height / 2],
      ];
      const badge = label.querySelector('[data-testid="finding-badge"]')?.getBoundingClientRect();
      if (badge) points.push(['badge', badge.x + badge.width / 2, badge.y + badge.height / 2]);
      for (const [where, x, y] of points) {
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
        const top = document.elementFromPoint(x, y);
        if (!top || !label.contains(top))
          covered.push(`${label.dataset.conduitId} ${where}: ${top?.className}`);
      }
    }
    return covered;
  });
}

test('conduit labels sit above their lines and above cards: name and finding badge stay uncovered', async ({
  page,
}) => {
  await openEditor(page);
  await expect(page.getByTestId('conduit-label').first()).toBeVisible();
  expect(await coveredLabels(page)).toEqual([]);
  // Selected, a conduit's line is raised: still under its label.
  await page.getByTestId('conduit-label').first().click();
  expect(await coveredLabels(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/newuser-labels-on-top.png' });
});

test('a conduit label between two cells of one zone keeps off the asset card between them', async ({
  page,
}) => {
  await openModel(page, {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Line' },
    zones: [
      { id: 'z-line', name: 'Packaging line', kind: 'control', slTarget: 2 },
      { id: 'z-a', name: 'Cell A', kind: 'control', parentId: 'z-line', slTarget: 2 },
      { id: 'z-b', name: 'Cell B', kind: 'control', parentId: 'z-line', slTarget: 2 },
    ],
    assets: [{ id: 'a-mid', name: 'Line switch', type: 'switch', zoneId: 'z-line', slCapability: 2 }],
    conduits: [{ id: 'c-ab', name: 'A-B', zoneIds: ['z-a', 'z-b'], type: 'filtering' }],
    diagram: {
      positions: {
        'z-line': { x: 0, y: 0, width: 900, height: 300 },
        'z-a': { x: 20, y: 60, width: 200, height: 200 },
        'z-b': { x: 680, y: 60, width: 200, height: 200 },
        'a-mid': { x: 370, y: 132 },
      },
    },
  });
  const label = page.getByTestId('conduit-label');
  await expect(label).toBeVisible();
  await expect(label.getByTestId('finding-badge')).toBeVisible();
  const box = (await label.boundingBox())!;
  expect(overlaps(box, (await assetNode(page, 'a-mid').boundingBox())!)).toBe(false);
  expect(await coveredLabels(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/newuser-label-off-card.png' });
});
