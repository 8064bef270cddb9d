/** The shared document's connection as the user needs it: connected, reconnecting, offline, and unsynced changes. */

import { plural } from '../../domain/text/plural';
import { HEADER_LABEL } from '../ui/HeaderButton';
import { type Connection, useCollab } from './collab-store';

const TEXT: Record<Connection, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const DOT: Record<Connection, string> = {
  connecting: 'bg-amber-400 animate-pulse',
  connected: 'bg-emerald-500',
  reconnecting: 'bg-amber-500 animate-pulse',
  offline: 'bg-slate-400',
};

export function ConnectionBadge() {
  const connection = useCollab((s) => s.connection);
  const unsynced = useCollab((s) => s.unsynced);
  const pending = connection === 'connected' ? 0 : unsynced;
  const detail =
    connection === 'connected'
      ? 'Changes reach the others as you make them.'
      : `Keep working: changes are kept in this browser and merge when the connection is back.${
          pending ? ` ${pending} not yet synced.` : ''
        }`;
  return (
    <span
      role="status"
      data-testid="connection-badge"
      data-connection={connection}
      data-unsynced={pending}
      title={detail}
      aria-label={`${TEXT[connection]}${pending ? `, ${pending} not yet synced` : ''}`}
      className={`flex h-6 shrink-0 items-center gap-1.5 whitespace-nowrap rounded-full px-2 text-[11.5px] font-medium ring-1 ${
        connection === 'connected'
          ? 'bg-emerald-50 dark:bg-emerald-500/20 text-emerald-800 dark:text-emerald-300 ring-emerald-200 dark:ring-emerald-900'
          : connection === 'offline'
            ? 'bg-slate-100 text-slate-700 ring-slate-300'
            : 'bg-amber-50 dark:bg-amber-500/20 text-amber-900 dark:text-amber-300 ring-amber-200 dark:ring-amber-900'
      }`}
    >
      <span aria-hidden="true" className={`inline-block size-1.5 rounded-full ${DOT[connection]}`} />
      {/* Connected is the quiet, usual state: on narrower screens only its dot shows (the title says it). */}
      <span className={connection === 'connected' ? HEADER_LABEL : undefined}>{TEXT[connection]}</span>
      {pending > 0 ? (
        <span data-testid="unsynced-count">· {plural(pending, 'change', 'changes')} not yet synced</span>
      ) : null}
    </span>
  );
}
