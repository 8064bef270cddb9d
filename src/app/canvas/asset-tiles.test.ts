import { describe, expect, it } from 'vitest';
import { moveElements } from '../../domain/edit/positions';
import { updateAsset } from '../../domain/edit/update';
import { createIncrementalEvaluator, evaluate } from '../../domain/engine/evaluate';
import { assetTraits } from '../../domain/model/derive';
import { demoModel } from '../../samples';
import { TileDeriver, tilesOf } from './asset-tiles';
import { computeLayout, union } from './geometry';
import { elementIdOf, ViewDeriver, worstStatus } from './view-model';

const demo = demoModel();

describe('asset tiles (overview level of detail)', () => {
  it('gives each zone its own assets at their card positions, with class and worst finding', () => {
    const layout = computeLayout(demo);
    const evaluation = evaluate(demo);
    const tiles = new TileDeriver().tiles(layout, evaluation);
    let count = 0;
    for (const g of layout.assets) {
      const tile = tilesOf(tiles, g.asset.zoneId).find((t) => t.id === g.asset.id);
      expect(tile).toBeDefined();
      expect(tile).toMatchObject({ x: g.rel.x, y: g.rel.y, cls: assetTraits(g.asset).class });
      const findings = evaluation.bySubject.get(g.asset.id) ?? [];
      expect(tile!.findings).toBe(findings.length);
      expect(tile!.status).toBe(worstStatus(findings));
      count++;
    }
    expect(count).toBe(demo.assets.length);
    expect([...tiles.values()].reduce((n, list) => n + list.length, 0)).toBe(demo.assets.length);
  });

  it('keeps a zone’s tile array while its assets are unchanged, rebuilds it when one changes', () => {
    // The editor's evaluator keeps each element's findings array while its findings are unchanged.
    const evaluator = createIncrementalEvaluator();
    const deriver = new TileDeriver();
    const first = deriver.tiles(computeLayout(demo), evaluator.update(demo));
    const asset = demo.assets[0]!;
    const renamed = updateAsset(demo, asset.id, { name: `${asset.name} (renamed)` });
    const second = deriver.tiles(computeLayout(renamed), evaluator.update(renamed));
    for (const [zoneId, list] of second)
      if (zoneId === asset.zoneId) expect(list).not.toBe(first.get(zoneId));
      else expect(list).toBe(first.get(zoneId));
    const moved = moveElements(renamed, { [asset.id]: { x: 600, y: 300 } });
    const third = deriver.tiles(computeLayout(moved), evaluator.update(moved));
    expect(tilesOf(third, asset.zoneId).find((t) => t.id === asset.id)).toMatchObject({ x: 600, y: 300 });
  });

  it('in the overview the view leaves asset nodes out and hands zones their tiles; not otherwise', () => {
    const deriver = new ViewDeriver();
    const full = deriver.derive(demo, [], null);
    expect(full.nodes.filter((n) => n.type === 'asset')).toHaveLength(demo.assets.length);
    expect(full.nodes.some((n) => n.type === 'zone' && n.data.tiles)).toBe(false);
    const overview = deriver.derive(demo, [], null, { overview: true });
    expect(overview.nodes.filter((n) => n.type === 'asset')).toHaveLength(0);
    const zone = overview.nodes.find((n) => n.type === 'zone' && n.id === demo.assets[0]!.zoneId);
    expect(zone?.type === 'zone' && zone.data.tiles?.some((t) => t.id === demo.assets[0]!.id)).toBe(true);
    // Back to full detail: asset nodes again.
    const again = deriver.derive(demo, [], null);
    expect(again.nodes.filter((n) => n.type === 'asset')).toHaveLength(demo.assets.length);
  });

  it('with an asset window, hands over only the assets and conduits reaching it, selected ones, and every zone', () => {
    const layout = computeLayout(demo);
    const zone = layout.zones.find((z) => layout.assets.some((a) => a.asset.zoneId === z.zone.id))!;
    const window = zone.abs;
    const far = layout.assets.find((a) => a.abs.x > window.x + window.width + 50)!;
    const view = new ViewDeriver().derive(demo, [far.asset.id], null, { assetWindow: window });
    const ids = new Set(view.nodes.map((n) => n.id));
    for (const g of layout.assets) {
      const inside =
        g.abs.x < window.x + window.width &&
        window.x < g.abs.x + g.abs.width &&
        g.abs.y < window.y + window.height &&
        window.y < g.abs.y + g.abs.height;
      expect(ids.has(g.asset.id)).toBe(inside || g.asset.id === far.asset.id);
    }
    for (const z of demo.zones) expect(ids.has(z.id)).toBe(true);
    // Conduits likewise: those whose zones' box reaches the window, plus selected ones.
    const reaches = (c: (typeof demo.conduits)[number]) => {
      const box = union(c.zoneIds.map((id) => layout.zone.get(id)!.abs));
      return (
        box.x < window.x + window.width &&
        window.x < box.x + box.width &&
        box.y < window.y + window.height &&
        window.y < box.y + box.height
      );
    };
    const conduitsIn = new Set(view.edges.map((e) => elementIdOf(e.id)));
    const outside = demo.conduits.filter((c) => !reaches(c));
    expect(outside.length).toBeGreaterThan(0);
    for (const c of demo.conduits) expect(conduitsIn.has(c.id)).toBe(reaches(c));
    const farConduit = outside[0]!;
    const selected = new ViewDeriver().derive(demo, [farConduit.id], null, { assetWindow: window });
    expect(selected.edges.some((e) => elementIdOf(e.id) === farConduit.id)).toBe(true);
  });
});
