/** The Traffic drawer and its canvas overlay, mounted at the app root (shell/app-layers.tsx). */
import { TrafficOverlay } from './TrafficOverlay';
import { TrafficPanel } from './TrafficPanel';

export function TrafficLayers() {
  return (
    <>
      <TrafficPanel />
      <TrafficOverlay />
    </>
  );
}
