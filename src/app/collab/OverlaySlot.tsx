/**
 * The collaboration layer, mounted by the shell's slot loader (shell/slots.tsx): presence on the
 * canvas, the repairs banner, the dialogs (name, share, history) and the page shown when a link
 * cannot be opened.
 */
import { FailurePage, LoadingVeil } from './FailurePage';
import { HistoryDialog } from './HistoryDialog';
import { NameDialog } from './NameDialog';
import { PresenceOverlay } from './PresenceOverlay';
import { RepairsBanner } from './RepairsBanner';
import { ShareDialog } from './ShareDialog';

export function OverlaySlot() {
  return (
    <>
      <RepairsBanner />
      <PresenceOverlay />
      <LoadingVeil />
      <NameDialog />
      <ShareDialog />
      <HistoryDialog />
      <FailurePage />
    </>
  );
}
