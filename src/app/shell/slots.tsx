/**
 * Extension points for other parts of the app, found at build time (no shell edit needed):
 * - `src/app/<area>/ToolbarSlot.tsx` exporting `ToolbarSlot` (and optionally `order`): rendered in
 *   the header's right-hand group (export menu, import button, documents menu, workshop…);
 * - `src/app/<area>/OverlaySlot.tsx` exporting `OverlaySlot`: rendered once at the app root
 *   (banners, dialogs).
 */
import type { ComponentType } from 'react';

interface SlotModule {
  order?: number;
  ToolbarSlot?: ComponentType;
  OverlaySlot?: ComponentType;
}

const toolbarModules = import.meta.glob<SlotModule>('../*/ToolbarSlot.tsx', { eager: true });
const overlayModules = import.meta.glob<SlotModule>('../*/OverlaySlot.tsx', { eager: true });

function collect(modules: Record<string, SlotModule>, key: 'ToolbarSlot' | 'OverlaySlot') {
  return Object.entries(modules)
    .map(([path, m]) => ({ path, order: m.order ?? 100, Component: m[key] }))
    .filter((s): s is { path: string; order: number; Component: ComponentType } => !!s.Component)
    .sort((a, b) => a.order - b.order || a.path.localeCompare(b.path));
}

const toolbarSlots = collect(toolbarModules, 'ToolbarSlot');
const overlaySlots = collect(overlayModules, 'OverlaySlot');

export function ToolbarSlots() {
  return (
    <>
      {toolbarSlots.map(({ path, Component }) => (
        <Component key={path} />
      ))}
    </>
  );
}

export function OverlaySlots() {
  return (
    <>
      {overlaySlots.map(({ path, Component }) => (
        <Component key={path} />
      ))}
    </>
  );
}
