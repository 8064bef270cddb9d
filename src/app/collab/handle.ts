/**
 * What the always-loaded UI (name dialog, canvas presence) may ask of the open shared session,
 * without importing it: the session (Yjs, Hocuspocus, y-indexeddb) is loaded only when a shared
 * document is opened, so a local-only app does not download it.
 */
import { useCollab } from './collab-store';
import { writeDisplayName } from './display-name';

export interface SessionHandle {
  /** This participant's pointer in diagram coordinates (null: off the canvas). */
  setCursor(point: { x: number; y: number } | null): void;
  /** The display name changed. */
  renamed(): void;
}

let handle: SessionHandle | null = null;

export function setSessionHandle(next: SessionHandle | null): void {
  handle = next;
}

export function sessionHandle(): SessionHandle | null {
  return handle;
}

/** Keeps the display name and shows it to the others at once. */
export function setDisplayName(name: string): void {
  writeDisplayName(name);
  useCollab.setState({ askName: false });
  handle?.renamed();
}
