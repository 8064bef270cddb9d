/**
 * What the canvas overlay draws for the open analysis: a mark per zone, the conduits to emphasise
 * and the hops of a path. Pure, so it is unit-tested without a browser.
 */
import type { AttackPathResult } from '../../domain/analysis/attack-path';
import type { ContainmentResult } from '../../domain/analysis/containment';
import type { PathStep } from '../../domain/analysis/path-steps';
import type { BlastRadiusResult } from '../../domain/analysis/reachability';
import type { Model } from '../../domain/model/schema';
import { plural } from '../../domain/text/plural';

export type ZoneTone =
  /** The compromised zone, or the zone being isolated. */
  | 'source'
  /** Reachable by the attacker. */
  | 'reached'
  /** On the attack path (entry and intermediate zones). */
  | 'path'
  /** The zone being defended, at the end of the path. */
  | 'target'
  /** Nested in the isolated zone, isolated with it. */
  | 'isolated'
  /** Loses data when the zone is isolated. */
  | 'dependent'
  /** Not involved: drawn faded. */
  | 'dimmed';

export interface ZoneMark {
  tone: ZoneTone;
  /** Short badge text, e.g. "2 barriers", "entry", "loses data". */
  badge?: string;
  /** Fewest barriers from the attacker (blast radius and attack path). */
  barriers?: number;
}

export interface CanvasHighlight {
  kind: 'none' | 'reach' | 'path' | 'contain';
  zones: ReadonlyMap<string, ZoneMark>;
  /** Hops to draw as arrows, in order (attack path) or every first hop (blast radius). */
  steps: readonly PathStep[];
  /** Conduits to cut (containment), with the zones on their far side. */
  cuts: ReadonlyArray<{ conduit: string; inside: string[]; outside: string[] }>;
}

export const EMPTY_HIGHLIGHT: CanvasHighlight = { kind: 'none', zones: new Map(), steps: [], cuts: [] };

const barriers = (n: number) => plural(n, 'barrier');

function dimRest(model: Model, zones: Map<string, ZoneMark>) {
  for (const z of model.zones) if (!zones.has(z.id)) zones.set(z.id, { tone: 'dimmed' });
}

export function reachHighlight(model: Model, r: BlastRadiusResult): CanvasHighlight {
  if (!r.ok) return EMPTY_HIGHLIGHT;
  const zones = new Map<string, ZoneMark>();
  zones.set(r.result.from, { tone: 'source', badge: 'compromised' });
  for (const z of r.result.reachable)
    zones.set(z.zone, { tone: 'reached', badge: barriers(z.barriers), barriers: z.barriers });
  dimRest(model, zones);
  // One arrow per zone, along the hop that first reaches it: together they form the attack tree.
  const steps = r.result.reachable.map((z) => z.steps[z.steps.length - 1]).filter((s) => s !== undefined);
  return { kind: 'reach', zones, steps, cuts: [] };
}

export function pathHighlight(model: Model, r: AttackPathResult): CanvasHighlight {
  if (!r.ok) return EMPTY_HIGHLIGHT;
  const zones = new Map<string, ZoneMark>();
  const p = r.path;
  if (!p) {
    for (const id of r.itZones) zones.set(id, { tone: 'source', badge: 'IT side' });
  } else {
    let crossed = 0;
    zones.set(p.entry, { tone: 'source', badge: 'entry' });
    for (const s of p.steps) {
      if (s.barrier) crossed++;
      zones.set(s.to, {
        tone: s.to === p.target ? 'target' : 'path',
        badge: barriers(crossed),
        barriers: crossed,
      });
    }
  }
  dimRest(model, zones);
  return { kind: 'path', zones, steps: p?.steps ?? [], cuts: [] };
}

export function containHighlight(model: Model, r: ContainmentResult): CanvasHighlight {
  if (!r.ok) return EMPTY_HIGHLIGHT;
  const zones = new Map<string, ZoneMark>();
  const { result } = r;
  zones.set(result.zone, { tone: 'source', badge: 'isolate' });
  for (const id of result.scope)
    if (id !== result.zone) zones.set(id, { tone: 'isolated', badge: 'isolated' });
  for (const d of result.dependents)
    zones.set(d.zone, { tone: 'dependent', badge: d.receives > 0 ? 'loses data' : 'link cut' });
  for (const c of result.cut)
    for (const id of c.outside) if (!zones.has(id)) zones.set(id, { tone: 'dependent', badge: 'link cut' });
  // Further downstream: the loss reaches them through the zones above.
  for (const z of result.impact)
    if (z.depth > 1 && !zones.has(z.zone))
      zones.set(z.zone, { tone: 'dependent', badge: `loses data (depth ${z.depth})` });
  dimRest(model, zones);
  const inScope = new Set(result.scope);
  const conduits = new Map(model.conduits.map((c) => [c.id, c]));
  const cuts = result.cut.map((c) => ({
    conduit: c.conduit,
    inside: conduits.get(c.conduit)?.zoneIds.filter((z) => inScope.has(z)) ?? [],
    outside: c.outside,
  }));
  return { kind: 'contain', zones, steps: [], cuts };
}
