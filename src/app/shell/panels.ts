/**
 * Which panels are open, in one place. The right-hand drawers (analysis, notes, compare, traffic,
 * risk workshop) share the space right of the canvas: opening one closes the others. The tables
 * drawer sits under the canvas and opens alongside them. Presentation mode hides all of them
 * (workshop.css, `.otz-side-panel`). Feature stores keep their own content state (tab, subject,
 * loaded files); only "is it open" lives here.
 */
import { create } from 'zustand';

export type Drawer = 'analysis' | 'notes' | 'compare' | 'traffic' | 'risk';

interface PanelsState {
  /** The right-hand drawer that is open, if any. */
  drawer: Drawer | null;
  /** The tables drawer under the canvas. */
  tables: boolean;
}

export const usePanels = create<PanelsState>()(() => ({ drawer: null, tables: false }));

export function openDrawer(drawer: Drawer): void {
  usePanels.setState({ drawer });
}

/** Closes `drawer` if it is the open one (another drawer that replaced it stays open). */
export function closeDrawer(drawer: Drawer): void {
  if (usePanels.getState().drawer === drawer) usePanels.setState({ drawer: null });
}

export function setDrawerOpen(drawer: Drawer, open: boolean): void {
  if (open) openDrawer(drawer);
  else closeDrawer(drawer);
}

export function toggleDrawer(drawer: Drawer): void {
  setDrawerOpen(drawer, !isDrawerOpen(drawer));
}

export function isDrawerOpen(drawer: Drawer): boolean {
  return usePanels.getState().drawer === drawer;
}

/** In a component: whether `drawer` is the open one. */
export function useDrawerOpen(drawer: Drawer): boolean {
  return usePanels((s) => s.drawer === drawer);
}

export function setTablesOpen(tables: boolean): void {
  usePanels.setState({ tables });
}
