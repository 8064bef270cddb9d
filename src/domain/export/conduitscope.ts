/**
 * A ConduitScope policy file (conduitscope `policy validate --policy FILE`), so captures can be
 * checked against the documented conduits offline (issue 13). Format as ConduitScope's user
 * guide documents it ("POLICY FILE FORMAT"): top-level `zones` (zone name → `description`,
 * `networks`: IPv4 addresses or CIDR blocks) and `conduits` (a list of `name`, `description`,
 * `from`, `to`, `protocols`, optional `ports`, `bidirectional`). Its YAML subset refuses
 * anchors, tags, block scalars, flow mappings and multi-document streams, so none are written.
 *
 * One conduit entry per documented flow (from → to = initiator → responder, bidirectional false);
 * one-way conduits give their forward flows only. ConduitScope zones are IPv4 only: IPv6 ranges,
 * and zones without any IPv4 address (and their flows), are left out and listed in the header.
 * The Purdue level goes into each zone's description (the format has no field for it).
 */

import { stringify } from 'yaml';
import { protocolByName } from '../catalog/protocols';
import { zonePurdueLevel } from '../model/derive';
import type { Model } from '../model/schema';
import { cleanText } from '../text/clean-text';
import { agree } from '../text/plural';
import { networksOverlap, parseNetwork } from '../traffic/addresses';
import { conduitPolicyFlows, protocolName, zoneAddresses } from '../traffic/policy-data';

/** Catalog protocol → ConduitScope's protocol names (its decoder's tags). */
const CONDUITSCOPE_PROTOCOLS: Record<string, string> = {
  'Modbus/TCP': 'modbus',
  DNP3: 'dnp3',
  S7comm: 's7comm',
  'Siemens Step 7 / TIA': 's7comm',
  'IEC 60870-5-104': 'iec104',
  'EtherNet/IP': 'enip',
  'BACnet/IP': 'bacnet',
  'HART-IP': 'hartip',
  'OPC UA': 'opcua',
  'IEC 61850 MMS': 'mms',
  MQTT: 'mqtt',
};

const text = (s: string) => cleanText(s).trim();

interface CsZone {
  description: string;
  networks: string[];
}
interface CsConduit {
  name: string;
  description: string;
  from: string;
  to: string;
  protocols: string[];
  ports?: number[];
  bidirectional: boolean;
}

export function conduitScopePolicy(model: Model): {
  zones: Record<string, CsZone>;
  conduits: CsConduit[];
  notes: string[];
} {
  const notes: string[] = [];
  const zones: Record<string, CsZone> = {};
  const names = new Map<string, string>();
  for (const z of zoneAddresses(model)) {
    const v4 = z.entries.filter((e) => e.family === 4).map((e) => e.address.replace(/\/32$/, ''));
    const v6 = z.entries.length - v4.length;
    if (v6 > 0)
      notes.push(
        `zone ${z.zone.id}: ${v6} IPv6 ${agree(v6, 'range', 'ranges')} left out (ConduitScope zones are IPv4)`,
      );
    if (v4.length === 0) {
      notes.push(`zone ${z.zone.id}: no IPv4 address or range, left out with its flows`);
      continue;
    }
    const name = z.zone.id === 'unclassified' ? 'unclassified-zone' : z.zone.id;
    names.set(z.zone.id, name);
    zones[name] = {
      description: text(
        `${z.zone.name || z.zone.id}, Purdue level ${zonePurdueLevel(z.zone)}, ${z.zone.kind}`,
      ),
      networks: v4,
    };
  }
  // ConduitScope refuses two zones whose networks overlap (it does not pick the most specific).
  const ranges = Object.entries(zones).flatMap(([zone, z]) =>
    z.networks.map((n) => ({ zone, n: parseNetwork(n.includes('/') ? n : `${n}/32`)! })),
  );
  const overlapping = new Set<string>();
  for (let i = 0; i < ranges.length; i++)
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i]!;
      const b = ranges[j]!;
      const pair = `${a.zone} and ${b.zone}`;
      if (a.zone === b.zone || overlapping.has(pair) || !networksOverlap(a.n, b.n)) continue;
      overlapping.add(pair);
      notes.push(
        `zones ${pair} overlap (${a.n.text} and ${b.n.text}); ConduitScope refuses overlapping zones, so narrow one before use`,
      );
    }

  const conduits: CsConduit[] = [];
  const used = new Set<string>();
  for (const conduit of model.conduits) {
    const { flows, skipped } = conduitPolicyFlows(conduit);
    for (const s of skipped) notes.push(`conduit ${conduit.id}: ${s}`);
    for (const pf of flows) {
      const from = names.get(pf.flow.from);
      const to = names.get(pf.flow.to);
      if (!from || !to) continue;
      const catalogName = protocolByName(pf.flow.protocol)?.name;
      const known = catalogName ? CONDUITSCOPE_PROTOCOLS[catalogName] : undefined;
      const entry: CsConduit = {
        name: '',
        description: text(
          `Conduit ${conduit.name || conduit.id} (${conduit.id})${pf.flow.description ? `: ${pf.flow.description}` : ''}`,
        ),
        from,
        to,
        protocols: [known ?? 'any'],
        bidirectional: false,
      };
      // A named protocol is recognised by its decoder on any port unless the flow pins one; "any"
      // needs the ports to mean anything (ConduitScope conduits are TCP: UDP-only ports are dropped).
      if (pf.ports !== 'any' && (typeof pf.flow.port === 'number' || !known)) {
        const ports = pf.ports
          .filter((p) => p.transports.includes('tcp'))
          .map((p) => p.port)
          .filter((p) => p >= 1);
        if (ports.length) entry.ports = ports;
      }
      let name = text(`${conduit.id}: ${protocolName(pf.flow)} ${pf.flow.from} to ${pf.flow.to}`);
      for (let n = 2; used.has(name); n++)
        name = text(`${conduit.id}: ${protocolName(pf.flow)} ${pf.flow.from} to ${pf.flow.to} (${n})`);
      used.add(name);
      entry.name = name;
      conduits.push(entry);
    }
  }
  if (conduits.length === 0)
    notes.push(
      'no documented flow between zones with IPv4 addresses: ConduitScope needs at least one conduit',
    );
  return { zones, conduits, notes };
}

export function exportConduitScope(model: Model): string {
  const { zones, conduits, notes } = conduitScopePolicy(model);
  const header = [
    `# ConduitScope policy for "${text(model.meta.name)}", generated by ot-zones.`,
    '# Check a capture with: conduitscope policy validate -r capture.pcap --policy THIS_FILE',
    ...notes.map((n) => `# Note: ${text(n)}`),
  ].join('\n');
  const body = stringify(
    { zones, conduits },
    { lineWidth: 0, blockQuote: false, aliasDuplicateObjects: false, flowCollectionPadding: false },
  );
  return `${header}\n${body}`;
}
