/**
 * Allocation-free checks for the hot paths of the rules (they run for every asset and conduit on
 * each full evaluation); the detailed shortfalls are computed only when a rule fires.
 */
import { assetType } from '../catalog/asset-types';
import type { Asset } from '../model/schema';
import type { SecurityLevel } from '../security-level';

function levelAt(sl: SecurityLevel, i: number): number {
  return typeof sl === 'number' ? sl : (sl[i] ?? 0);
}

/** Whether `capability` is below `target` on at least one FR. */
export function fallsShort(capability: SecurityLevel, target: SecurityLevel): boolean {
  if (typeof capability === 'number' && typeof target === 'number') return capability < target;
  for (let i = 0; i < 7; i++) if (levelAt(capability, i) < levelAt(target, i)) return true;
  return false;
}

export type AssetFlag = 'safetyRelated' | 'wireless' | 'transient' | 'externalNetwork';

/** One flag of the asset, the catalog default for its type when the file says nothing (as assetTraits). */
export function assetFlag(asset: Asset, flag: AssetFlag): boolean {
  return asset[flag] ?? assetType(asset.type)[flag] ?? false;
}
