import { hasControl, isOneWay, zoneTarget } from '../model/derive';
import type { Zone } from '../model/schema';
import { FR_INDEX, maxVector } from '../security-level';
import { requiredAt } from '../standard/requirements';
import { agree } from '../text/plural';
import { label, labelList, listText } from './format';
import type { ConduitRule } from './rule';

/** Boundary requirements that apply to the conduit, by the safety zone's RDF target. */
const BOUNDARY_REQUIREMENTS = [
  'SR 5.1 RE1',
  'SR 5.1 RE2',
  'SR 5.1 RE3',
  'SR 5.2 RE1',
  'SR 5.2 RE2',
  'SR 5.2 RE3',
];

/** The only zone kinds a safety zone may talk to directly. */
const SAFETY_PEERS: ReadonlySet<Zone['kind']> = new Set(['control', 'supervisory']);

export const safetyZoneExposed: ConduitRule = {
  id: 'safety-zone-exposed',
  title: 'Safety zone exposed',
  severity: 'warning',
  // ZCR 3.3 asks for the separate safety zone itself; how its boundary is protected is SR 5.1
  // (segmentation) and SR 5.2 (boundary protection) at the zone's SL-T. Our policy adds "one-way
  // unless a data diode", stated as such in the message.
  reference: 'IEC 62443-3-3 SR 5.1, SR 5.2 (at the safety zone SL-T); IEC 62443-3-2 ZCR 3.3',
  fix: 'Connect the safety zone only to its control or supervisory zone, and make that link one-way with a data diode where the safety system only reports.',
  rationale:
    'A safety system should be reachable from as little as possible; every other neighbour and every return path is a way to tamper with it.',
  scope: 'conduit',
  check(conduit, index) {
    const zones: Zone[] = [];
    for (const id of conduit.zoneIds) {
      const z = index.zone.get(id);
      if (z) zones.push(z);
    }
    const safety = zones.filter((z) => z.kind === 'safety');
    if (safety.length === 0) return [];
    // Zones other than control/supervisory joined to a safety zone (another safety zone counts too).
    const strangers = zones.filter((z) => !SAFETY_PEERS.has(z.kind) && safety.some((s) => s !== z));
    const twoWay = !isOneWay(conduit) && !hasControl(conduit, 'data-diode');
    if (strangers.length === 0 && !twoWay) return [];
    const problems: string[] = [];
    if (strangers.length > 0)
      problems.push(
        `joins it to ${labelList(strangers)}, which ${agree(strangers.length, 'is', 'are')} not a control or supervisory zone`,
      );
    if (twoWay) problems.push('carries traffic both ways without a data diode');
    const target = maxVector(safety.map(zoneTarget));
    const rdf = target?.[FR_INDEX.RDF];
    const applies = BOUNDARY_REQUIREMENTS.filter((id) => requiredAt(id, target));
    const why =
      rdf === undefined
        ? ' The safety zone has no SL-T, so SR 5.1/5.2 cannot say how strong this boundary must be.'
        : ` With the safety zone's RDF target ${rdf}, ${applies.length ? `SR 5.1, SR 5.2 and ${listText(applies, 6)}` : 'SR 5.1 and SR 5.2'} apply to this boundary.`;
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} reaches safety zone ${labelList(safety)} and ${problems.join(', and ')}.${why}`,
      },
    ];
  },
};
