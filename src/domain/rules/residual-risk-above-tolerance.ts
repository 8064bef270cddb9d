import { riskAssessmentOf } from '../risk/scoring';
import { label, quoted } from './format';
import type { FindingDraft, ModelRule } from './rule';

export const residualRiskAboveTolerance: ModelRule = {
  id: 'residual-risk-above-tolerance',
  title: 'Residual risk above tolerance',
  severity: 'warning',
  reference: 'IEC 62443-3-2 ZCR 5.11',
  fix: 'Add countermeasures and reassess the residual likelihood and consequence, or have the risk owner formally accept it (status "accepted").',
  rationale:
    'Risk left above the tolerable level after countermeasures must be reduced further or consciously accepted by the asset owner.',
  scope: 'model',
  check(index) {
    const { scored, matrix } = riskAssessmentOf(index.model);
    const drafts: FindingDraft[] = [];
    for (const s of scored) {
      if (!s.aboveTolerance || s.risk.status === 'closed') continue;
      const zone = index.zone.get(s.risk.subjectId);
      const element = zone ?? index.conduit.get(s.risk.subjectId);
      if (!element) continue;
      const accepted = s.risk.status === 'accepted';
      const assessed = s.risk.residualLikelihood !== undefined || s.risk.residualConsequence !== undefined;
      drafts.push({
        subject: { kind: zone ? 'zone' : 'conduit', id: element.id },
        message:
          `Risk ${quoted(s.risk.title)} on ${zone ? 'zone' : 'conduit'} ${label(element)} is ${s.residualLevel!.label} ` +
          `${assessed ? 'after countermeasures' : '(no residual assessment yet)'}, above the tolerable ${matrix.tolerable.label}` +
          `${accepted ? '; accepted by its owner' : ''}.`,
        // Accepted risks stay visible, as information for the next review.
        ...(accepted ? { severity: 'info' as const } : {}),
      });
    }
    return drafts;
  },
};
