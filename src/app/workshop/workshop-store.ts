/**
 * Workshop UI state (not model, not history): presentation mode and its current step, the
 * findings overlay switch, and what the notes panel lists (open or closed: shell/panels.ts). Presentation and the findings switch are
 * mirrored on <html> as data attributes so plain CSS (workshop.css) can hide panels and badges.
 */
import { create } from 'zustand';
import { closeDrawer, openDrawer } from '../shell/panels';

export interface WorkshopState {
  presenting: boolean;
  /** Index into the presentation steps (zones, then conduits); -1 shows the whole diagram. */
  step: number;
  /** Finding badges and the findings caption; on by default. */
  showFindings: boolean;
  /** The notes panel lists only the comments on this element when set. */
  notesFor: string | null;
  templatesOpen: boolean;

  startPresenting(): void;
  stopPresenting(): void;
  setStep(step: number): void;
  toggleFindings(): void;
  openNotes(forId?: string | null): void;
  closeNotes(): void;
  setTemplatesOpen(open: boolean): void;
}

function mirror(state: Pick<WorkshopState, 'presenting' | 'showFindings'>) {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (state.presenting) root.dataset.presenting = 'true';
  else delete root.dataset.presenting;
  if (state.showFindings) delete root.dataset.findings;
  else root.dataset.findings = 'off';
}

export const useWorkshop = create<WorkshopState>()((set, get) => ({
  presenting: false,
  step: -1,
  showFindings: true,
  notesFor: null,
  templatesOpen: false,

  startPresenting() {
    set({ presenting: true, step: -1 });
    mirror(get());
  },
  stopPresenting() {
    set({ presenting: false, step: -1 });
    mirror(get());
  },
  setStep: (step) => set({ step }),
  toggleFindings() {
    set({ showFindings: !get().showFindings });
    mirror(get());
  },
  openNotes: (forId = null) => {
    set({ notesFor: forId });
    openDrawer('notes');
  },
  closeNotes: () => {
    set({ notesFor: null });
    closeDrawer('notes');
  },
  setTemplatesOpen: (templatesOpen) => set({ templatesOpen }),
}));
