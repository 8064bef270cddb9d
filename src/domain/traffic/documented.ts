/**
 * What a documented conduit flow allows, as ports and transports: its explicit port, else the
 * catalog's ports for its protocol (catalog/protocols.ts). A flow with "any" port allows every
 * port; a flow whose protocol the catalog does not know and that gives no port matches nothing
 * (the comparison says so).
 */
import { protocolByName, type Transport } from '../catalog/protocols';
import { isOneWay } from '../model/derive';
import type { Conduit, Flow } from '../model/schema';

export type AllowedPorts = 'any' | ReadonlyArray<{ port: number; transport?: Transport }>;

export function allowedPorts(flow: Flow): AllowedPorts {
  if (flow.port === 'any') return 'any';
  const entry = protocolByName(flow.protocol);
  if (typeof flow.port === 'number') {
    const transports = entry ? [...new Set(entry.ports.map((p) => p.transport))] : [];
    // The catalog says which transport the protocol runs on; a protocol it does not know matches either.
    if (transports.length === 1) return [{ port: flow.port, transport: transports[0]! }];
    return [{ port: flow.port }];
  }
  return entry?.ports ?? [];
}

export function portsAllow(allowed: AllowedPorts, port: number, transport: string): boolean {
  if (allowed === 'any') return true;
  return allowed.some((p) => p.port === port && (p.transport === undefined || p.transport === transport));
}

/** "4840/tcp", "502", "any port", "no port known". */
export function allowedPortsText(allowed: AllowedPorts): string {
  if (allowed === 'any') return 'any port';
  if (allowed.length === 0) return 'no port known';
  return allowed.map((p) => (p.transport ? `${p.port}/${p.transport}` : String(p.port))).join(', ');
}

/** Whether the conduit lets this flow run (a one-way conduit only from its first zone). */
export function flowWithConduit(conduit: Conduit, flow: Flow): boolean {
  if (!isOneWay(conduit)) return true;
  const source = conduit.zoneIds[0];
  return flow.from === source && flow.to !== source;
}
