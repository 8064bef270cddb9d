/**
 * The storage and conflict banners, mounted at the app root (shell/app-layers.tsx) as a
 * child of the app column. `order-first` lifts them above the header, where nobody misses them,
 * and they take space instead of covering the canvas or the panels.
 */
import { StorageBanner } from './StorageBanner';

export function PersistenceLayers() {
  return (
    <div className="order-first shrink-0 empty:hidden">
      <StorageBanner />
    </div>
  );
}
