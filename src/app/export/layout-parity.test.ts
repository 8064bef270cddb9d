/**
 * The SVG/draw.io exports lay the diagram out with the domain's layoutDiagram; the canvas with
 * canvas/geometry.ts. They must agree, or an export would not look like the editor.
 */
import { describe, expect, it } from 'vitest';
import { layoutDiagram, SIZES } from '../../domain/export/layout';
import type { Model } from '../../domain/model/schema';
import { demoModel } from '../../samples';
import { computeLayout, SIZE } from '../canvas/geometry';

function expectSameLayout(model: Model) {
  const exported = layoutDiagram(model);
  const canvas = computeLayout(model);
  expect(exported.zones.map((z) => [z.zone.id, z.abs])).toEqual(canvas.zones.map((z) => [z.zone.id, z.abs]));
  const canvasAssets = new Map(canvas.assets.map((a) => [a.asset.id, a.abs]));
  for (const a of exported.assets) expect(a.abs).toEqual(canvasAssets.get(a.asset.id));
  expect(exported.assets).toHaveLength(canvas.assets.length);
}

describe('export layout = canvas layout', () => {
  it('uses the canvas sizes', () => {
    expect(SIZES).toMatchObject({
      zoneHeader: SIZE.header,
      zonePadding: SIZE.pad,
      gap: SIZE.gap,
      assetWidth: SIZE.assetWidth,
      assetHeight: SIZE.assetHeight,
      zoneMinWidth: SIZE.zoneMinWidth,
      zoneMinHeight: SIZE.zoneMinHeight,
      newZoneWidth: SIZE.newZoneWidth,
      rowGap: SIZE.rowGap,
      columnGap: SIZE.columnGap,
    });
  });

  it('places the demo model identically', () => {
    expectSameLayout(demoModel());
  });

  it('places a model without stored positions identically (fallback layout)', () => {
    expectSameLayout({ ...demoModel(), diagram: undefined });
  });

  it('places a model with some positions missing identically', () => {
    const m = demoModel();
    const positions = { ...m.diagram!.positions };
    for (const id of Object.keys(positions).filter((_, i) => i % 3 === 0)) delete positions[id];
    expectSameLayout({ ...m, diagram: { positions } });
  });
});
