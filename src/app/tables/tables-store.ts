/** Tables view UI state (not model, not history): open or closed, and which register is shown. */
import { create } from 'zustand';
import type { RegisterId } from './registers';

export interface TablesUiState {
  open: boolean;
  tab: RegisterId;
  toggle(): void;
  close(): void;
  setTab(tab: RegisterId): void;
}

export const useTablesUi = create<TablesUiState>()((set) => ({
  open: false,
  tab: 'assets',
  toggle: () => set((s) => ({ open: !s.open })),
  close: () => set({ open: false }),
  setTab: (tab) => set({ tab }),
}));
