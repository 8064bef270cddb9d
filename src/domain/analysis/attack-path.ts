/**
 * Attack path: from any IT-side zone (enterprise, external, or Purdue 4–5) to a chosen zone, the
 * path that crosses the fewest filtering barriers. This is the evidence behind the
 * defense-in-depth rule, made visible.
 */
import { isItSide } from '../catalog/zone-kinds';
import { buildReachIndex, minReachFrom } from '../graph/reach';
import { zoneTarget } from '../model/derive';
import type { Model } from '../model/schema';
import { type PathStep, pathSteps } from './path-steps';
import { resolveZone } from './resolve';

export interface AttackPath {
  target: string;
  /** The IT-side zone the path starts from. */
  entry: string;
  barriers: number;
  path: string[];
  steps: PathStep[];
}

export type AttackPathResult =
  | {
      ok: true;
      /** null when no IT-side zone reaches the target. */
      path: AttackPath | null;
      /** The IT-side zones considered as starting points, by id. */
      itZones: string[];
    }
  | { ok: false; message: string };

export function attackPath(model: Model, targetZoneId: string): AttackPathResult {
  const reach = buildReachIndex(model);
  const resolved = resolveZone(reach.index, targetZoneId);
  if (!resolved.ok) return resolved;
  const itZones = model.zones
    .filter((z) => isItSide(z))
    .map((z) => z.id)
    .sort();
  const hit = itZones.length ? minReachFrom(reach, itZones).get(targetZoneId) : undefined;
  if (!hit) return { ok: true, path: null, itZones };
  const path = [...hit.path];
  return {
    ok: true,
    itZones,
    path: {
      target: targetZoneId,
      entry: path[0] ?? targetZoneId,
      barriers: hit.barriers,
      path,
      steps: pathSteps(path, hit.via, reach),
    },
  };
}

/**
 * Zones worth defending first, as the defense-in-depth rule sees them: SL-T of 3 or more on any FR,
 * or a safety zone. Sorted by id.
 */
export function criticalZones(model: Model): string[] {
  return model.zones
    .filter((z) => z.kind === 'safety' || (zoneTarget(z)?.some((level) => level >= 3) ?? false))
    .map((z) => z.id)
    .sort();
}
