/** Turns a path found by the 0-1 BFS (zones, and the conduits crossed) into hops for display. */

import type { ReachIndex } from '../graph/reach';
import { hasOpenFlow, isFilteringBarrier, isFilteringKind } from '../model/derive';

export interface PathStep {
  from: string;
  to: string;
  /** The conduit crossed, or null when the hop is a shared nesting boundary (no conduit drawn). */
  conduit: string | null;
  /** Whether this hop crosses a filtering barrier. */
  barrier: boolean;
  /** A filtering conduit not counted as a barrier because one of its flows allows any protocol or port. */
  openFlow?: boolean;
}

export function pathSteps(path: readonly string[], via: readonly string[], reach: ReachIndex): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 1; i < path.length; i++) {
    const conduitId = via[i - 1];
    const nesting = conduitId === undefined || reach.nestingLinks.has(conduitId);
    const conduit = nesting ? undefined : reach.index.conduit.get(conduitId);
    const step: PathStep = {
      from: path[i - 1]!,
      to: path[i]!,
      conduit: conduit ? conduit.id : null,
      barrier: conduit ? isFilteringBarrier(conduit) : false,
    };
    if (conduit && isFilteringKind(conduit) && hasOpenFlow(conduit)) step.openFlow = true;
    steps.push(step);
  }
  return steps;
}
