import { isolationRule } from './isolation';

export const wirelessAssetNotIsolated = isolationRule({
  id: 'wireless-asset-not-isolated',
  title: 'Wireless asset shares a zone with wired ones',
  reference: 'IEC 62443-3-2 ZCR 3.5',
  fix: 'Move wireless devices and their access points into a wireless zone joined to the wired zone by a conduit.',
  rationale:
    'Radio reaches past walls and fences, so wireless devices face attackers that wired ones do not.',
  trait: 'wireless',
  oddName: 'Wireless asset',
  othersName: 'wired',
});
