/**
 * Presence through Yjs awareness: what this participant publishes (name, colour, pointer,
 * selection, the positions of a drag in progress) and how the others' states are read back.
 * Awareness states come from other browsers, so every field is checked before it is shown.
 */
import type { DragOverlay } from '../store/editor-store';
import type { LinkRole, Peer } from './collab-store';
import { colorFor, NAME_MAX } from './display-name';

export interface PresenceState {
  user: { name: string; color: string };
  role: LinkRole;
  cursor: { x: number; y: number } | null;
  selection: readonly string[];
  drag: DragOverlay | null;
}

const MAX_SELECTION = 200;
const MAX_DRAG = 500;
const COLOR = /^#[0-9a-f]{6}$/i;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function point(v: unknown): { x: number; y: number } | null {
  if (!v || typeof v !== 'object') return null;
  const { x, y } = v as { x?: unknown; y?: unknown };
  return finite(x) && finite(y) ? { x, y } : null;
}

function drag(v: unknown): DragOverlay | null {
  if (!v || typeof v !== 'object') return null;
  const out: Record<string, DragOverlay[string]> = {};
  let n = 0;
  for (const [id, box] of Object.entries(v as Record<string, unknown>)) {
    if (++n > MAX_DRAG) break;
    const p = point(box);
    if (!p) continue;
    const { width, height } = box as { width?: unknown; height?: unknown };
    out[id] = {
      ...p,
      ...(finite(width) && width > 0 ? { width } : {}),
      ...(finite(height) && height > 0 ? { height } : {}),
    };
  }
  return n ? out : null;
}

/** One awareness state as a participant, or null when it carries no user (not joined yet, or junk). */
export function peerFrom(clientId: number, state: unknown): Peer | null {
  if (!state || typeof state !== 'object') return null;
  const s = state as Record<string, unknown>;
  const user = s.user as { name?: unknown; color?: unknown } | undefined;
  if (!user || typeof user.name !== 'string') return null;
  const name = user.name.trim().slice(0, NAME_MAX) || 'Anonymous';
  const color = typeof user.color === 'string' && COLOR.test(user.color) ? user.color : colorFor(clientId);
  const selection = Array.isArray(s.selection)
    ? s.selection.filter((id): id is string => typeof id === 'string').slice(0, MAX_SELECTION)
    : [];
  return {
    clientId,
    name,
    color,
    role: s.role === 'view' ? 'view' : 'edit',
    cursor: point(s.cursor),
    selection,
    drag: drag(s.drag),
  };
}

/** Every other participant, ordered by name (then client id) so the list does not jump around. */
export function peersFrom(states: ReadonlyMap<number, unknown>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfId) continue;
    const peer = peerFrom(clientId, state);
    if (peer) peers.push(peer);
  }
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}
