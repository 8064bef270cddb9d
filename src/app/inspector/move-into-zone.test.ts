import { describe, expect, it } from 'vitest';
import { computeLayout, containsBox, overlaps } from '../../domain/layout/geometry';
import type { Model } from '../../domain/model/schema';
import { demoModel } from '../../samples';
import { moveAssetIntoZone, moveZoneIntoParent } from './move-into-zone';

/** The element's box and those of the other children of `zoneId`, as drawn. */
function placed(model: Model, id: string, zoneId: string) {
  const layout = computeLayout(model);
  const own = layout.asset.get(id)?.abs ?? layout.zone.get(id)!.abs;
  const siblings = [
    ...layout.assets.filter((a) => a.asset.zoneId === zoneId && a.asset.id !== id).map((a) => a.abs),
    ...layout.zones.filter((z) => z.parentId === zoneId && z.zone.id !== id).map((z) => z.abs),
  ];
  return { own, zone: layout.zone.get(zoneId)!.abs, siblings, layout };
}

describe('moving an element into another zone from the inspector', () => {
  it('puts an asset at a free spot inside its new zone and changes nothing else', () => {
    const before = demoModel();
    const after = moveAssetIntoZone('a-backup', 'z-supervisory')(before);
    expect(after.assets.find((a) => a.id === 'a-backup')!.zoneId).toBe('z-supervisory');
    const { own, zone, siblings } = placed(after, 'a-backup', 'z-supervisory');
    expect(containsBox(zone, own)).toBe(true);
    expect(siblings.length).toBeGreaterThan(3);
    for (const s of siblings) expect(overlaps(own, s)).toBe(false);
    // The siblings stay where they were drawn.
    const was = computeLayout(before);
    for (const a of before.assets.filter((x) => x.zoneId === 'z-supervisory'))
      expect(computeLayout(after).asset.get(a.id)!.abs).toEqual(was.asset.get(a.id)!.abs);
    // Untouched elements keep their identity (one edit, nothing else rewritten).
    expect(after.zones).toBe(before.zones);
    expect(after.conduits).toBe(before.conduits);
  });

  it('does not keep the old relative position, which lies outside the new zone’s content', () => {
    const before = demoModel();
    const old = before.diagram!.positions!['a-backup']!;
    const after = moveAssetIntoZone('a-backup', 'z-engineering')(before);
    const { own, zone, siblings } = placed(after, 'a-backup', 'z-engineering');
    expect(after.diagram!.positions!['a-backup']).not.toMatchObject({ x: old.x, y: old.y });
    expect(containsBox(zone, own)).toBe(true);
    for (const s of siblings) expect(overlaps(own, s)).toBe(false);
  });

  it('nests a zone at a free spot inside its new parent, and a zone made top-level goes below the diagram', () => {
    const before = demoModel();
    const nested = moveZoneIntoParent('z-wireless', 'z-process')(before);
    const { own, zone, siblings } = placed(nested, 'z-wireless', 'z-process');
    expect(containsBox(zone, own)).toBe(true);
    for (const s of siblings) expect(overlaps(own, s)).toBe(false);

    const top = moveZoneIntoParent('z-dosing', undefined)(before);
    expect(top.zones.find((z) => z.id === 'z-dosing')!.parentId).toBeUndefined();
    const drawn = computeLayout(top);
    const dosing = drawn.zone.get('z-dosing')!.abs;
    for (const z of drawn.zones)
      if (z.zone.id !== 'z-dosing' && z.parentId === undefined) expect(overlaps(dosing, z.abs)).toBe(false);
  });
});
