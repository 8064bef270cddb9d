/** The version the open diagram is compared with (a model file the user picked), and the panel state. */
import { create } from 'zustand';
import type { Model } from '../../domain/model/schema';
import { closeDrawer, openDrawer } from '../shell/panels';

export interface CompareBase {
  model: Model;
  /** How the panel and the exported record name it, e.g. the file name. */
  label: string;
}

interface CompareState {
  base: CompareBase | null;
  compareWith(base: CompareBase): void;
  close(): void;
}

export const useCompare = create<CompareState>()((set) => ({
  base: null,
  compareWith: (base) => {
    set({ base });
    openDrawer('compare');
  },
  close: () => {
    set({ base: null });
    closeDrawer('compare');
  },
}));
