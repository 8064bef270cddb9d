/**
 * A last-resort copy of the current diagram in localStorage, written only when IndexedDB cannot
 * take it (unavailable, full, failing). On the next start it is offered back, so a failed save
 * never turns into a blank app. localStorage is small (about 5 MB) and may fail too; then the
 * banner's download button is what is left, and the banner says so.
 */

const KEY = 'ot-zones:rescue';

export interface RescueSnapshot {
  /** The document the text belongs to, when it had one. */
  documentId: string | null;
  /** The revision the text was based on (a newer stored revision means another tab moved on). */
  baseRevision: number;
  name: string;
  text: string;
  savedAt: string;
}

/** Storage-like, so tests and browsers without localStorage work the same way. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function browserStorage(
  kind: 'localStorage' | 'sessionStorage' = 'localStorage',
): KeyValueStorage | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null; // some privacy modes throw on mere access
  }
}

export function writeRescue(storage: KeyValueStorage | null, snapshot: RescueSnapshot): boolean {
  if (!storage) return false;
  try {
    storage.setItem(KEY, JSON.stringify(snapshot));
    return true;
  } catch {
    return false;
  }
}

export function readRescue(storage: KeyValueStorage | null): RescueSnapshot | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<RescueSnapshot> | null;
    if (!value || typeof value.text !== 'string' || typeof value.savedAt !== 'string') return null;
    return {
      documentId: typeof value.documentId === 'string' ? value.documentId : null,
      baseRevision: typeof value.baseRevision === 'number' ? value.baseRevision : 0,
      name: typeof value.name === 'string' ? value.name : 'Recovered diagram',
      text: value.text,
      savedAt: value.savedAt,
    };
  } catch {
    return null;
  }
}

export function clearRescue(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // nothing to clear, or storage refuses: either way there is nothing more to do
  }
}
