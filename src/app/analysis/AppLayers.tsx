/** The Analysis panel and its canvas highlight, mounted at the app root (shell/app-layers.tsx). */
import { AnalysisOverlay } from './AnalysisOverlay';
import { AnalysisPanel } from './AnalysisPanel';

export function AnalysisLayers() {
  return (
    <>
      <AnalysisPanel />
      <AnalysisOverlay />
    </>
  );
}
