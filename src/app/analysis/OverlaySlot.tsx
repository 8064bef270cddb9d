/** The Analysis panel and its canvas highlight, mounted by the shell's slot loader (shell/slots.tsx). */
import { AnalysisOverlay } from './AnalysisOverlay';
import { AnalysisPanel } from './AnalysisPanel';

export function OverlaySlot() {
  return (
    <>
      <AnalysisPanel />
      <AnalysisOverlay />
    </>
  );
}
