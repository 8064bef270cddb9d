/**
 * Containment ("isolate zone X"): what an incident responder must cut, what stops working and who
 * notices. Isolating a zone isolates everything nested in it too (it all sits inside the boundary
 * being closed); conduits entirely inside that scope stay up. On a conduit joining more than two
 * zones only the isolated zones' side is blocked: traffic between the other zones keeps flowing.
 * Beyond the zones at the far end of a lost flow, `impact` follows the loss downstream.
 */
import { buildIndex, hasControl, type ModelIndex } from '../model/derive';
import type { ConduitType, Model } from '../model/schema';
import { downstreamImpact, type ImpactedZone } from './containment-impact';
import { resolveZone } from './resolve';

export interface CutConduit {
  conduit: string;
  name: string;
  type: ConduitType;
  /** Zones on the far side, outside the isolated scope, by id in conduit order. */
  outside: string[];
  /** The conduit also joins other outside zones to each other: block only the isolated side. */
  partial: boolean;
  /** The isolated side keeps running when this conduit is cut (`island-mode` control). */
  islandMode: boolean;
  /** The boundary device blocks everything when it fails (`fail-close` control). */
  failClose: boolean;
  /** Why to cut this one first (remote access, service provider or untrusted network), if so. */
  priority?: string;
  /** Number of documented flows that stop. */
  flowsLost: number;
}

export interface LostFlow {
  conduit: string;
  from: string;
  to: string;
  protocol: string;
  port?: number | 'any';
  description?: string;
  /** outbound: the isolated scope stops sending; inbound: it stops receiving. */
  direction: 'outbound' | 'inbound';
}

export interface DependentZone {
  zone: string;
  /** Flows from the isolated scope that this zone stops receiving. */
  receives: number;
  /** Flows from this zone into the isolated scope that stop. */
  sends: number;
}

export interface Containment {
  zone: string;
  /** The zone and every zone nested in it, isolated together. */
  scope: string[];
  cut: CutConduit[];
  flows: LostFlow[];
  /** Outside zones at the other end of a lost flow, by id. */
  dependents: DependentZone[];
  /** Zones that lose data they currently receive from the isolated scope, by id. */
  losingData: string[];
  /**
   * Every zone that loses data, directly (depth 1) or further downstream, with the chain of flows
   * (and shared nesting boundaries) that explains it; by depth, then id (containment-impact.ts).
   */
  impact: ImpactedZone[];
  /** Conduits inside the scope that stay up. */
  internal: string[];
  /** Cut conduits that list no flows: what stops is unknown. */
  undocumented: string[];
  /** Every cut conduit supports island mode (true when nothing needs cutting). */
  islandReady: boolean;
}

export type ContainmentResult = { ok: true; result: Containment } | { ok: false; message: string };

/** The zone and its descendants, in model order (safe on cyclic parents). */
export function subtree(index: ModelIndex, zoneId: string): string[] {
  const inScope = new Set([zoneId]);
  const queue = [zoneId];
  for (let i = 0; i < queue.length; i++)
    for (const child of index.childZones.get(queue[i]!) ?? [])
      if (!inScope.has(child.id)) {
        inScope.add(child.id);
        queue.push(child.id);
      }
  return index.model.zones.map((z) => z.id).filter((id) => inScope.has(id));
}

function priorityOf(c: { remoteAccess?: boolean; serviceProvider?: boolean; untrustedNetwork?: boolean }) {
  if (c.remoteAccess) return 'remote access path';
  if (c.serviceProvider) return 'service provider path';
  if (c.untrustedNetwork) return 'crosses an untrusted network';
  return undefined;
}

export function containment(model: Model, zoneId: string): ContainmentResult {
  const index = buildIndex(model);
  const resolved = resolveZone(index, zoneId);
  if (!resolved.ok) return resolved;
  const scope = subtree(index, zoneId);
  const inScope = new Set(scope);

  const cut: CutConduit[] = [];
  const flows: LostFlow[] = [];
  const internal: string[] = [];
  const undocumented: string[] = [];
  for (const c of model.conduits) {
    const inside = c.zoneIds.filter((z) => inScope.has(z));
    if (inside.length === 0) continue;
    const outside = c.zoneIds.filter((z) => !inScope.has(z));
    if (outside.length === 0) {
      internal.push(c.id);
      continue;
    }
    let lost = 0;
    for (const f of c.flows ?? []) {
      const fromIn = inScope.has(f.from);
      if (fromIn === inScope.has(f.to)) continue;
      lost++;
      const flow: LostFlow = {
        conduit: c.id,
        from: f.from,
        to: f.to,
        protocol: f.protocol,
        direction: fromIn ? 'outbound' : 'inbound',
      };
      if (f.port !== undefined) flow.port = f.port;
      if (f.description !== undefined) flow.description = f.description;
      flows.push(flow);
    }
    if (!c.flows?.length) undocumented.push(c.id);
    const entry: CutConduit = {
      conduit: c.id,
      name: c.name,
      type: c.type,
      outside,
      partial: outside.length > 1,
      islandMode: hasControl(c, 'island-mode'),
      failClose: hasControl(c, 'fail-close'),
      flowsLost: lost,
    };
    const priority = priorityOf(c);
    if (priority) entry.priority = priority;
    cut.push(entry);
  }
  // Likely attacker channels first; otherwise keep the model's order.
  cut.sort((a, b) => Number(a.priority === undefined) - Number(b.priority === undefined));

  const byZone = new Map<string, DependentZone>();
  for (const f of flows) {
    const other = f.direction === 'outbound' ? f.to : f.from;
    const dep = byZone.get(other) ?? { zone: other, receives: 0, sends: 0 };
    if (f.direction === 'outbound') dep.receives++;
    else dep.sends++;
    byZone.set(other, dep);
  }
  const dependents = [...byZone.values()].sort((a, b) => (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0));

  return {
    ok: true,
    result: {
      zone: zoneId,
      scope,
      cut,
      flows,
      dependents,
      losingData: dependents.filter((d) => d.receives > 0).map((d) => d.zone),
      impact: downstreamImpact(index, scope),
      internal,
      undocumented,
      islandReady: cut.every((c) => c.islandMode),
    },
  };
}
