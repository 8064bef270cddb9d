/**
 * When to auto-save: after an edit, wait for a quiet moment (`debounceMs`) but never longer than
 * `maxWaitMs` since the first unsaved edit, so a crash loses at most about a second of work while
 * a burst of edits is written once.
 */
export class AutosaveScheduler {
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private maxWaitTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly save: () => void,
    private readonly debounceMs: number,
    private readonly maxWaitMs: number,
  ) {}

  /** An edit happened: (re)start the quiet-moment timer; start the deadline if none runs. */
  edited(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(this.save, this.debounceMs);
    this.maxWaitTimer ??= setTimeout(this.save, this.maxWaitMs);
  }

  /** A save is due now or no longer wanted. */
  cancel(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.maxWaitTimer) clearTimeout(this.maxWaitTimer);
    this.debounceTimer = null;
    this.maxWaitTimer = null;
  }

  get scheduled(): boolean {
    return this.debounceTimer !== null;
  }
}
