import { dismissToast as dismiss, useToasts } from '../store/toasts';
import { Icon } from '../ui/Icon';
import { UI_ICONS } from '../ui/ui-icons';

const TONE = {
  info: { className: 'border-slate-300 bg-slate-800 dark:bg-ink-700 text-white', icon: UI_ICONS.info },
  success: { className: 'border-emerald-700 bg-emerald-700 text-white', icon: UI_ICONS.check },
  error: { className: 'border-red-700 bg-red-600 text-white', icon: UI_ICONS.alert },
} as const;

/** Short messages (refused drops, deletions, copies) at the bottom of the canvas; errors stay until dismissed. */
export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <div
      aria-live="polite"
      className="pointer-events-none absolute inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2"
    >
      {toasts.map((t) => (
        <div
          key={t.id}
          role={t.tone === 'error' ? 'alert' : 'status'}
          data-testid="toast"
          data-tone={t.tone}
          className={`pointer-events-auto flex max-w-md items-center gap-2 rounded-lg border px-3 py-2 text-[13px] shadow-lg ${TONE[t.tone].className}`}
        >
          <Icon name={TONE[t.tone].icon} size={16} />
          <span>{t.message}</span>
          <button
            type="button"
            onClick={() => dismiss(t.id)}
            aria-label="Dismiss"
            className="ml-1 rounded p-0.5 opacity-70 hover:opacity-100"
          >
            <Icon name={UI_ICONS.close} size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
