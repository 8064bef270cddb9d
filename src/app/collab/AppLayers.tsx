/**
 * The collaboration layer, mounted at the app root (shell/app-layers.tsx): presence on the
 * canvas, the repairs banner, the dialogs (name, share, history) and the page shown when a link
 * cannot be opened.
 */
import './collab.css';
import { useEffect } from 'react';
import { useEditor } from '../store/editor-store';
import { FailurePage, LoadingVeil } from './FailurePage';
import { HistoryDialog } from './HistoryDialog';
import { NameDialog } from './NameDialog';
import { PresenceOverlay } from './PresenceOverlay';
import { RepairsBanner } from './RepairsBanner';
import { ShareDialog } from './ShareDialog';

/** Mirrors read-only mode on <html> for collab.css. */
function ReadOnlyMark() {
  const readOnly = useEditor((s) => s.readOnly);
  useEffect(() => {
    if (readOnly) document.documentElement.dataset.readOnly = '';
    else delete document.documentElement.dataset.readOnly;
  }, [readOnly]);
  return null;
}

export function CollabLayers() {
  return (
    <>
      <ReadOnlyMark />
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
