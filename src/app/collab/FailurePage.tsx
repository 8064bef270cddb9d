/**
 * Why a shared document cannot be opened: an expired, forged or revoked link, an unknown
 * document, or no server. It covers the editor (there is nothing to edit) and offers the way back
 * to this browser's own diagrams. The server's words are shown as text.
 */

import { PRIMARY } from '../ui/Modal';
import { type OpenFailure, useCollab } from './collab-store';
import { leaveShared } from './navigation';

const TITLE: Record<OpenFailure['kind'], string> = {
  expired: 'This link has expired',
  invalid: 'This link is not valid',
  revoked: 'This link has been revoked',
  'unknown-document': 'This shared diagram does not exist',
  forbidden: 'This link does not allow that',
  unreachable: 'The team server cannot be reached',
  other: 'The shared diagram cannot be opened',
};

const ADVICE: Record<OpenFailure['kind'], string> = {
  expired: 'Links are valid for a limited time. Ask the person who shared the diagram for a new link.',
  invalid:
    'The link may have been copied incompletely, or it was not issued by this server. Ask for the link again and paste it whole.',
  revoked: 'Whoever manages the diagram withdrew this link. Ask them for a new one.',
  'unknown-document':
    'It may have been deleted, or the link belongs to another server. Check the address with the person who shared it.',
  forbidden: 'Ask the person who shared the diagram for an edit link.',
  unreachable: 'Check the network connection and try again.',
  other: 'Try again later, or ask the person who shared the diagram.',
};

export function FailurePage() {
  const failure = useCollab((s) => s.failure);
  if (!failure) return null;
  return (
    <div
      role="alert"
      data-testid="shared-failure"
      data-kind={failure.kind}
      className="fixed inset-0 z-[200] flex items-center justify-center bg-slate-50/95 p-6"
    >
      <div className="w-[32rem] max-w-full rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) p-6 shadow-xl">
        <h1 className="font-semibold text-lg text-slate-900">{TITLE[failure.kind]}</h1>
        <p className="mt-2 text-slate-700 text-sm">{ADVICE[failure.kind]}</p>
        {failure.message ? (
          <p className="mt-3 break-words rounded bg-slate-100 px-3 py-2 text-slate-600 text-xs">
            The server said: {failure.message}
          </p>
        ) : null}
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" className={PRIMARY} onClick={leaveShared}>
            Open my diagrams
          </button>
        </div>
      </div>
    </div>
  );
}

/** Until the first content arrives (from the server or this browser's copy). */
export function LoadingVeil() {
  const show = useCollab((s) => s.shared !== null && !s.loaded && s.failure === null && !s.version);
  const connection = useCollab((s) => s.connection);
  if (!show) return null;
  return (
    <div
      data-testid="shared-loading"
      className="pointer-events-none fixed inset-x-0 top-14 z-[60] flex justify-center"
    >
      <div
        role="status"
        className="rounded-full bg-slate-800 dark:bg-ink-700 px-4 py-1.5 text-[13px] text-white shadow-lg"
      >
        {connection === 'offline'
          ? 'Offline, and this shared diagram was never opened in this browser: it opens when the connection is back.'
          : 'Opening the shared diagram…'}
      </div>
    </div>
  );
}
