import { effectivePurdueLevel } from '../catalog/zone-kinds';
import { layoutFor } from '../derived/model';
import { bandOfBox, levelFitsBand, PURDUE_BANDS } from '../layout/purdue-bands';
import { label } from './format';
import type { ModelRule } from './rule';

/**
 * A zone drawn in a Purdue band (diagram.purdueBands) that does not cover its level. Reads the
 * diagram: the engine re-runs model rules on diagram changes while bands are shown.
 */
export const zoneOutsidePurdueBand: ModelRule = {
  id: 'zone-outside-purdue-band',
  title: 'Zone drawn in the wrong Purdue band',
  severity: 'info',
  reference: 'IEC 62443-1-1 reference model (Purdue levels); IEC 62443-3-2 ZCR 3.1',
  fix: "Move the zone into the band of its Purdue level, or correct the zone's level.",
  rationale:
    'Readers take a zone’s level from the band it is drawn in; a zone in the wrong band misleads the review of which conduits cross levels.',
  scope: 'model',
  check(index) {
    const edges = index.model.diagram?.purdueBands;
    if (!edges) return [];
    const layout = layoutFor(index.model);
    const drafts = [];
    for (const g of layout.zones) {
      const band = bandOfBox(edges, g.abs);
      if (band === undefined || levelFitsBand(g.zone, band)) continue;
      drafts.push({
        subject: { kind: 'zone' as const, id: g.zone.id },
        message: `Zone ${label(g.zone)} has Purdue level ${effectivePurdueLevel(g.zone)} but is drawn in the band "${PURDUE_BANDS[band]!.label}".`,
      });
    }
    return drafts;
  },
};
