/**
 * Overview level of detail: when a large diagram is zoomed out below OVERVIEW_BELOW_ZOOM its asset
 * nodes are left out and each zone draws its own assets as tiles (AssetTiles.tsx). React Flow gives
 * every node a wrapper, event handlers, a drag handler, a size observer and store subscriptions;
 * at that zoom a card is a dozen pixels wide and cannot usefully be clicked, so drawing the ~900
 * cards in view as plain shapes inside their zones roughly halved the time to open the
 * 5,000-asset plant.
 */

import type { Evaluation } from '../../domain/engine/evaluate';
import { assetTraits } from '../../domain/model/derive';
import type { Asset } from '../../domain/model/schema';
import type { Finding } from '../../domain/rules/rule';
import { subjectFindings } from '../store/findings';
import type { ViewLayout } from './geometry';

export interface AssetTile {
  id: string;
  /** Relative to the zone, like the asset node's position. */
  x: number;
  y: number;
  cls: ReturnType<typeof assetTraits>['class'];
  /** Worst severity of the asset's findings; 'ok' with findings means info only. */
  status: 'error' | 'warning' | 'ok';
  findings: number;
}

const NO_TILES: readonly AssetTile[] = [];

/** As view-model's worstStatus (not imported: view-model imports this module). */
function statusOf(findings: readonly Finding[]): AssetTile['status'] {
  let status: AssetTile['status'] = 'ok';
  for (const f of findings) {
    if (f.severity === 'error') return 'error';
    if (f.severity === 'warning') status = 'warning';
  }
  return status;
}

/**
 * Tiles of each zone's own assets. A zone keeps the same array object while none of its assets,
 * their positions or their findings changed, so zone nodes are rebuilt only when needed.
 */
export class TileDeriver {
  private byZone = new Map<string, { deps: unknown[]; tiles: readonly AssetTile[] }>();
  private last:
    | { layout: ViewLayout; evaluation: Evaluation; result: ReadonlyMap<string, readonly AssetTile[]> }
    | undefined;

  tiles(layout: ViewLayout, evaluation: Evaluation): ReadonlyMap<string, readonly AssetTile[]> {
    if (this.last?.layout === layout && this.last.evaluation === evaluation) return this.last.result;
    const grouped = new Map<string, Array<{ asset: Asset; x: number; y: number }>>();
    for (const g of layout.assets) {
      const list = grouped.get(g.asset.zoneId);
      const entry = { asset: g.asset, x: g.rel.x, y: g.rel.y };
      if (list) list.push(entry);
      else grouped.set(g.asset.zoneId, [entry]);
    }
    const result = new Map<string, readonly AssetTile[]>();
    const next = new Map<string, { deps: unknown[]; tiles: readonly AssetTile[] }>();
    for (const [zoneId, entries] of grouped) {
      const deps: unknown[] = [];
      for (const e of entries) deps.push(e.asset, e.x, e.y, subjectFindings(evaluation, e.asset.id));
      const prev = this.byZone.get(zoneId);
      const same =
        prev && prev.deps.length === deps.length && prev.deps.every((d, i) => Object.is(d, deps[i]));
      const tiles = same
        ? prev.tiles
        : entries.map((e) => {
            const findings = subjectFindings(evaluation, e.asset.id);
            return {
              id: e.asset.id,
              x: e.x,
              y: e.y,
              cls: assetTraits(e.asset).class,
              status: statusOf(findings),
              findings: findings.length,
            };
          });
      next.set(zoneId, { deps, tiles });
      result.set(zoneId, tiles);
    }
    this.byZone = next;
    this.last = { layout, evaluation, result };
    return result;
  }
}

export function tilesOf(
  map: ReadonlyMap<string, readonly AssetTile[]>,
  zoneId: string,
): readonly AssetTile[] {
  return map.get(zoneId) ?? NO_TILES;
}
