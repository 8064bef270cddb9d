/**
 * Risk acceptance in the findings panel: the state of an accepted (or expired) finding, and the
 * form that accepts one. Written to model.policy.acceptances as one undo step; the finding stays
 * listed, marked accepted, until the acceptance expires (it holds through its expiry day).
 */
import { useId, useState } from 'react';
import { acceptFinding, revokeAcceptance } from '../../domain/edit/acceptances';
import type { Acceptance } from '../../domain/model/schema';
import { useEditor } from '../store/editor-store';

const field =
  'w-full rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-2 py-1 text-xs text-slate-800 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-200';
const button =
  'rounded border px-2 py-1 font-medium text-xs focus:outline-none focus:ring-2 focus:ring-sky-200';

/** "Accepted until 2026-12-31 by J. Doe" / "Acceptance expired on …" */
export function AcceptanceBadge({ acceptance, expired }: { acceptance: Acceptance; expired: boolean }) {
  const by = acceptance.acceptedBy ? ` by ${acceptance.acceptedBy}` : '';
  return expired ? (
    <span
      className="mt-1 inline-block rounded bg-amber-100 dark:bg-amber-500/20 px-1.5 py-0.5 font-medium text-[11px] text-amber-900 dark:text-amber-300"
      data-acceptance="expired"
    >
      Acceptance expired on {acceptance.expires}
    </span>
  ) : (
    <span
      className="mt-1 inline-block rounded bg-slate-100 px-1.5 py-0.5 font-medium text-[11px] text-slate-700"
      data-acceptance="accepted"
    >
      Accepted{acceptance.expires ? ` until ${acceptance.expires}` : ''}
      {by}
    </span>
  );
}

export function AcceptanceDetails({
  findingKey,
  acceptance,
}: {
  findingKey: string;
  acceptance: Acceptance;
}) {
  return (
    <div className="space-y-1 rounded border border-slate-200 bg-slate-50 p-2">
      <p>
        <span className="text-slate-500">Accepted risk: </span>
        <span className="whitespace-pre-wrap text-slate-800">{acceptance.justification}</span>
      </p>
      {acceptance.compensating ? (
        <p>
          <span className="text-slate-500">Compensating measures: </span>
          <span className="whitespace-pre-wrap text-slate-800">{acceptance.compensating}</span>
        </p>
      ) : null}
      <p className="text-[11px] text-slate-500">
        {[
          acceptance.acceptedBy && `by ${acceptance.acceptedBy}`,
          acceptance.date && `on ${acceptance.date}`,
          acceptance.ticket && `ticket ${acceptance.ticket}`,
          `key ${findingKey}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <button
        type="button"
        className={`${button} border-slate-300 bg-white dark:bg-(--otz-surface) text-slate-700 hover:bg-slate-100`}
        onClick={() =>
          useEditor.getState().applyEdit('Revoke risk acceptance', (m) => revokeAcceptance(m, findingKey))
        }
      >
        Revoke acceptance
      </button>
    </div>
  );
}

/** The "Accept risk…" button and, once opened, its form. */
export function AcceptRiskForm({ findingKey, today }: { findingKey: string; today: string }) {
  const [open, setOpen] = useState(false);
  const [justification, setJustification] = useState('');
  const [acceptedBy, setAcceptedBy] = useState('');
  const [expires, setExpires] = useState('');
  const [compensating, setCompensating] = useState('');
  const [ticket, setTicket] = useState('');
  const [error, setError] = useState('');
  const id = useId();
  if (!open)
    return (
      <button
        type="button"
        className={`${button} border-slate-300 bg-white dark:bg-(--otz-surface) text-slate-700 hover:border-amber-300 hover:bg-amber-50 dark:hover:bg-amber-500/20`}
        onClick={() => setOpen(true)}
      >
        Accept risk…
      </button>
    );
  const submit = () => {
    if (justification.trim() === '') {
      setError('A justification is required: say why the risk is acceptable.');
      return;
    }
    if (expires !== '' && expires < today) {
      setError('The expiry date is in the past.');
      return;
    }
    const acceptance: Acceptance = { finding: findingKey, justification: justification.trim(), date: today };
    if (acceptedBy.trim()) acceptance.acceptedBy = acceptedBy.trim();
    if (expires) acceptance.expires = expires;
    if (compensating.trim()) acceptance.compensating = compensating.trim();
    if (ticket.trim()) acceptance.ticket = ticket.trim();
    try {
      useEditor.getState().applyEdit('Accept risk', (m) => acceptFinding(m, acceptance));
      setOpen(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form
      className="w-full space-y-1.5 rounded border border-amber-200 dark:border-amber-900 bg-amber-50/60 p-2"
      aria-label="Accept risk"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="block text-slate-700" htmlFor={`${id}-why`}>
        Justification (required)
      </label>
      <textarea
        id={`${id}-why`}
        className={`${field} h-14`}
        value={justification}
        onChange={(e) => setJustification(e.target.value)}
      />
      <label className="block text-slate-700" htmlFor={`${id}-comp`}>
        Compensating measures
      </label>
      <input
        id={`${id}-comp`}
        className={field}
        value={compensating}
        onChange={(e) => setCompensating(e.target.value)}
      />
      <div className="grid grid-cols-[1fr_8.5rem_1fr] gap-1.5">
        <label className="text-slate-700">
          Accepted by
          <input className={field} value={acceptedBy} onChange={(e) => setAcceptedBy(e.target.value)} />
        </label>
        <label className="text-slate-700">
          Expires
          <input
            type="date"
            className={field}
            value={expires}
            min={today}
            onChange={(e) => setExpires(e.target.value)}
          />
        </label>
        <label className="text-slate-700">
          Ticket
          <input className={field} value={ticket} onChange={(e) => setTicket(e.target.value)} />
        </label>
      </div>
      {error ? (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <div className="flex gap-1.5">
        <button
          type="submit"
          className={`${button} border-amber-400 bg-amber-100 dark:bg-amber-500/20 text-amber-900 dark:text-amber-300 hover:bg-amber-200 dark:hover:bg-amber-500/20`}
        >
          Accept
        </button>
        <button
          type="button"
          className={`${button} border-slate-300 bg-white dark:bg-(--otz-surface) text-slate-700 hover:bg-slate-100`}
          onClick={() => setOpen(false)}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
