/**
 * Observed flows against the documented conduit flows (issue 13). Each observed flow gets a
 * verdict:
 * - `allowed`: a conduit joins the two zones and documents a flow from the initiator's zone to the
 *   responder's with a matching port and transport (a one-way conduit allows only its direction);
 * - `violation`: no conduit joins the zones, or none documents a matching flow, or the traffic
 *   runs against a one-way conduit;
 * - `intra-zone`: both ends in one zone (no conduit crossed);
 * - `unclassified`: an end outside every known range and asset address.
 * Documented flows that no observed flow matched are `unexercised`: candidates for removal under
 * least functionality. Only flows between zones that traffic can be mapped to (zones with ranges
 * or addressed assets) are listed, since the others could not have been seen.
 */
import { protocolForPort } from '../catalog/protocols';
import { buildIndex, isOneWay, type ModelIndex } from '../model/derive';
import type { Conduit, Flow, Model } from '../model/schema';
import { label } from '../rules/format';
import { agree } from '../text/plural';
import { createAddressResolver, parseIp } from './addresses';
import { allowedPorts, allowedPortsText, flowWithConduit, portsAllow } from './documented';
import type { ObservedFlow } from './records';

export const VERDICTS = ['allowed', 'violation', 'intra-zone', 'unclassified'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REFERENCES = {
  noConduit: 'IEC 62443-3-2 ZCR 3.1; IEC 62443-3-3 SR 5.1',
  undocumented: 'IEC 62443-3-3 SR 5.2 RE1 (deny by default, allow by exception)',
  oneWay: 'IEC 62443-3-3 SR 5.2',
  unclassified: 'IEC 62443-3-2 ZCR 3.1 (every asset in a zone)',
  unexercised: 'IEC 62443-3-3 SR 7.7 (least functionality)',
} as const;

export interface FlowVerdict extends ObservedFlow {
  srcZone: string | null;
  dstZone: string | null;
  srcAsset: string | null;
  dstAsset: string | null;
  verdict: Verdict;
  /** The conduit that allows it, or the conduit joining the zones that fails to (null when none). */
  conduit: string | null;
  reason: string;
  /** The IEC 62443 requirement a violation or an unclassified flow falls short of. */
  reference?: string;
  /** The documented flow it matched: index into the conduit's flows. */
  documented?: number;
}

export interface UnexercisedFlow {
  conduit: string;
  /** Index into the conduit's flows. */
  index: number;
  from: string;
  to: string;
  protocol: string;
  port: number | 'any' | null;
  reason: string;
  reference: string;
}

export interface ComparisonSummary {
  observed: number;
  allowed: number;
  violation: number;
  intraZone: number;
  unclassified: number;
  unexercised: number;
}

export interface FlowComparison {
  summary: ComparisonSummary;
  flows: FlowVerdict[];
  unexercised: UnexercisedFlow[];
}

const VERDICT_RANK: Record<Verdict, number> = { violation: 0, unclassified: 1, allowed: 2, 'intra-zone': 3 };

/** "502/tcp (Modbus/TCP)". */
export function portText(port: number, transport: string): string {
  const known = transport === 'tcp' || transport === 'udp' ? protocolForPort(port, transport) : undefined;
  return `${port}/${transport}${known ? ` (${known.name})` : ''}`;
}

function zoneLabel(index: ModelIndex, id: string): string {
  const zone = index.zone.get(id);
  return zone ? label(zone) : `"${id}"`;
}

function flowDescription(index: ModelIndex, flow: Flow): string {
  return `${flow.protocol} ${allowedPortsText(allowedPorts(flow))} from ${zoneLabel(index, flow.from)} to ${zoneLabel(index, flow.to)}`;
}

interface Judged {
  verdict: Verdict;
  conduit: string | null;
  reason: string;
  reference?: string;
  documented?: number;
}

function judgeBetween(index: ModelIndex, from: string, to: string, port: number, transport: string): Judged {
  const joining = (index.conduitsByZone.get(from) ?? []).filter((c) => c.zoneIds.includes(to));
  const what = portText(port, transport);
  if (joining.length === 0)
    return {
      verdict: 'violation',
      conduit: null,
      reason: `No conduit joins ${zoneLabel(index, from)} and ${zoneLabel(index, to)}.`,
      reference: REFERENCES.noConduit,
    };
  for (const conduit of joining) {
    const flows = conduit.flows ?? [];
    for (let i = 0; i < flows.length; i++) {
      const f = flows[i]!;
      if (
        f.from === from &&
        f.to === to &&
        flowWithConduit(conduit, f) &&
        portsAllow(allowedPorts(f), port, transport)
      )
        return {
          verdict: 'allowed',
          conduit: conduit.id,
          documented: i,
          reason: `Documented on conduit ${label(conduit)}: ${flowDescription(index, f)}.`,
        };
    }
  }
  return { verdict: 'violation', ...violationReason(index, joining, from, to, port, transport, what) };
}

function violationReason(
  index: ModelIndex,
  joining: readonly Conduit[],
  from: string,
  to: string,
  port: number,
  transport: string,
  what: string,
): { conduit: string; reason: string; reference: string } {
  const conduit = joining[0]!;
  // Traffic against a one-way conduit (from a zone other than its source).
  const oneWay = joining.find((c) => isOneWay(c) && c.zoneIds[0] !== from);
  if (oneWay && joining.every((c) => isOneWay(c) && c.zoneIds[0] !== from))
    return {
      conduit: oneWay.id,
      reason: `${what} from ${zoneLabel(index, from)} to ${zoneLabel(index, to)} runs against one-way conduit ${label(oneWay)} (it carries traffic from ${zoneLabel(index, oneWay.zoneIds[0]!)} only).`,
      reference: REFERENCES.oneWay,
    };
  for (const c of joining)
    for (const f of c.flows ?? [])
      if (f.from === to && f.to === from && portsAllow(allowedPorts(f), port, transport))
        return {
          conduit: c.id,
          reason: `Wrong direction: conduit ${label(c)} documents ${flowDescription(index, f)}, but here ${zoneLabel(index, from)} opens the connection.`,
          reference: REFERENCES.undocumented,
        };
  const sameDirection = joining.flatMap((c) =>
    (c.flows ?? []).filter((f) => f.from === from && f.to === to).map((f) => ({ c, f })),
  );
  if (sameDirection.length > 0) {
    const documented = sameDirection.map(({ f }) => `${f.protocol} ${allowedPortsText(allowedPorts(f))}`);
    return {
      conduit: sameDirection[0]!.c.id,
      reason: `Port ${what} is not documented from ${zoneLabel(index, from)} to ${zoneLabel(index, to)} on conduit ${label(sameDirection[0]!.c)} (documented: ${[...new Set(documented)].join('; ')}).`,
      reference: REFERENCES.undocumented,
    };
  }
  return {
    conduit: conduit.id,
    reason: `Conduit ${label(conduit)} documents no flow from ${zoneLabel(index, from)} to ${zoneLabel(index, to)} (observed ${what}).`,
    reference: REFERENCES.undocumented,
  };
}

/** Zones that traffic can be mapped to: with ranges of their own or an asset with an IP address. */
function observableZones(model: Model): Set<string> {
  const result = new Set<string>();
  for (const z of model.zones) if (z.networks?.length) result.add(z.id);
  for (const a of model.assets) if (a.addresses?.some((t) => parseIp(t) !== undefined)) result.add(a.zoneId);
  return result;
}

export function compareFlows(
  model: Model,
  observed: readonly ObservedFlow[],
  index = buildIndex(model),
): FlowComparison {
  const resolver = createAddressResolver(model);
  const used = new Set<string>();
  const flows: FlowVerdict[] = observed.map((o) => {
    const s = resolver.resolve(o.src);
    const d = resolver.resolve(o.dst);
    const base = { ...o, srcZone: s.zoneId, dstZone: d.zoneId, srcAsset: s.assetId, dstAsset: d.assetId };
    let judged: Judged;
    if (s.zoneId === null || d.zoneId === null) {
      const unknown = [s.zoneId === null ? o.src : null, d.zoneId === null ? o.dst : null].filter(
        (x): x is string => x !== null,
      );
      judged = {
        verdict: 'unclassified',
        conduit: null,
        reason: `${unknown.join(' and ')} ${agree(unknown.length, 'is', 'are')} in no zone's range and listed by no asset.`,
        reference: REFERENCES.unclassified,
      };
    } else if (s.zoneId === d.zoneId) {
      judged = {
        verdict: 'intra-zone',
        conduit: null,
        reason: `Both ends are in zone ${zoneLabel(index, s.zoneId)}.`,
      };
    } else {
      judged = judgeBetween(index, s.zoneId, d.zoneId, o.port, o.transport);
      if (judged.documented !== undefined) used.add(`${judged.conduit}\u0000${judged.documented}`);
    }
    const verdict: FlowVerdict = {
      ...base,
      verdict: judged.verdict,
      conduit: judged.conduit,
      reason: judged.reason,
    };
    if (judged.reference) verdict.reference = judged.reference;
    if (judged.documented !== undefined) verdict.documented = judged.documented;
    return verdict;
  });
  flows.sort(
    (a, b) =>
      VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
      b.count - a.count ||
      (a.src < b.src ? -1 : a.src > b.src ? 1 : 0) ||
      (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0) ||
      a.port - b.port,
  );

  const observable = observableZones(model);
  const unexercised: UnexercisedFlow[] = [];
  for (const conduit of model.conduits)
    (conduit.flows ?? []).forEach((f, i) => {
      if (used.has(`${conduit.id}\u0000${i}`)) return;
      if (!observable.has(f.from) || !observable.has(f.to)) return;
      unexercised.push({
        conduit: conduit.id,
        index: i,
        from: f.from,
        to: f.to,
        protocol: f.protocol,
        port: f.port ?? null,
        reason: `No observed traffic matches ${flowDescription(index, f)} on conduit ${label(conduit)}.`,
        reference: REFERENCES.unexercised,
      });
    });

  const count = (v: Verdict) => flows.filter((f) => f.verdict === v).length;
  return {
    summary: {
      observed: flows.length,
      allowed: count('allowed'),
      violation: count('violation'),
      intraZone: count('intra-zone'),
      unclassified: count('unclassified'),
      unexercised: unexercised.length,
    },
    flows,
    unexercised,
  };
}
