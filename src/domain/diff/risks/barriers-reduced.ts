import { isItSide } from '../../catalog/zone-kinds';
import { buildReachIndex, minReachFrom } from '../../graph/reach';
import { zoneTarget } from '../../model/derive';
import type { Model, Zone } from '../../model/schema';
import { label } from '../../rules/format';
import type { Risk, RiskCheck } from './risk';

/** The SL-T (on any FR) from which a zone counts as critical for this check (as in the issue). */
export const CRITICAL_SL = 3;

function isCritical(zone: Zone): boolean {
  if (zone.kind === 'safety') return true;
  return zoneTarget(zone)?.some((level) => level >= CRITICAL_SL) ?? false;
}

/** Fewest filtering barriers from any IT-side zone to each zone (zones out of reach are absent). */
function barriersFromIt(model: Model): Map<string, number> {
  const sources = model.zones.filter(isItSide).map((z) => z.id);
  const result = new Map<string, number>();
  if (sources.length === 0) return result;
  for (const [id, reach] of minReachFrom(buildReachIndex(model), sources)) result.set(id, reach.barriers);
  return result;
}

const count = (n: number | undefined) => (n === undefined ? 'out of reach' : String(n));

/** Fewer filtering barriers between the IT side and a critical zone (SL-T ≥ 3 or safety). */
export const barriersReduced: RiskCheck = {
  kind: 'barriers-reduced',
  title: 'Fewer filtering barriers between IT and a critical zone',
  check({ before, after }) {
    const critical = after.zones.filter((z) => isCritical(z) && !isItSide(z));
    if (critical.length === 0) return [];
    const was = barriersFromIt(before);
    const now = barriersFromIt(after);
    const risks: Risk[] = [];
    for (const zone of critical) {
      const b = was.get(zone.id);
      const a = now.get(zone.id);
      if (a === undefined) continue;
      // A zone that was out of reach from IT (or did not exist) and now is reachable got weaker too.
      if (b === undefined ? before.zones.some((z) => z.id === zone.id) : a < b)
        risks.push({
          kind: this.kind,
          subject: { kind: 'zone', id: zone.id },
          message: `Zone ${label(zone)}: fewest filtering barriers from the IT side went from ${count(b)} to ${a}.`,
        });
    }
    return risks;
  },
};
