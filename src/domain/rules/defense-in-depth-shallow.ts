import { isItSide } from '../catalog/zone-kinds';
import { reachFromItSide } from '../derived/model';
import { hasOpenFlow, isFilteringKind, zoneTarget } from '../model/derive';
import type { Zone } from '../model/schema';
import { FR_IDS } from '../security-level';
import { requirement } from '../standard/requirements';
import { agree, plural } from '../text/plural';
import { label, listText } from './format';
import type { ModelRule } from './rule';

/** Filtering barriers a critical zone should sit behind, counted from any IT-side zone (our policy). */
export const MIN_BARRIERS = 2;

/**
 * The SL-T at which a zone counts as critical: the level from which IEC 62443-3-3 wants the control
 * network to work independently of other networks (SR 5.1 RE2), applied to any FR.
 */
export const CRITICAL_REQUIREMENT = 'SR 5.1 RE2';

/** Why the zone is critical, or undefined when it is not. */
function criticality(zone: Zone, level: number): string | undefined {
  if (zone.kind === 'safety') return 'a safety zone';
  const target = zoneTarget(zone);
  if (!target) return undefined;
  const high = FR_IDS.filter((_, i) => (target[i] ?? 0) >= level);
  if (high.length === 0) return undefined;
  return `SL-T ${level}+ on ${high.join(', ')}`;
}

export const defenseInDepthShallow: ModelRule = {
  id: 'defense-in-depth-shallow',
  title: 'Critical zone too few barriers from IT',
  severity: 'warning',
  reference: `IEC 62443-3-3 ${CRITICAL_REQUIREMENT}; IEC 62443-3-2 ZCR 3.1`,
  fix: `Put at least ${MIN_BARRIERS} filtering barriers (firewalls, data diodes, filtering or unidirectional conduits whose flows name their protocols and ports) between IT-side zones and this zone, typically IT → DMZ → control.`,
  rationale:
    'One firewall is one mistake away from an open path; critical zones should stay protected when any single barrier fails.',
  scope: 'model',
  check(index) {
    if (!index.model.zones.some(isItSide)) return [];
    // Memoised per model: most edits leave the barrier graph alone (see derived/model.ts).
    const reach = reachFromItSide(index.model);
    const level = requirement(CRITICAL_REQUIREMENT).fromSl;
    const drafts = [];
    for (const zone of index.model.zones) {
      const r = reach.get(zone.id);
      if (!r || r.barriers >= MIN_BARRIERS || isItSide(zone)) continue;
      const why = criticality(zone, level);
      if (!why) continue;
      const source = index.zone.get(r.path[0]!);
      const path = r.path.map((id) => {
        const z = index.zone.get(id);
        return z ? label(z) : `"${id}"`;
      });
      const crossing =
        r.barriers === 0
          ? 'without crossing any filtering barrier'
          : `across only ${plural(r.barriers, 'filtering barrier')}`;
      const open = r.via.flatMap((id) => {
        const c = index.conduit.get(id);
        return c && isFilteringKind(c) && hasOpenFlow(c) ? [label(c)] : [];
      });
      const openNote = open.length
        ? ` ${agree(open.length, 'Conduit', 'Conduits')} ${listText(open, 5)} ${agree(open.length, 'does', 'do')} not count as a barrier: a flow allows any protocol or port.`
        : '';
      drafts.push({
        subject: { kind: 'zone' as const, id: zone.id },
        message: `Zone ${label(zone)} (${why}) can be reached from IT-side zone ${source ? label(source) : `"${r.path[0]}"`} ${crossing}: ${path.join(' → ')}.${openNote}`,
      });
    }
    return drafts;
  },
};
