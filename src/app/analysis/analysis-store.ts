/**
 * The Analysis panel's state, shared with the canvas overlay: which analysis is shown and for
 * which element. Not part of the model or the undo history. The results themselves are derived
 * (results.ts), never stored, so they always match the current model.
 */
import { create } from 'zustand';
import { setDrawerOpen, toggleDrawer } from '../shell/panels';

export type AnalysisTab = 'reach' | 'path' | 'contain' | 'coverage';

export interface AnalysisState {
  tab: AnalysisTab;
  /** Blast radius: the compromised zone or asset. */
  compromised: string | null;
  /** Attack path: the zone to defend. */
  target: string | null;
  /** Containment: the zone to isolate. */
  isolate: string | null;

  /** Open or close the panel (shell/panels.ts: its highlight is drawn while it is open). */
  setOpen(open: boolean): void;
  toggle(): void;
  setTab(tab: AnalysisTab): void;
  setCompromised(id: string | null): void;
  setTarget(id: string | null): void;
  setIsolate(id: string | null): void;
  /** Open the panel on a tab with its subject, e.g. from a context action. */
  show(tab: AnalysisTab, id?: string): void;
}

export const useAnalysis = create<AnalysisState>()((set) => ({
  tab: 'reach',
  compromised: null,
  target: null,
  isolate: null,
  setOpen: (open) => setDrawerOpen('analysis', open),
  toggle: () => toggleDrawer('analysis'),
  setTab: (tab) => set({ tab }),
  setCompromised: (compromised) => set({ compromised }),
  setTarget: (target) => set({ target }),
  setIsolate: (isolate) => set({ isolate }),
  show(tab, id) {
    const subject =
      id === undefined
        ? {}
        : tab === 'reach'
          ? { compromised: id }
          : tab === 'path'
            ? { target: id }
            : { isolate: id };
    set({ tab, ...subject });
    setDrawerOpen('analysis', true);
  },
}));
