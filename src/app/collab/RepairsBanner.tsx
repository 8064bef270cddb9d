/**
 * What was repaired after concurrent edits (e.g. an asset moved because another participant
 * deleted its zone): a banner above the header listing each repair, until dismissed.
 */
import { dismissRepairs, useCollab } from './collab-store';

export function RepairsBanner() {
  const repairs = useCollab((s) => s.repairs);
  if (repairs.length === 0) return null;
  return (
    <section
      aria-label="Repairs after concurrent edits"
      data-testid="repairs"
      className="order-first flex items-start gap-3 border-amber-200 dark:border-amber-900 border-b bg-amber-50 dark:bg-amber-500/20 px-4 py-2 text-[13px] text-amber-950 dark:text-amber-300"
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold">
          Concurrent edits left the diagram inconsistent; it was repaired so nothing anyone added is lost:
        </p>
        <ul className="mt-0.5 max-h-24 list-disc overflow-y-auto pl-5">
          {repairs.map((r) => (
            <li key={r.id} data-testid="repair">
              {r.message}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={dismissRepairs}
        className="shrink-0 rounded px-2 py-0.5 font-medium text-amber-900 dark:text-amber-300 hover:bg-amber-100 dark:hover:bg-amber-500/20"
      >
        Dismiss
      </button>
    </section>
  );
}
