import { conduitEffectiveTarget, zoneTarget } from '../model/derive';
import { riskAssessmentOf } from '../risk/scoring';
import { FR_IDS, slText } from '../security-level';
import { label, listText, quoted } from './format';
import type { FindingDraft, ModelRule } from './rule';

export const slTargetBelowRisk: ModelRule = {
  id: 'sl-target-below-risk',
  title: 'SL-T below what its risks suggest',
  severity: 'warning',
  reference: 'IEC 62443-3-2 ZCR 5.6',
  fix: 'Raise the SL-T to the level the worst unmitigated risk suggests, or record in the SL-T rationale why a lower target is enough and reassess the risk.',
  rationale:
    "The organisation's mapping from unmitigated risk to SL-T says how much protection a risk of that size needs; a lower target leaves the risk without the countermeasures the mapping asks for.",
  scope: 'model',
  check(index) {
    const { suggestions, scored } = riskAssessmentOf(index.model);
    const drafts: FindingDraft[] = [];
    for (const s of suggestions) {
      if (s.suggested === 0) continue;
      const zone = index.zone.get(s.subjectId);
      const conduit = zone ? undefined : index.conduit.get(s.subjectId);
      const element = zone ?? conduit;
      if (!element) continue;
      const kind = zone ? 'Zone' : 'Conduit';
      const target = zone ? zoneTarget(zone) : conduitEffectiveTarget(conduit!, index);
      const worst = scored.find((r) => r.risk.id === s.worstRiskId);
      const because = `its worst unmitigated risk ${quoted(worst?.risk.title ?? s.worstRiskId)} is ${worst?.level?.label ?? '?'} and suggests SL-T ${s.suggested}`;
      const subject = { kind: zone ? 'zone' : 'conduit', id: element.id } as const;
      if (!target) {
        // A plainly missing SL-T is zone-target-missing's finding; an explicit "no SL-T" is a decision to revisit.
        const reason = element.characteristics?.noSlTarget?.reason;
        if (reason === undefined) continue;
        drafts.push({
          subject,
          message: `${kind} ${label(element)} is declared to need no SL-T, but ${because}.`,
        });
        continue;
      }
      const below = FR_IDS.filter((_, i) => (target[i] ?? 0) < s.suggested);
      if (below.length === 0) continue;
      const where = below.length === FR_IDS.length ? '' : ` (below on ${listText(below, 7)})`;
      drafts.push({
        subject,
        message: `${kind} ${label(element)} has SL-T ${slText(target)}${where}, but ${because}.`,
      });
    }
    return drafts;
  },
};
