import { assetType } from '../catalog/asset-types';
import type { Asset } from '../model/schema';
import { plural } from '../text/plural';
import { label, labelList } from './format';
import type { ZoneRule } from './rule';

export const businessAssetInIacsZone: ZoneRule = {
  id: 'business-asset-in-iacs-zone',
  title: 'Business and control assets share a zone',
  severity: 'error',
  reference: 'IEC 62443-3-2 ZCR 3.2',
  fix: 'Move the business systems (ERP, email, office PCs) to an enterprise zone and exchange data through a DMZ.',
  rationale:
    'Business systems browse, mail and update from the internet; in the same zone as control systems they carry that exposure straight to the process.',
  scope: 'zone',
  check(zone, index) {
    const assets = index.assetsByZone.get(zone.id);
    if (!assets || assets.length < 2) return [];
    let hasBusiness = false;
    let hasIacs = false;
    for (const a of assets) {
      const cls = assetType(a.type).class;
      if (cls === 'business') hasBusiness = true;
      else if (cls === 'iacs') hasIacs = true;
    }
    if (!hasBusiness || !hasIacs) return [];
    const business: Asset[] = [];
    const iacs: Asset[] = [];
    for (const a of assets) {
      const cls = assetType(a.type).class;
      if (cls === 'business') business.push(a);
      else if (cls === 'iacs') iacs.push(a);
    }
    return [
      {
        subject: { kind: 'zone', id: zone.id },
        message: `Zone ${label(zone)} mixes ${plural(business.length, 'business asset')} (${labelList(business)}) with ${plural(iacs.length, 'IACS asset')} (${labelList(iacs)}).`,
      },
    ];
  },
};
