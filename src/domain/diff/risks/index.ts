/** Every security-relevant change the diff looks for, in the order they are reported. */
import { buildIndex } from '../../model/derive';
import type { Model } from '../../model/schema';
import { barriersReduced } from './barriers-reduced';
import { conduitWeakened } from './conduit-weakened';
import { controlRemoved } from './control-removed';
import { exposureChecks } from './exposure-enabled';
import { flowAnyPort } from './flow-any-port';
import { flowSkipsLevels } from './flow-skips-levels';
import type { Risk, RiskCheck } from './risk';
import { ruleWeakened } from './rule-weakened';
import { safetyZoneAssetAdded } from './safety-zone-asset-added';
import { slCapabilityLowered } from './sl-capability-lowered';
import { slTargetLowered } from './sl-target-lowered';

export type { Risk, RiskCheck, RiskSubject } from './risk';

export const RISK_CHECKS: readonly RiskCheck[] = [
  slTargetLowered,
  slCapabilityLowered,
  conduitWeakened,
  controlRemoved,
  flowAnyPort,
  flowSkipsLevels,
  ...exposureChecks,
  barriersReduced,
  safetyZoneAssetAdded,
  ruleWeakened,
];

const RANK = new Map(RISK_CHECKS.map((c, i) => [c.kind, i]));
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Security-relevant changes from `before` to `after`, ordered by kind (as listed), subject, message. */
export function securityRisks(before: Model, after: Model): Risk[] {
  const context = { before, after, beforeIndex: buildIndex(before), afterIndex: buildIndex(after) };
  const risks = RISK_CHECKS.flatMap((c) => c.check(context));
  return risks.sort(
    (a, b) =>
      (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0) ||
      byCodeUnit(a.subject.id, b.subject.id) ||
      byCodeUnit(a.message, b.message),
  );
}
