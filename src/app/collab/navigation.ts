/**
 * Moving between local and shared documents. The app decides at start-up which kind it opens
 * (boot.ts), so switching is a reload with the new location: local persistence is flushed first,
 * and nothing of one kind ever writes into the other.
 */
import { persistence } from '../persistence';
import { hashFor, type SharedLink } from './link';

/** Back to this browser's own diagrams. */
export function leaveShared(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  window.location.reload();
}

/** Opens a shared document link (a full URL from the server, or a link of this origin). */
export async function openSharedLink(link: SharedLink | string): Promise<void> {
  await persistence()?.saveNow();
  const hash = typeof link === 'string' ? new URL(link, window.location.href).hash : hashFor(link);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  window.location.reload();
}
