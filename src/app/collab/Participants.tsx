/** Who else has the shared document open: coloured initials in the header, names on hover and in the list. */
import { useCollab } from './collab-store';
import { initials, readDisplayName } from './display-name';

const SHOWN = 4;

export function Participants() {
  const peers = useCollab((s) => s.peers);
  const me = readDisplayName() ?? 'Guest';
  const shown = peers.slice(0, SHOWN);
  const more = peers.length - shown.length;
  const names = peers.map((p) => `${p.name}${p.role === 'view' ? ' (viewing)' : ''}`);
  return (
    <ul
      aria-label={`Participants: you (${me})${names.length ? `, ${names.join(', ')}` : ''}`}
      data-testid="participants"
      data-count={peers.length + 1}
      className="flex shrink-0 items-center -space-x-1.5"
    >
      <li>
        <button
          type="button"
          title={`You (${me}): change your name`}
          aria-label={`You (${me}): change your name`}
          onClick={() => useCollab.setState({ askName: true })}
          className="flex size-7 items-center justify-center rounded-full bg-slate-700 dark:bg-ink-600 text-[10.5px] font-semibold text-white ring-2 ring-white dark:ring-(--otz-surface) hover:bg-slate-900"
        >
          {initials(me)}
        </button>
      </li>
      {shown.map((p) => (
        <li
          key={p.clientId}
          data-testid="participant"
          data-name={p.name}
          title={`${p.name}${p.role === 'view' ? ' (viewing)' : ''}`}
          className={`flex size-7 items-center justify-center rounded-full text-[10.5px] font-semibold text-white ring-2 ring-white dark:ring-(--otz-surface) ${p.role === 'view' ? 'opacity-70' : ''}`}
          style={{ backgroundColor: p.color }}
        >
          {initials(p.name)}
        </li>
      ))}
      {more > 0 ? (
        <li
          title={names.slice(SHOWN).join(', ')}
          className="flex size-7 items-center justify-center rounded-full bg-slate-200 text-[10.5px] font-semibold text-slate-700 ring-2 ring-white dark:ring-(--otz-surface)"
        >
          +{more}
        </li>
      ) : null}
    </ul>
  );
}
