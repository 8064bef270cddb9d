/** "This file cannot be opened": every problem of a model file with its JSON path. */
import { useEffect, useRef } from 'react';
import { closeProblems, useImport } from './import-store';

export function ProblemsDialog() {
  const problems = useImport((s) => s.problems);
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (problems && !dialog.open) {
      dialog.showModal();
      closeRef.current?.focus();
    } else if (!problems && dialog.open) dialog.close();
  }, [problems]);

  const count = problems?.issues.length ?? 0;
  return (
    <dialog
      ref={ref}
      aria-labelledby="import-problems-title"
      data-testid="import-problems"
      className="m-auto w-[40rem] max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:backdrop:bg-ink-950/65"
      onCancel={(e) => {
        e.preventDefault();
        closeProblems();
      }}
    >
      <div className="p-5">
        <h2 id="import-problems-title" className="font-semibold text-base">
          This file cannot be opened
        </h2>
        <p className="mt-1 text-slate-700 text-sm">
          <span className="break-all font-medium">{problems?.fileName}</span> is not a valid ot-zones model (
          {count === 1 ? '1 problem' : `${count} problems`}). Your current diagram is unchanged.
        </p>
        <ul
          aria-label="Problems"
          className="mt-3 max-h-[50vh] overflow-y-auto rounded border border-red-200 dark:border-red-900 bg-red-50/60 text-sm"
        >
          {problems?.issues.map((issue, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
              key={i}
              className="border-red-100 dark:border-red-900 border-b px-3 py-1.5 last:border-b-0"
            >
              <code className="break-all rounded bg-white dark:bg-(--otz-surface) px-1 py-0.5 font-mono text-[12px] text-red-800 dark:text-red-300">
                {issue.path}
              </code>{' '}
              <span className="break-words text-slate-800">{issue.message}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="flex justify-end rounded-b-lg border-slate-200 border-t bg-slate-50 px-5 py-3">
        <button
          ref={closeRef}
          type="button"
          className="rounded bg-sky-600 px-3 py-1.5 font-medium text-sm text-white hover:bg-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-400 focus:ring-offset-1"
          onClick={closeProblems}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
