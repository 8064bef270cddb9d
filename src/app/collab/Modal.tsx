/**
 * A modal on the native <dialog> element (focus trapped and restored by the browser, Escape
 * closes unless `required`), used by the collaboration dialogs: name, share, history.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';

export function Modal(props: {
  open: boolean;
  title: string;
  onClose?: () => void;
  /** Escape does nothing: the dialog has to be answered (the display name). */
  required?: boolean;
  width?: string;
  testId?: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { open, title, onClose, required, width = 'w-[30rem]', testId, children, footer } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      className={`m-auto ${width} max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white dark:bg-(--otz-surface) p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:backdrop:bg-ink-950/65`}
      onCancel={(e) => {
        e.preventDefault();
        if (!required) onClose?.();
      }}
    >
      {open ? (
        <>
          <div className="flex items-start justify-between gap-3 border-slate-200 border-b px-5 py-3">
            <h2 id={titleId} className="font-semibold text-base">
              {title}
            </h2>
            {required ? null : (
              <button
                type="button"
                aria-label="Close"
                className="rounded px-1.5 text-lg leading-none text-slate-500 hover:bg-slate-100 hover:text-slate-900"
                onClick={onClose}
              >
                ×
              </button>
            )}
          </div>
          <div className="max-h-[70vh] overflow-y-auto px-5 py-4 text-slate-700 text-sm">{children}</div>
          {footer ? (
            <div className="flex justify-end gap-2 rounded-b-lg border-slate-200 border-t bg-slate-50 px-5 py-3">
              {footer}
            </div>
          ) : null}
        </>
      ) : null}
    </dialog>
  );
}

export const PRIMARY =
  'rounded bg-sky-600 px-3 py-1.5 font-medium text-sm text-white hover:bg-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-400 focus:ring-offset-1 disabled:opacity-50';
export const SECONDARY =
  'rounded border border-slate-300 bg-white dark:bg-(--otz-surface) px-3 py-1.5 font-medium text-slate-700 text-sm hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-300 disabled:opacity-50';
export const INPUT =
  'w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:outline-none focus:ring-2 focus:ring-sky-200';
export const DANGER =
  'rounded bg-red-600 px-3 py-1.5 font-medium text-sm text-white hover:bg-red-700 focus:outline-none focus:ring-2 focus:ring-red-400 focus:ring-offset-1';
