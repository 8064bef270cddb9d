/** What-if analyses on a model: blast radius, attack path, containment and zone coverage. */

export { buildReachIndex, hasOwnBoundary, type ReachIndex } from '../graph/reach';
export { type AttackPath, type AttackPathResult, attackPath, criticalZones } from './attack-path';
export {
  type Containment,
  type ContainmentResult,
  type CutConduit,
  containment,
  type DependentZone,
  type LostFlow,
} from './containment';
export { downstreamImpact, type ImpactedZone, type ImpactStep } from './containment-impact';
export { type ContainmentMarkdownOptions, containmentMarkdown } from './containment-markdown';
export { type CoverageCell, type ZoneCoverage, zoneCoverage } from './coverage';
export type { PathStep } from './path-steps';
export { type BlastRadius, type BlastRadiusResult, blastRadius, type ReachedZone } from './reachability';
export { resolveZoneOrAsset } from './resolve';
