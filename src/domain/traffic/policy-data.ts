/**
 * What the policy exports (Aerleon, ConduitScope, Malcolm) share: each zone's addresses (its
 * ranges plus its assets' addresses) and the documented flows a conduit lets run, each with the
 * ports and transports it allows. One-way conduits give their forward flows only.
 */
import { protocolByName } from '../catalog/protocols';
import type { Conduit, Flow, Model, Zone } from '../model/schema';
import { canonicalIp, contains, parseIp, zoneNetworks } from './addresses';
import { allowedPorts, flowWithConduit } from './documented';

export interface ZoneAddresses {
  zone: Zone;
  /** CIDR ranges as written, then asset addresses outside them as host ranges (/32, /128), each with a note. */
  entries: Array<{ address: string; family: 4 | 6; comment: string }>;
}

export function zoneAddresses(model: Model): ZoneAddresses[] {
  const byZone = new Map<string, ZoneAddresses>();
  const ranges = new Map(model.zones.map((z) => [z.id, zoneNetworks(z)]));
  for (const zone of model.zones) {
    const entries: ZoneAddresses['entries'] = ranges.get(zone.id)!.map((n) => ({
      address: n.text,
      family: n.ip.kind() === 'ipv6' ? 6 : 4,
      comment: `zone range of ${zone.name || zone.id}`,
    }));
    byZone.set(zone.id, { zone, entries });
  }
  for (const asset of model.assets) {
    const target = byZone.get(asset.zoneId);
    if (!target) continue;
    for (const text of asset.addresses ?? []) {
      const ip = parseIp(text);
      // An address inside the zone's own ranges adds nothing.
      if (!ip || ranges.get(asset.zoneId)!.some((n) => contains(n, ip))) continue;
      const six = ip.kind() === 'ipv6';
      const address = `${canonicalIp(ip)}/${six ? 128 : 32}`;
      if (target.entries.some((e) => e.address === address)) continue;
      target.entries.push({ address, family: six ? 6 : 4, comment: `asset ${asset.name || asset.id}` });
    }
  }
  return model.zones.map((z) => byZone.get(z.id)!);
}

export interface PolicyFlow {
  conduit: Conduit;
  flow: Flow;
  index: number;
  /** "any" (every port and transport) or the tcp/udp ports. */
  ports: 'any' | Array<{ port: number; transports: Array<'tcp' | 'udp'> }>;
}

/** The flows of a conduit that a policy should allow, and those it leaves out with the reason. */
export function conduitPolicyFlows(conduit: Conduit): { flows: PolicyFlow[]; skipped: string[] } {
  const flows: PolicyFlow[] = [];
  const skipped: string[] = [];
  (conduit.flows ?? []).forEach((flow, index) => {
    const what = `${flow.protocol} ${flow.from} → ${flow.to}`;
    if (!flowWithConduit(conduit, flow)) {
      skipped.push(`${what}: runs against the one-way conduit`);
      return;
    }
    const allowed = allowedPorts(flow);
    if (allowed === 'any') {
      flows.push({ conduit, flow, index, ports: 'any' });
      return;
    }
    if (allowed.length === 0) {
      skipped.push(`${what}: no port given and the protocol is not in the catalog`);
      return;
    }
    const byPort = new Map<number, Set<'tcp' | 'udp'>>();
    for (const p of allowed) {
      const set = byPort.get(p.port) ?? new Set();
      for (const t of p.transport ? [p.transport] : (['tcp', 'udp'] as const)) set.add(t);
      byPort.set(p.port, set);
    }
    flows.push({
      conduit,
      flow,
      index,
      ports: [...byPort].map(([port, set]) => ({ port, transports: [...set].sort() })),
    });
  });
  return { flows, skipped };
}

/** The catalog name of a flow's protocol, or its own text. */
export function protocolName(flow: Flow): string {
  return protocolByName(flow.protocol)?.name ?? flow.protocol;
}
