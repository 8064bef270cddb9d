import { isControlSide } from '../catalog/zone-kinds';
import { hasControl } from '../model/derive';
import type { Zone } from '../model/schema';
import { agree } from '../text/plural';
import { label, labelList, listText } from './format';
import type { ConduitRule } from './rule';

/** What managed remote access needs on the conduit, in the order messages name them. */
export const REMOTE_ACCESS_CONTROLS = ['jump-host', 'session-recording', 'access-approval'] as const;

export const remoteAccessUnmanaged: ConduitRule = {
  id: 'remote-access-unmanaged',
  title: 'Remote or service-provider access not managed',
  severity: 'warning',
  reference: 'IEC 62443-2-4 SP.07; IEC 62443-3-3 SR 1.13 RE1',
  fix: 'Terminate remote sessions in a remote-access or DMZ zone on a jump host, record them, and have each session approved by the asset owner.',
  rationale:
    'Remote and vendor access is a favourite way into plants; brokering, approving and recording each session keeps it visible and under the owner’s control.',
  scope: 'conduit',
  check(conduit, index) {
    if (!conduit.remoteAccess && !conduit.serviceProvider) return [];
    const landing: Zone[] = [];
    for (const id of conduit.zoneIds) {
      const z = index.zone.get(id);
      if (z && isControlSide(z)) landing.push(z);
    }
    const missing = REMOTE_ACCESS_CONTROLS.filter((c) => !hasControl(conduit, c));
    if (landing.length === 0 && missing.length === 0) return [];
    const problems: string[] = [];
    if (landing.length > 0)
      problems.push(
        `lands directly in control-side ${agree(landing.length, 'zone', 'zones')} ${labelList(landing)}`,
      );
    if (missing.length > 0) problems.push(`has no ${listText(missing, 3).replace(/ and /, ' or ')}`);
    const what = conduit.remoteAccess ? 'Remote-access conduit' : 'Service-provider conduit';
    return [
      {
        subject: { kind: 'conduit', id: conduit.id },
        message: `${what} ${label(conduit)} ${problems.join(' and ')}.`,
      },
    ];
  },
};
