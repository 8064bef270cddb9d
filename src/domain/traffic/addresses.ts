/**
 * Which asset and zone an IP address belongs to (issue 13): the asset that lists the address,
 * else the zone with the most specific range (zone `networks`) that contains it. IPv4 and IPv6;
 * an IPv4-mapped IPv6 address (::ffff:10.0.0.1) counts as its IPv4 address. Lookups are cached
 * per address text, so a log with millions of records resolves each distinct address once.
 */
import ipaddr from 'ipaddr.js';
import type { Model, Zone } from '../model/schema';

type Ip = ipaddr.IPv4 | ipaddr.IPv6;

export interface Network {
  /** The range as written in the model. */
  text: string;
  ip: Ip;
  bits: number;
}

/** An address parsed, IPv4-mapped IPv6 turned into IPv4; undefined when it is not an address. */
export function parseIp(text: string): Ip | undefined {
  const trimmed = text.trim();
  if (!ipaddr.isValid(trimmed)) return undefined;
  try {
    return ipaddr.process(trimmed);
  } catch {
    return undefined;
  }
}

/** A CIDR range parsed (an IPv4-mapped IPv6 range becomes IPv4); undefined when it is not one. */
export function parseNetwork(text: string): Network | undefined {
  const trimmed = text.trim();
  if (!ipaddr.isValidCIDR(trimmed)) return undefined;
  try {
    const [ip, bits] = ipaddr.parseCIDR(trimmed);
    if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96)
      return { text: trimmed, ip: (ip as ipaddr.IPv6).toIPv4Address(), bits: bits - 96 };
    return { text: trimmed, ip, bits };
  } catch {
    return undefined;
  }
}

export function contains(network: Network, ip: Ip): boolean {
  return network.ip.kind() === ip.kind() && ip.match(network.ip, network.bits);
}

/** The canonical text of an address ("10.0.0.1", RFC 5952 for IPv6), so spellings compare equal. */
export function canonicalIp(ip: Ip): string {
  return ip.kind() === 'ipv6' ? (ip as ipaddr.IPv6).toRFC5952String() : ip.toString();
}

/** Whether range `inner` lies within range `outer` (same family, at least as specific). */
export function networkWithin(inner: Network, outer: Network): boolean {
  return inner.bits >= outer.bits && contains(outer, inner.ip);
}

/** Two ranges overlap when one contains the other (CIDR ranges never overlap partially). */
export function networksOverlap(a: Network, b: Network): boolean {
  return networkWithin(a, b) || networkWithin(b, a);
}

/** The parsed ranges of a zone; unparsable entries are left out (the schema refuses them). */
export function zoneNetworks(zone: Zone): Network[] {
  const result: Network[] = [];
  for (const text of zone.networks ?? []) {
    const n = parseNetwork(text);
    if (n) result.push(n);
  }
  return result;
}

export interface Endpoint {
  assetId: string | null;
  zoneId: string | null;
  /** How the zone was found: the asset's address, a zone range, or not at all. */
  via: 'asset' | 'network' | 'none';
  /** The matching zone range, when via is "network". */
  network?: string;
}

export interface AddressResolver {
  resolve(address: string): Endpoint;
}

const UNKNOWN: Endpoint = { assetId: null, zoneId: null, via: 'none' };

/** A resolver for one model: asset addresses first, then the longest zone range. */
export function createAddressResolver(model: Model): AddressResolver {
  const zoneIds = new Set(model.zones.map((z) => z.id));
  const byAddress = new Map<string, { assetId: string; zoneId: string }>();
  for (const asset of model.assets) {
    if (!zoneIds.has(asset.zoneId)) continue;
    for (const text of asset.addresses ?? []) {
      const ip = parseIp(text);
      const key = ip ? canonicalIp(ip) : undefined;
      if (key && !byAddress.has(key)) byAddress.set(key, { assetId: asset.id, zoneId: asset.zoneId });
    }
  }
  const ranges: Array<{ zoneId: string; network: Network }> = [];
  for (const zone of model.zones)
    for (const network of zoneNetworks(zone)) ranges.push({ zoneId: zone.id, network });
  // Most specific first; ties in model order (a tie between zones is a finding of its own).
  ranges.sort((a, b) => b.network.bits - a.network.bits);
  const cache = new Map<string, Endpoint>();

  const lookup = (address: string): Endpoint => {
    const ip = parseIp(address);
    if (!ip) return UNKNOWN;
    const owner = byAddress.get(canonicalIp(ip));
    if (owner) return { assetId: owner.assetId, zoneId: owner.zoneId, via: 'asset' };
    for (const r of ranges)
      if (contains(r.network, ip))
        return { assetId: null, zoneId: r.zoneId, via: 'network', network: r.network.text };
    return UNKNOWN;
  };

  return {
    resolve(address) {
      let hit = cache.get(address);
      if (!hit) {
        hit = lookup(address);
        cache.set(address, hit);
      }
      return hit;
    },
  };
}
