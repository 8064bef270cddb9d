/** "This file cannot be opened": every problem of a model file with its JSON path. */
import { useRef } from 'react';
import { Modal, PRIMARY } from '../ui/Modal';
import { closeProblems, useImport } from './import-store';

export function ProblemsDialog() {
  const problems = useImport((s) => s.problems);
  const closeRef = useRef<HTMLButtonElement>(null);
  const count = problems?.issues.length ?? 0;
  return (
    <Modal
      open={!!problems}
      title="This file cannot be opened"
      onClose={closeProblems}
      noCloseButton
      width="w-[40rem]"
      testId="import-problems"
      initialFocus={closeRef}
      footer={
        <button ref={closeRef} type="button" className={PRIMARY} onClick={closeProblems}>
          Close
        </button>
      }
    >
      <p>
        <span className="break-all font-medium">{problems?.fileName}</span> is not a valid ot-zones model (
        {count === 1 ? '1 problem' : `${count} problems`}). Your current diagram is unchanged.
      </p>
      <ul
        aria-label="Problems"
        className="mt-3 max-h-[50vh] overflow-y-auto rounded border border-red-200 bg-red-50/60 dark:border-red-900"
      >
        {problems?.issues.map((issue, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
            key={i}
            className="border-red-100 border-b px-3 py-1.5 last:border-b-0 dark:border-red-900"
          >
            <code className="break-all rounded bg-white px-1 py-0.5 font-mono text-[12px] text-red-800 dark:bg-(--otz-surface) dark:text-red-300">
              {issue.path}
            </code>{' '}
            <span className="break-words text-slate-800">{issue.message}</span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
