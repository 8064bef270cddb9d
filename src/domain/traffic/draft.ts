/**
 * Conduits and flows drafted from observed traffic, as proposals the user accepts or discards one
 * by one (issue 13): every violation between two known zones becomes a documented flow, on the
 * conduit that joins the zones, or on a new conduit when none does (or when the only one is
 * one-way the other way). A new conduit is one-way (`forward`) when all its traffic runs one way:
 * least privilege, as observed. Applying proposals is one pure edit (one undo step in the app).
 */
import { protocolForPort } from '../catalog/protocols';
import { addConduit, conduitName } from '../edit/add';
import { isOneWay } from '../model/derive';
import type { Conduit, Flow, Model } from '../model/schema';
import { plural } from '../text/plural';
import type { FlowComparison, FlowVerdict } from './compare';

export interface DraftFlow {
  from: string;
  to: string;
  protocol: string;
  port: number;
  transport: string;
  /** Observed connections behind it. */
  count: number;
}

export interface Proposal {
  /** Stable key: "conduit:<id>" or "new:<zone>|<zone>". */
  key: string;
  kind: 'add-flows' | 'new-conduit';
  /** For add-flows: the conduit that gets the flows. */
  conduitId?: string;
  /** The two zones (initiator side first for a new conduit). */
  zoneIds: [string, string];
  /** For a new conduit. */
  direction?: 'forward' | 'bidirectional';
  flows: DraftFlow[];
  count: number;
}

/** "Modbus/TCP" for 502/tcp; "TCP 4446" for a port the catalog does not name. */
export function protocolLabel(port: number, transport: string): string {
  const known = transport === 'tcp' || transport === 'udp' ? protocolForPort(port, transport) : undefined;
  return known?.name ?? `${transport.toUpperCase()} ${port}`;
}

/** The conduit a flow from → to can be documented on: one joining both zones that lets it run. */
export function conduitFor(model: Model, from: string, to: string): Conduit | undefined {
  return model.conduits.find(
    (c) => c.zoneIds.includes(from) && c.zoneIds.includes(to) && (!isOneWay(c) || c.zoneIds[0] === from),
  );
}

function proposalFor(model: Model, v: FlowVerdict): { key: string; make(): Proposal } | undefined {
  if (v.verdict !== 'violation' || v.srcZone === null || v.dstZone === null || v.srcZone === v.dstZone)
    return undefined;
  const from = v.srcZone;
  const to = v.dstZone;
  const conduit = conduitFor(model, from, to);
  if (conduit)
    return {
      key: `conduit:${conduit.id}`,
      make: () => ({
        key: `conduit:${conduit.id}`,
        kind: 'add-flows',
        conduitId: conduit.id,
        zoneIds: [from, to],
        flows: [],
        count: 0,
      }),
    };
  const pair = [from, to].sort() as [string, string];
  const key = `new:${pair.join('|')}`;
  return { key, make: () => ({ key, kind: 'new-conduit', zoneIds: [from, to], flows: [], count: 0 }) };
}

/** Proposals for every violation between two known zones, largest traffic first. */
export function draftFromTraffic(model: Model, comparison: FlowComparison): Proposal[] {
  const byKey = new Map<string, Proposal>();
  for (const v of comparison.flows) {
    const target = proposalFor(model, v);
    if (!target) continue;
    let p = byKey.get(target.key);
    if (!p) {
      p = target.make();
      byKey.set(target.key, p);
    }
    const existing = p.flows.find(
      (f) => f.from === v.srcZone && f.to === v.dstZone && f.port === v.port && f.transport === v.transport,
    );
    if (existing) existing.count += v.count;
    else
      p.flows.push({
        from: v.srcZone!,
        to: v.dstZone!,
        protocol: protocolLabel(v.port, v.transport),
        port: v.port,
        transport: v.transport,
        count: v.count,
      });
    p.count += v.count;
  }
  const proposals = [...byKey.values()];
  for (const p of proposals) {
    p.flows.sort((a, b) => b.count - a.count || a.port - b.port);
    if (p.kind === 'new-conduit')
      p.direction = p.flows.every((f) => f.from === p.zoneIds[0]) ? 'forward' : 'bidirectional';
  }
  return proposals.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

/** The proposal that documents one observed flow (the app's "Document this flow"). */
export function proposalForFlow(model: Model, v: FlowVerdict): Proposal | undefined {
  return draftFromTraffic(model, {
    summary: { observed: 1, allowed: 0, violation: 1, intraZone: 0, unclassified: 0, unexercised: 0 },
    flows: [v],
    unexercised: [],
  })[0];
}

const toFlow = (f: DraftFlow): Flow => ({
  from: f.from,
  to: f.to,
  protocol: f.protocol,
  port: f.port,
  description: `Observed: ${plural(f.count, 'connection', 'connections')} (${f.port}/${f.transport})`,
});

const sameFlow = (a: Flow, b: Flow) =>
  a.from === b.from && a.to === b.to && a.port === b.port && a.protocol === b.protocol;

/** The model with the accepted proposals applied: flows appended, new conduits added. */
export function applyProposals(model: Model, proposals: readonly Proposal[]): Model {
  let next = model;
  for (const p of proposals) {
    if (p.kind === 'add-flows') {
      next = {
        ...next,
        conduits: next.conduits.map((c) => {
          if (c.id !== p.conduitId) return c;
          const flows = [...(c.flows ?? [])];
          for (const f of p.flows.map(toFlow)) if (!flows.some((g) => sameFlow(g, f))) flows.push(f);
          return { ...c, flows };
        }),
      };
      continue;
    }
    const zones = p.zoneIds.map((id) => next.zones.find((z) => z.id === id)).filter((z) => z !== undefined);
    const added = addConduit(next, {
      zoneIds: p.zoneIds,
      name: conduitName(zones, p.direction === 'forward'),
    });
    next = {
      ...added.model,
      conduits: added.model.conduits.map((c) =>
        c.id === added.id
          ? {
              ...c,
              ...(p.direction === 'forward' ? { direction: 'forward' as const } : {}),
              description: 'Drafted from observed traffic.',
              flows: p.flows.map(toFlow),
            }
          : c,
      ),
    };
  }
  return next;
}
