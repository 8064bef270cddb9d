/**
 * Short messages at the bottom of the canvas (refused drops, deletions, copies, failures), in a
 * store of their own: they are not editor state and never history. Information and success fade
 * after a few seconds; an error stays until the user dismisses it, so a failure read late is
 * still there to read.
 */
import { create } from 'zustand';

export type ToastTone = 'info' | 'error' | 'success';

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
}

/** How long an info or success toast stays. */
export const TOAST_LIFETIME_MS = 4500;
/** The most toasts shown at once; older ones make room. */
const SHOWN = 3;

export const useToasts = create<{ toasts: readonly Toast[] }>()(() => ({ toasts: [] }));

let seq = 0;

export function toast(message: string, tone: ToastTone = 'info'): void {
  const id = ++seq;
  useToasts.setState({ toasts: [...useToasts.getState().toasts.slice(1 - SHOWN), { id, message, tone }] });
  if (tone !== 'error') setTimeout(() => dismissToast(id), TOAST_LIFETIME_MS);
}

export function dismissToast(id: number): void {
  const { toasts } = useToasts.getState();
  const kept = toasts.filter((t) => t.id !== id);
  if (kept.length !== toasts.length) useToasts.setState({ toasts: kept });
}
