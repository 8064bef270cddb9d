import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissToast, TOAST_LIFETIME_MS, toast, useToasts } from './toasts';

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [] });
  });
  afterEach(() => vi.useRealTimers());

  it('lets info and success fade but keeps an error until dismissed', () => {
    toast('Copied 2 assets.');
    toast('Exported plan.svg', 'success');
    toast('Export failed: disk full', 'error');
    vi.advanceTimersByTime(TOAST_LIFETIME_MS + 1);
    const left = useToasts.getState().toasts;
    expect(left.map((t) => t.message)).toEqual(['Export failed: disk full']);
    dismissToast(left[0]!.id);
    expect(useToasts.getState().toasts).toEqual([]);
  });

  it('shows at most three at once, newest last', () => {
    for (const n of [1, 2, 3, 4]) toast(`message ${n}`, 'error');
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      'message 2',
      'message 3',
      'message 4',
    ]);
  });
});
