/**
 * The app's one modal dialog, on the native <dialog> element: the browser traps focus in it and
 * focus goes back to the opener on close, Escape closes it (unless `required`; the editor's shortcuts ignore keys
 * inside an open dialog, see shell/shortcuts.ts), and the title labels it (aria-labelledby).
 * Layout: a header (title, optional subtitle, ×), a scrolling body, an optional footer of buttons.
 * Every dialog uses it: share, name, history, templates, confirm, import problems, foreign import
 * preview, CSV inventory mapping, compliance matrix.
 */
import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

export function Modal(props: {
  open: boolean;
  title: string;
  onClose?: () => void;
  /** Escape does nothing and there is no ×: the dialog has to be answered (the display name). */
  required?: boolean;
  /** No × in the header: the footer holds the only way out (besides Escape). */
  noCloseButton?: boolean;
  /** A line under the title (file name, what the dialog is for). */
  subtitle?: ReactNode;
  /** Tailwind width class, e.g. `w-[30rem]`. */
  width?: string;
  testId?: string;
  /** Focused on open instead of the first focusable element (e.g. Cancel, never a destructive default). */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { open, title, onClose, required, subtitle, width = 'w-[30rem]', testId, children, footer } = props;
  const { initialFocus, noCloseButton } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The element that had focus before opening gets it back on close, also when the dialog closes
  // by being unmounted (dialogs that render <Modal open> only while needed).
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      initialFocus?.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      opener.current?.focus();
    }
  }, [open, initialFocus]);
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) opener.current?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      className={`m-auto ${width} max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:bg-(--otz-surface) dark:backdrop:bg-ink-950/65`}
      onCancel={(e) => {
        e.preventDefault();
        if (!required) onClose?.();
      }}
    >
      {open ? (
        <>
          <div className="flex items-start justify-between gap-3 border-slate-200 border-b px-5 py-3">
            <div className="min-w-0">
              <h2 id={titleId} className="font-semibold text-base">
                {title}
              </h2>
              {subtitle ? <div className="mt-0.5 text-slate-600 text-sm">{subtitle}</div> : null}
            </div>
            {required || noCloseButton ? null : (
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
          <div className="max-h-[calc(100vh-13rem)] overflow-y-auto px-5 py-4 text-slate-700 text-sm">
            {children}
          </div>
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
