/**
 * Malcolm's net-map.json (host and subnet name mapping), so Malcolm names each address's network
 * segment after its zone and tags traffic between zones `cross_segment` (issue 13). Format as
 * Malcolm's "Automatic host and subnet name assignment" documents it: a JSON list of entries with
 * `type` ("segment" for a CIDR subnet, "host" for an address), `address`, `name` and an optional
 * `tag` (empty: applies to every log). Segments come from zone ranges, hosts from asset addresses.
 */
import type { Model } from '../model/schema';
import { cleanText } from '../text/clean-text';
import { canonicalIp, parseIp, zoneNetworks } from '../traffic/addresses';

export interface NetMapEntry {
  type: 'segment' | 'host';
  address: string;
  name: string;
  tag: string;
}

export function malcolmNetMap(model: Model): NetMapEntry[] {
  const entries: NetMapEntry[] = [];
  for (const zone of model.zones)
    for (const n of zoneNetworks(zone))
      entries.push({
        type: 'segment',
        address: n.text,
        name: cleanText(zone.name || zone.id).trim(),
        tag: '',
      });
  for (const asset of model.assets)
    for (const a of asset.addresses ?? []) {
      const ip = parseIp(a);
      if (ip)
        entries.push({
          type: 'host',
          address: canonicalIp(ip),
          name: cleanText(asset.name || asset.id).trim(),
          tag: '',
        });
    }
  return entries;
}

export function exportMalcolmNetMap(model: Model): string {
  return `${JSON.stringify(malcolmNetMap(model), null, 2)}\n`;
}
