/**
 * The app's persistence, wired to the browser: IndexedDB, localStorage backup, BroadcastChannel,
 * and a flush when the page is hidden or closed. Call `startPersistence()` once at start-up.
 */
import { IdbDocumentStore } from './idb-document-store';
import { browserStorage } from './rescue';
import { CHANNEL_NAME, PersistenceController, usePersistence } from './session';

let controller: PersistenceController | null = null;
let starting: Promise<void> | null = null;

export function persistence(): PersistenceController | null {
  return controller;
}

export function startPersistence(): Promise<void> {
  if (starting) return starting;
  controller = new PersistenceController({
    openStore: () => IdbDocumentStore.open(),
    rescueStorage: browserStorage('localStorage'),
    tabStorage: browserStorage('sessionStorage'),
    channel: () => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null),
  });
  const active = controller;
  const flush = () => void active.saveNow();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  // Ask before closing only when the work exists nowhere else (storage failed or another tab moved on).
  window.addEventListener('beforeunload', (event) => {
    const { status } = usePersistence.getState();
    const atRisk = status === 'failed' || status === 'memory-only' || status === 'paused';
    if (atRisk && active.hasUnsavedChanges()) event.preventDefault();
  });
  starting = active.start();
  return starting;
}

export { usePersistence } from './session';
