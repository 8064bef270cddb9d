/**
 * A modal confirmation on the native <dialog> element: focus is trapped and restored by the
 * browser, Escape cancels, and the destructive button is never the default focus.
 */
import { type ReactNode, useEffect, useRef } from 'react';

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { open, title, children, confirmLabel, danger, onConfirm, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-dialog-title"
      className="m-auto w-[26rem] max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:backdrop:bg-ink-950/65"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <div className="p-5">
        <h2 id="confirm-dialog-title" className="font-semibold text-base">
          {title}
        </h2>
        <div className="mt-2 text-slate-700 text-sm">{children}</div>
      </div>
      <div className="flex justify-end gap-2 rounded-b-lg border-slate-200 border-t bg-slate-50 px-5 py-3">
        <button
          ref={cancelRef}
          type="button"
          className="rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-3 py-1.5 font-medium text-slate-700 text-sm hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-300"
          onClick={onCancel}
        >
          Cancel
        </button>
        <button
          type="button"
          className={`rounded px-3 py-1.5 font-medium text-sm text-white focus:outline-none focus:ring-2 focus:ring-offset-1 ${
            danger
              ? 'bg-red-600 hover:bg-red-700 focus:ring-red-400'
              : 'bg-sky-600 hover:bg-sky-700 focus:ring-sky-400'
          }`}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
