/**
 * Zone coverage: per zone and per FR, the zone's SL-T against the weakest SL-C among its assets
 * and among the conduits that join it. A heat-map table: each cell carries the gap (target minus
 * capability, 0 when covered) so a view can colour it without knowing the rules.
 * Only the zone's own assets count (nested zones have rows of their own). Assets or conduits with
 * no SL-C are counted as unknown rather than guessed. Where the team recorded IEC 62443-3-3
 * requirement statuses for the zone, each cell also carries the achieved level SL-A and its gap.
 */

import { buildIndex, zoneTarget } from '../model/derive';
import type { Model, Zone } from '../model/schema';
import { achievedLevel } from '../risk/compliance';
import { FR_IDS, type FrId, type SecurityLevel, type SlVector, toVector } from '../security-level';

export interface CoverageCell {
  fr: FrId;
  /** The zone's SL-T on this FR; undefined when the zone is not assessed. */
  target?: number;
  /** Weakest known asset SL-C on this FR, and which asset has it. */
  asset?: number;
  weakestAsset?: string;
  /** Weakest known conduit SL-C on this FR, and which conduit has it. */
  conduit?: number;
  weakestConduit?: string;
  /**
   * The target is above 0 here but some asset (or conduit) of the zone has no SL-C: the cell is
   * not known to be covered, whatever the rated ones say. Unknown is not compliant.
   */
  assetUnknown: boolean;
  conduitUnknown: boolean;
  /** target − asset, at least 0; 0 when either side is unknown. */
  assetGap: number;
  conduitGap: number;
  /** SL-A on this FR (risk/compliance.ts); only when the zone has requirement statuses. */
  achieved?: number;
  /** target − achieved, at least 0; 0 when either side is unknown. */
  achievedGap: number;
}

export interface ZoneCoverage {
  zone: string;
  name: string;
  target?: SlVector;
  cells: CoverageCell[];
  assets: number;
  assetsUnknown: number;
  conduits: number;
  conduitsUnknown: number;
  /** Largest gap in the row: 0 covered, 1 short by one level, … */
  worstGap: number;
  /** Some FR with a target above 0 has an asset or conduit whose SL-C is unknown. */
  unknown: boolean;
}

/** What a coverage cell shows: short by the gap, unknown (a capability is missing), covered, or no SL-T. */
export function cellStatus(cell: CoverageCell): 'short' | 'unknown' | 'covered' | 'no-target' {
  if (cell.target === undefined) return 'no-target';
  if (Math.max(cell.assetGap, cell.conduitGap, cell.achievedGap) > 0) return 'short';
  if (cell.assetUnknown || cell.conduitUnknown) return 'unknown';
  return 'covered';
}

interface Rated {
  id: string;
  level: SlVector;
}

function weakest(items: readonly Rated[], i: number): { level: number; id: string } | undefined {
  let best: { level: number; id: string } | undefined;
  for (const item of items) {
    const level = item.level[i]!;
    if (!best || level < best.level) best = { level, id: item.id };
  }
  return best;
}

function rated(items: readonly { id: string; slCapability?: SecurityLevel | undefined }[]): Rated[] {
  const result: Rated[] = [];
  for (const item of items)
    if (item.slCapability !== undefined) result.push({ id: item.id, level: toVector(item.slCapability) });
  return result;
}

function zoneRow(zone: Zone, index: ReturnType<typeof buildIndex>): ZoneCoverage {
  const target = zoneTarget(zone);
  const assets = index.assetsByZone.get(zone.id) ?? [];
  const conduits = index.conduitsByZone.get(zone.id) ?? [];
  const ratedAssets = rated(assets);
  const ratedConduits = rated(conduits);
  let worstGap = 0;
  let unknown = false;
  const someAssetUnknown = ratedAssets.length < assets.length;
  const someConduitUnknown = ratedConduits.length < conduits.length;
  const cells = FR_IDS.map((fr, i): CoverageCell => {
    const t = target?.[i];
    const cell: CoverageCell = {
      fr,
      assetUnknown: t !== undefined && t > 0 && someAssetUnknown,
      conduitUnknown: t !== undefined && t > 0 && someConduitUnknown,
      assetGap: 0,
      conduitGap: 0,
      achievedGap: 0,
    };
    if (t !== undefined) cell.target = t;
    if (cell.assetUnknown || cell.conduitUnknown) unknown = true;
    const a = weakest(ratedAssets, i);
    if (a) {
      cell.asset = a.level;
      cell.weakestAsset = a.id;
      if (t !== undefined) cell.assetGap = Math.max(0, t - a.level);
    }
    const c = weakest(ratedConduits, i);
    if (c) {
      cell.conduit = c.level;
      cell.weakestConduit = c.id;
      if (t !== undefined) cell.conduitGap = Math.max(0, t - c.level);
    }
    if (zone.requirements && Object.keys(zone.requirements).length > 0) {
      cell.achieved = achievedLevel(fr, zone.requirements);
      if (t !== undefined) cell.achievedGap = Math.max(0, t - cell.achieved);
    }
    worstGap = Math.max(worstGap, cell.assetGap, cell.conduitGap, cell.achievedGap);
    return cell;
  });
  const row: ZoneCoverage = {
    zone: zone.id,
    name: zone.name,
    cells,
    assets: assets.length,
    assetsUnknown: assets.length - ratedAssets.length,
    conduits: conduits.length,
    conduitsUnknown: conduits.length - ratedConduits.length,
    worstGap,
    unknown,
  };
  if (target) row.target = target;
  return row;
}

/** One row per zone, in model order. */
export function zoneCoverage(model: Model): ZoneCoverage[] {
  const index = buildIndex(model);
  return model.zones.map((z) => zoneRow(z, index));
}
