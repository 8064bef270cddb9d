import { isolationRule } from './isolation';

export const externalAssetNotIsolated = isolationRule({
  id: 'external-asset-not-isolated',
  title: 'Externally reached asset shares a zone with internal ones',
  reference: 'IEC 62443-3-2 ZCR 3.6',
  fix: 'Put assets reached through external networks (cellular modems, cloud services, vendor portals) in their own zone behind a conduit.',
  rationale:
    'An asset reachable from a network you do not control is an entry point; sharing a zone hands that entry point to its neighbours.',
  trait: 'externalNetwork',
  oddName: 'Externally reached asset',
  othersName: 'internal',
});
