import { agree } from '../text/plural';
import { contains, parseIp, zoneNetworks } from '../traffic/addresses';
import { label, listText } from './format';
import type { AssetRule } from './rule';

export const assetAddressOutsideZone: AssetRule = {
  id: 'asset-address-outside-zone',
  title: "Asset address outside its zone's ranges",
  severity: 'warning',
  reference: 'IEC 62443-3-2 ZCR 3.2; IEC 62443-3-3 SR 5.1',
  fix: "Correct the address, move the asset to the zone whose range holds it, or add the range to the zone's networks.",
  rationale:
    'An asset whose address lies outside its zone’s ranges is either in the wrong zone on the diagram or on a network segment the design does not show.',
  scope: 'asset',
  check(asset, index) {
    const zone = index.zone.get(asset.zoneId);
    if (!zone || !asset.addresses?.length) return [];
    const networks = zoneNetworks(zone);
    if (networks.length === 0) return [];
    const outside = asset.addresses.filter((text) => {
      const ip = parseIp(text);
      return ip !== undefined && !networks.some((n) => contains(n, ip));
    });
    if (outside.length === 0) return [];
    return [
      {
        subject: { kind: 'asset', id: asset.id },
        message: `Asset ${label(asset)} has ${agree(outside.length, 'address', 'addresses')} ${listText(outside)} outside the ranges of its zone ${label(zone)} (${listText(networks.map((n) => n.text))}).`,
      },
    ];
  },
};
