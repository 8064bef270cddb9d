/**
 * Every policy rule, in the order of the rules table in the spec. Rule ids are a contract with
 * users' policy files and the CLI's JSON output.
 */
import { assetAddressOutsideZone } from './asset-address-outside-zone';
import { assetCapabilityBelowZoneTarget } from './asset-capability-below-zone-target';
import { assetCapabilityUnknown } from './asset-capability-unknown';
import { boundaryNotFailSafe } from './boundary-not-fail-safe';
import { businessAssetInIacsZone } from './business-asset-in-iacs-zone';
import { conduitCapabilityBelowTarget } from './conduit-capability-below-target';
import { conduitCapabilityUnknown } from './conduit-capability-unknown';
import { conduitFlowAny } from './conduit-flow-any';
import { conduitFlowsUndocumented } from './conduit-flows-undocumented';
import { conduitTargetBelowZones } from './conduit-target-below-zones';
import { defenseInDepthShallow } from './defense-in-depth-shallow';
import { externalAssetNotIsolated } from './external-asset-not-isolated';
import { itToControlWithoutDmz } from './it-to-control-without-dmz';
import { nonSafetyAssetInSafetyZone } from './non-safety-asset-in-safety-zone';
import { remoteAccessUnmanaged } from './remote-access-unmanaged';
import { residualRiskAboveTolerance } from './residual-risk-above-tolerance';
import type { Rule } from './rule';
import { safetyAssetOutsideSafetyZone } from './safety-asset-outside-safety-zone';
import { safetyZoneExposed } from './safety-zone-exposed';
import { slTargetBelowRisk } from './sl-target-below-risk';
import { transientAssetNotIsolated } from './transient-asset-not-isolated';
import { unidirectionalReverseFlow } from './unidirectional-reverse-flow';
import { untrustedAccessWithoutMfa } from './untrusted-access-without-mfa';
import { untrustedConduitWithoutEncryption } from './untrusted-conduit-without-encryption';
import { wirelessAssetNotIsolated } from './wireless-asset-not-isolated';
import { zoneEmpty } from './zone-empty';
import { zoneNetworkOverlap } from './zone-network-overlap';
import { zoneOutsidePurdueBand } from './zone-outside-purdue-band';
import { zoneTargetMissing } from './zone-target-missing';

export const RULES: readonly Rule[] = [
  conduitCapabilityBelowTarget,
  conduitCapabilityUnknown,
  conduitTargetBelowZones,
  assetCapabilityBelowZoneTarget,
  assetCapabilityUnknown,
  zoneTargetMissing,
  itToControlWithoutDmz,
  businessAssetInIacsZone,
  safetyAssetOutsideSafetyZone,
  nonSafetyAssetInSafetyZone,
  transientAssetNotIsolated,
  wirelessAssetNotIsolated,
  externalAssetNotIsolated,
  conduitFlowAny,
  conduitFlowsUndocumented,
  unidirectionalReverseFlow,
  untrustedConduitWithoutEncryption,
  untrustedAccessWithoutMfa,
  remoteAccessUnmanaged,
  boundaryNotFailSafe,
  safetyZoneExposed,
  defenseInDepthShallow,
  zoneEmpty,
  zoneOutsidePurdueBand,
  slTargetBelowRisk,
  residualRiskAboveTolerance,
  zoneNetworkOverlap,
  assetAddressOutsideZone,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
