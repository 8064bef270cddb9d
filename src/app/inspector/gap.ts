/**
 * The security-level gaps the inspector shows beside a level: a zone's target against its assets'
 * capabilities, an asset's capability against its zone's target, a conduit's capability against
 * its effective target. Pure, so it is unit tested without a browser.
 */
import {
  conduitEffectiveTarget,
  conduitZonesTarget,
  type ModelIndex,
  zoneTarget,
} from '../../domain/model/derive';
import type { Asset, Conduit, Zone } from '../../domain/model/schema';
import {
  type FrId,
  type FrShortfall,
  formatShortfalls,
  type SlVector,
  shortfalls,
} from '../../domain/security-level';

export function shortMap(list: readonly FrShortfall[]): ReadonlyMap<FrId, number> {
  return new Map(list.map((s) => [s.fr, s.gap]));
}

export type Gap =
  /** Nothing to compare (no target, or no capability stated). */
  | { kind: 'unknown'; reason: string }
  | { kind: 'met'; target: SlVector }
  | { kind: 'short'; target: SlVector; shortfalls: FrShortfall[] };

function compare(capability: Asset['slCapability'], target: SlVector | undefined, noTarget: string): Gap {
  if (!target) return { kind: 'unknown', reason: noTarget };
  if (capability === undefined) return { kind: 'unknown', reason: 'no capability stated' };
  const list = shortfalls(capability, target);
  return list.length ? { kind: 'short', target, shortfalls: list } : { kind: 'met', target };
}

export function assetGap(asset: Asset, index: ModelIndex): Gap {
  const zone = index.zone.get(asset.zoneId);
  return compare(asset.slCapability, zone ? zoneTarget(zone) : undefined, 'its zone has no target');
}

export interface ConduitTargetInfo {
  effective: SlVector | undefined;
  /** Where the effective target comes from. */
  source: 'conduit' | 'zones' | 'none';
  zones: SlVector | undefined;
}

export function conduitTargetInfo(conduit: Conduit, index: ModelIndex): ConduitTargetInfo {
  const zones = conduitZonesTarget(conduit, index);
  const own = conduit.slTarget !== null && conduit.slTarget !== undefined;
  const effective = conduitEffectiveTarget(conduit, index);
  return { effective, zones, source: own ? 'conduit' : effective ? 'zones' : 'none' };
}

export function conduitGap(conduit: Conduit, index: ModelIndex): Gap {
  return compare(
    conduit.slCapability,
    conduitEffectiveTarget(conduit, index),
    'no target is set here or on its zones',
  );
}

export interface ZoneAssetGaps {
  target: SlVector | undefined;
  below: { asset: Asset; shortfalls: FrShortfall[] }[];
  unstated: number;
  total: number;
}

/** The zone's own assets (not those of nested zones) against its target. */
export function zoneAssetGaps(zone: Zone, index: ModelIndex): ZoneAssetGaps {
  const target = zoneTarget(zone);
  const assets = index.assetsByZone.get(zone.id) ?? [];
  const below: ZoneAssetGaps['below'] = [];
  let unstated = 0;
  for (const asset of assets) {
    if (asset.slCapability === undefined) unstated++;
    else if (target) {
      const list = shortfalls(asset.slCapability, target);
      if (list.length) below.push({ asset, shortfalls: list });
    }
  }
  return { target, below, unstated, total: assets.length };
}

/** "IAC 2<3, RDF 1<3", or "all FRs 2<3" when every FR falls short by the same levels. */
export function shortfallText(list: readonly FrShortfall[]): string {
  const first = list[0];
  if (
    first &&
    list.length === 7 &&
    list.every((s) => s.capability === first.capability && s.target === first.target)
  )
    return `all FRs ${first.capability}<${first.target}`;
  return formatShortfalls(list);
}
