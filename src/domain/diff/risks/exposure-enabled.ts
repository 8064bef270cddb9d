import type { Conduit } from '../../model/schema';
import { label } from '../../rules/format';
import type { RiskCheck } from './risk';

type ExposureFlag = 'remoteAccess' | 'serviceProvider' | 'untrustedNetwork';

/** Conduit flags that open the plant to people or networks outside it. */
const EXPOSURES: ReadonlyArray<{ kind: string; flag: ExposureFlag; title: string; what: string }> = [
  {
    kind: 'remote-access-enabled',
    flag: 'remoteAccess',
    title: 'Remote access switched on',
    what: 'remote access',
  },
  {
    kind: 'service-provider-enabled',
    flag: 'serviceProvider',
    title: 'Service provider access switched on',
    what: 'service provider access',
  },
  {
    kind: 'untrusted-network-enabled',
    flag: 'untrustedNetwork',
    title: 'Untrusted network switched on',
    what: 'an untrusted network crossing',
  },
];

function switchedOn(before: readonly Conduit[], after: readonly Conduit[], flag: ExposureFlag) {
  const old = new Map(before.map((c) => [c.id, c]));
  return after
    .filter((now) => now[flag] === true && old.get(now.id)?.[flag] !== true)
    .map((now) => ({ now, isNew: !old.has(now.id) }));
}

/** Remote access, service provider or untrusted network switched on (or a new conduit with it on). */
export const exposureChecks: RiskCheck[] = EXPOSURES.map(({ kind, flag, title, what }) => ({
  kind,
  title,
  check: ({ before, after }) =>
    switchedOn(before.conduits, after.conduits, flag).map(({ now, isNew }) => ({
      kind,
      subject: { kind: 'conduit' as const, id: now.id },
      message: `${isNew ? 'New conduit' : 'Conduit'} ${label(now)} ${isNew ? 'has' : 'now has'} ${what}.`,
    })),
}));
