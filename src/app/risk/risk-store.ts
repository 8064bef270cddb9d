/** Risk UI state (not model, not history): the compliance view and the risk workshop's step. */
import { create } from 'zustand';

export interface RiskUiState {
  complianceOpen: boolean;
  /** The zone or conduit whose FR cell is drilled into, with that FR. */
  drill: { id: string; fr: number } | null;
  workshop: boolean;
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
  workshop: false,
  step: 0,
  openCompliance: () => set({ complianceOpen: true, workshop: false }),
  closeCompliance: () => set({ complianceOpen: false, drill: null }),
  setDrill: (drill) => set({ drill }),
  startWorkshop: () => set({ workshop: true, step: 0, complianceOpen: false }),
  stopWorkshop: () => set({ workshop: false }),
  setStep: (step) => set({ step }),
}));
