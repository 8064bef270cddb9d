import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySteps, editStepArb } from '../../../test-support/fuzz/edits';
import { layoutFor } from '../derived/model';
import { moveElements } from '../edit/positions';
import { updateAsset, updateZone } from '../edit/update';
import { generatePlant } from '../generate/plant-generator';
import type { Model } from '../model/schema';
import { computeLayout } from './geometry';

describe('layoutFor reuses boxes across edits that move nothing', () => {
  it('after every step of random edit sequences it equals a fresh layout', () => {
    fc.assert(
      fc.property(fc.array(editStepArb('plain'), { minLength: 1, maxLength: 30 }), (steps) => {
        const start = generatePlant('S', 5);
        layoutFor(start);
        applySteps(start, steps, (m) => {
          expect(layoutFor(m)).toEqual(computeLayout(m));
        });
      }),
      { numRuns: 60 },
    );
    // 60 sequences of up to 30 edits: a few seconds on a busy CI machine, more than vitest's 5 s default.
  }, 60_000);

  it('keeps the geometry objects of untouched elements and relinks edited ones', () => {
    const model = generatePlant('S', 2);
    const before = layoutFor(model);
    const zone = model.zones[3]!;
    const leveled = updateZone(model, zone.id, { slTarget: 3, name: 'Renamed zone' });
    const after = layoutFor(leveled);
    expect(after).toEqual(computeLayout(leveled));
    expect(after.zone.get(zone.id)!.zone.name).toBe('Renamed zone');
    for (const g of after.zones) if (g.zone.id !== zone.id) expect(g).toBe(before.zone.get(g.zone.id));
    expect(after.assets).toBe(before.assets);

    const asset = leveled.assets[7]!;
    const described = updateAsset(leveled, asset.id, { description: 'spare' });
    const third = layoutFor(described);
    expect(third.asset.get(asset.id)!.asset.description).toBe('spare');
    expect(third.zones).toBe(after.zones);
    expect(third).toEqual(computeLayout(described));
  });

  it('lays out again when something moves, is re-parented, or changes Purdue level', () => {
    const model = generatePlant('S', 4);
    layoutFor(model);
    const top = model.zones.find((z) => z.parentId === undefined)!;
    const checks: Model[] = [
      moveElements(model, { [top.id]: { x: 5000, y: 5000 } }),
      updateZone(model, top.id, { purdueLevel: top.purdueLevel === 1 ? 2 : 1 }),
      { ...model, assets: model.assets.map((a, i) => (i === 0 ? { ...a, zoneId: top.id } : a)) },
    ];
    for (const m of checks) {
      layoutFor(model);
      expect(layoutFor(m)).toEqual(computeLayout(m));
    }
  });
});
