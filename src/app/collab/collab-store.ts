/**
 * What the collaboration UI shows about the open shared document: which document, the link's
 * role, the connection, other participants, and what was repaired. The Y.Doc itself lives in the
 * session (session.ts); this store only mirrors what the header, dialogs and canvas overlays need.
 * Local documents leave `shared` null and nothing here renders.
 */
import { create } from 'zustand';
import type { DragOverlay } from '../store/editor-store';

export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export type LinkRole = 'edit' | 'view';

/** Why a shared document cannot be opened (the message is shown as text). */
export interface OpenFailure {
  kind: 'expired' | 'invalid' | 'revoked' | 'unknown-document' | 'forbidden' | 'unreachable' | 'other';
  message: string;
}

export interface Peer {
  /** Awareness client id. */
  clientId: number;
  name: string;
  color: string;
  role: LinkRole;
  /** Pointer in flow coordinates (null when outside the canvas). */
  cursor: { x: number; y: number } | null;
  selection: readonly string[];
  /** Positions of what this participant is dragging right now (relative, like the editor's overlay). */
  drag: DragOverlay | null;
}

export interface Repair {
  id: number;
  message: string;
  at: string;
}

export interface SharedDocument {
  id: string;
  token: string;
  role: LinkRole;
}

export interface CollabState {
  shared: SharedDocument | null;
  connection: Connection;
  /** Local changes the server has not acknowledged yet. */
  unsynced: number;
  /** The first content arrived (from the server or this browser's cache). */
  loaded: boolean;
  failure: OpenFailure | null;
  peers: readonly Peer[];
  repairs: readonly Repair[];
  /** The display name dialog is open (first shared open, or "change name"). */
  askName: boolean;
  /** Which collaboration dialog is open. */
  dialog: 'share' | 'history' | null;
  /** A saved version opened read-only (no live connection), or null for the live document. */
  version: { id: string; name: string } | null;
  /** Everyone else's drag positions merged (what the canvas shows moving); null when nobody drags. */
  peerDrag: DragOverlay | null;
}

export const useCollab = create<CollabState>()(() => ({
  shared: null,
  connection: 'connecting',
  unsynced: 0,
  loaded: false,
  failure: null,
  peers: [],
  repairs: [],
  askName: false,
  dialog: null,
  version: null,
  peerDrag: null,
}));

/** Other participants' drags in progress, for the canvas (null for local documents). */
export function usePeerDrag(): DragOverlay | null {
  return useCollab((s) => s.peerDrag);
}

let repairSeq = 0;

/** Records repairs reported while reading the shared document (newest last, at most 50 kept). */
export function addRepairs(messages: readonly string[]): void {
  if (messages.length === 0) return;
  const at = new Date().toISOString();
  const added = messages.map((message) => ({ id: ++repairSeq, message, at }));
  useCollab.setState({ repairs: [...useCollab.getState().repairs, ...added].slice(-50) });
}

export function dismissRepairs(): void {
  useCollab.setState({ repairs: [] });
}

/** Remote drag positions of every participant, merged (what the canvas shows moving). */
export function peerDragOverlay(peers: readonly Peer[]): DragOverlay | null {
  let merged: Record<string, DragOverlay[string]> | null = null;
  for (const p of peers) {
    if (!p.drag) continue;
    merged ??= {};
    Object.assign(merged, p.drag);
  }
  return merged;
}
