import { hasControl, isOneWay } from '../model/derive';
import type { Zone } from '../model/schema';
import { label, labelList } from './format';
import type { ConduitRule } from './rule';

/** The only zone kinds a safety zone may talk to directly. */
const SAFETY_PEERS: ReadonlySet<Zone['kind']> = new Set(['control', 'supervisory']);

export const safetyZoneExposed: ConduitRule = {
  id: 'safety-zone-exposed',
  title: 'Safety zone exposed',
  severity: 'warning',
  reference: 'IEC 62443-3-2 ZCR 3.3',
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
        `joins it to ${labelList(strangers)}, which ${strangers.length === 1 ? 'is' : 'are'} not a control or supervisory zone`,
      );
    if (twoWay) problems.push('carries traffic both ways without a data diode');
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} reaches safety zone ${labelList(safety)} and ${problems.join(', and ')}.`,
      },
    ];
  },
};
