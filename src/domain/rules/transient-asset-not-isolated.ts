import { isolationRule } from './isolation';

export const transientAssetNotIsolated = isolationRule({
  id: 'transient-asset-not-isolated',
  title: 'Temporarily connected asset shares a zone with permanent ones',
  reference: 'IEC 62443-3-2 ZCR 3.4',
  fix: 'Give temporarily connected devices (maintenance laptops, USB media stations) a zone of their own and reach the permanent assets through a conduit.',
  rationale:
    'Devices that come and go have been elsewhere and bring what they caught there; a separate zone lets the conduit check them on the way in.',
  trait: 'transient',
  oddName: 'Temporarily connected asset',
  othersName: 'permanently connected',
});
