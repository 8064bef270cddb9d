/** The Traffic drawer and its canvas overlay, mounted by the shell's slot loader (shell/slots.tsx). */
import { TrafficOverlay } from './TrafficOverlay';
import { TrafficPanel } from './TrafficPanel';

export function OverlaySlot() {
  return (
    <>
      <TrafficPanel />
      <TrafficOverlay />
    </>
  );
}
