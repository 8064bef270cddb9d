/** Risk UI state (not model, not history): the compliance view and the risk workshop's step. */
import { create } from 'zustand';
import { closeDrawer, openDrawer } from '../shell/panels';

export interface RiskUiState {
  complianceOpen: boolean;
  /** The zone or conduit whose FR cell is drilled into, with that FR. */
  drill: { id: string; fr: number } | null;
  /** Index into the workshop steps (zones, then conduits). */
  step: number;
  openCompliance(): void;
  closeCompliance(): void;
  setDrill(drill: { id: string; fr: number } | null): void;
  startWorkshop(): void;
  stopWorkshop(): void;
  setStep(step: number): void;
}

export const useRiskUi = create<RiskUiState>()((set) => ({
  complianceOpen: false,
  drill: null,
  step: 0,
  openCompliance: () => {
    set({ complianceOpen: true });
    closeDrawer('risk');
  },
  closeCompliance: () => set({ complianceOpen: false, drill: null }),
  setDrill: (drill) => set({ drill }),
  startWorkshop: () => {
    set({ step: 0, complianceOpen: false });
    openDrawer('risk');
  },
  stopWorkshop: () => closeDrawer('risk'),
  setStep: (step) => set({ step }),
}));
