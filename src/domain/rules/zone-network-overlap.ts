import { type Network, zoneNetworks } from '../traffic/addresses';
import { label, listText } from './format';
import type { ModelRule } from './rule';

/** The range's identity: family, network address (host bits cleared) and prefix length. */
function rangeKey(n: Network): string {
  const bytes = n.ip.toByteArray();
  let bits = n.bits;
  const masked = bytes.map((b) => {
    const keep = Math.max(0, Math.min(8, bits));
    bits -= 8;
    return keep === 0 ? 0 : b & (0xff << (8 - keep)) & 0xff;
  });
  return `${n.ip.kind()}:${masked.join('.')}/${n.bits}`;
}

export const zoneNetworkOverlap: ModelRule = {
  id: 'zone-network-overlap',
  title: 'Address range claimed by two zones',
  severity: 'warning',
  reference: 'IEC 62443-3-2 ZCR 3.2; IEC 62443-3-3 SR 5.1',
  fix: 'Give the range to one zone, or split it so each zone lists its own, more specific range.',
  rationale:
    'Observed traffic is mapped to zones by their ranges; a range listed by two zones at the same specificity leaves it unclear which zone an address belongs to.',
  scope: 'model',
  check(index) {
    const claims = new Map<string, { text: string; zoneIds: string[] }>();
    for (const zone of index.model.zones)
      for (const n of zoneNetworks(zone)) {
        const key = rangeKey(n);
        const claim = claims.get(key);
        if (!claim) claims.set(key, { text: n.text, zoneIds: [zone.id] });
        else if (!claim.zoneIds.includes(zone.id)) claim.zoneIds.push(zone.id);
      }
    const drafts = [];
    for (const { text, zoneIds } of claims.values()) {
      if (zoneIds.length < 2) continue;
      const zones = zoneIds.map((id) => index.zone.get(id)!);
      drafts.push({
        subject: { kind: 'zone' as const, id: zoneIds[0]! },
        message: `Range ${text} is listed by ${zones.length} zones: ${listText(zones.map(label), 5)}.`,
      });
    }
    return drafts;
  },
};
