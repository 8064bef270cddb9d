/**
 * Every policy rule, in the order the rules table of the spec lists them. Rule ids are a contract
 * with users' policy files and the CLI's JSON output.
 */
import { assetCapabilityBelowZoneTarget } from './asset-capability-below-zone-target';
import { conduitCapabilityBelowTarget } from './conduit-capability-below-target';
import { conduitCapabilityUnknown } from './conduit-capability-unknown';
import { conduitTargetBelowZones } from './conduit-target-below-zones';
import type { Rule } from './rule';
import { zoneEmpty } from './zone-empty';
import { zoneTargetMissing } from './zone-target-missing';

export const RULES: readonly Rule[] = [
  conduitCapabilityBelowTarget,
  conduitCapabilityUnknown,
  conduitTargetBelowZones,
  assetCapabilityBelowZoneTarget,
  zoneTargetMissing,
  zoneEmpty,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
