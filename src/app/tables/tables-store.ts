/** Tables view UI state (not model, not history): which register is shown; open or closed is in shell/panels.ts. */
import { create } from 'zustand';
import { setTablesOpen, usePanels } from '../shell/panels';
import type { RegisterId } from './registers';

export interface TablesUiState {
  tab: RegisterId;
  toggle(): void;
  close(): void;
  setTab(tab: RegisterId): void;
}

export const useTablesUi = create<TablesUiState>()((set) => ({
  tab: 'assets',
  toggle: () => setTablesOpen(!usePanels.getState().tables),
  close: () => setTablesOpen(false),
  setTab: (tab) => set({ tab }),
}));
