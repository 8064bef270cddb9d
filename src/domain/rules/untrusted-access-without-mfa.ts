import { conduitEffectiveTarget, hasControl } from '../model/derive';
import { FR_INDEX } from '../security-level';
import { requiredAt, requirement } from '../standard/requirements';
import { label } from './format';
import type { ConduitRule } from './rule';

const MFA_UNTRUSTED = 'SR 1.1 RE2';

export const untrustedAccessWithoutMfa: ConduitRule = {
  id: 'untrusted-access-without-mfa',
  title: 'Untrusted or remote access without MFA',
  severity: 'error',
  reference: `IEC 62443-3-3 ${MFA_UNTRUSTED}, SR 1.13`,
  fix: 'Require multi-factor authentication for everyone who comes in through this conduit, and add "mfa" to its controls.',
  rationale:
    'At this level a stolen password must not be enough to get in from outside; a second factor stops most credential attacks.',
  scope: 'conduit',
  check(conduit, index) {
    if (!conduit.untrustedNetwork && !conduit.remoteAccess) return [];
    if (hasControl(conduit, 'mfa')) return [];
    const target = conduitEffectiveTarget(conduit, index);
    if (!target || !requiredAt(MFA_UNTRUSTED, target)) return [];
    const what =
      conduit.untrustedNetwork && conduit.remoteAccess
        ? 'carries remote access over an untrusted network'
        : conduit.remoteAccess
          ? 'carries remote access'
          : 'crosses an untrusted network';
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `Conduit ${label(conduit)} ${what} with an IAC target of ${target[FR_INDEX.IAC]} but has no MFA (required from IAC ${requirement(MFA_UNTRUSTED).fromSl}).`,
      },
    ];
  },
};
