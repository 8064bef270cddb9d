import { hasControl } from '../model/derive';
import { label } from './format';
import type { ConduitRule } from './rule';

export const untrustedConduitWithoutEncryption: ConduitRule = {
  id: 'untrusted-conduit-without-encryption',
  title: 'Untrusted network without encryption',
  severity: 'error',
  reference: 'IEC 62443-3-3 SR 4.1, SR 3.1',
  fix: 'Carry the traffic in a VPN or use protocols with encryption, and record the control on the conduit ("vpn" or "encryption").',
  rationale:
    'Traffic crossing a network you do not control can be read and altered on the way unless it is encrypted and integrity-protected.',
  scope: 'conduit',
  check(conduit) {
    if (!conduit.untrustedNetwork) return [];
    if (hasControl(conduit, 'vpn') || hasControl(conduit, 'encryption')) return [];
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} crosses an untrusted network without a VPN or encryption.`,
      },
    ];
  },
};
