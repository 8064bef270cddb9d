/**
 * Blast radius: which zones an attacker who holds one zone (or one asset, i.e. its zone) can go on
 * to reach along conduits, respecting direction and unidirectional gateways, and how many
 * filtering barriers stand in the way on the attacker's best path to each.
 * Nesting counts as described in graph/reach.ts.
 */

import { buildReachIndex, minReachFrom } from '../graph/reach';
import type { Model } from '../model/schema';
import { type PathStep, pathSteps } from './path-steps';
import { resolveZoneOrAsset } from './resolve';

export interface ReachedZone {
  zone: string;
  /** Fewest filtering barriers crossed on any path from the compromised zone. */
  barriers: number;
  /** Zone ids from the compromised zone to this one, both included. */
  path: string[];
  steps: PathStep[];
}

export interface BlastRadius {
  /** The compromised zone. */
  from: string;
  /** Set when the user picked an asset: the analysis starts from its zone. */
  fromAsset?: string;
  /** Every other reachable zone, ordered by barriers, then zone id. */
  reachable: ReachedZone[];
  /** Zones that cannot be reached at all, by id. */
  unreachable: string[];
}

export type BlastRadiusResult = { ok: true; result: BlastRadius } | { ok: false; message: string };

export function byBarriersThenId(
  a: { barriers: number; zone: string },
  b: { barriers: number; zone: string },
) {
  return a.barriers - b.barriers || (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0);
}

export function blastRadius(model: Model, compromisedId: string): BlastRadiusResult {
  const reach = buildReachIndex(model);
  const resolved = resolveZoneOrAsset(reach.index, compromisedId);
  if (!resolved.ok) return resolved;
  const from = resolved.zoneId;
  const best = minReachFrom(reach, [from]);
  const reachable: ReachedZone[] = [];
  for (const [zone, { barriers, path, via }] of best) {
    if (zone === from) continue;
    reachable.push({ zone, barriers, path: [...path], steps: pathSteps(path, via, reach) });
  }
  reachable.sort(byBarriersThenId);
  const unreachable = model.zones
    .map((z) => z.id)
    .filter((id) => id !== from && !best.has(id))
    .sort();
  const result: BlastRadius = { from, reachable, unreachable };
  if (resolved.assetId !== undefined) result.fromAsset = resolved.assetId;
  return { ok: true, result };
}
