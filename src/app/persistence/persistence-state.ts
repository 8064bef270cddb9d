/**
 * What the persistence shows the user (save status, documents list, banner problem and notice,
 * a conflict with another tab), as a small store the toolbar and banner read.
 */
import { create } from 'zustand';
import type { DocumentInfo } from './document-store';

export type SaveStatus = 'starting' | 'saved' | 'pending' | 'saving' | 'failed' | 'paused' | 'memory-only';

export interface StorageProblem {
  kind: 'unavailable' | 'quota' | 'write' | 'corrupt';
  /** A sentence for the banner, naming what happened and what is safe. */
  message: string;
  /** The unreadable stored text, so the user can still download it. */
  damagedText?: string;
}

export interface TabConflict {
  kind: 'changed' | 'deleted';
  /** This tab has edits that are not saved anywhere yet. */
  localChanges: boolean;
}

export interface PersistenceState {
  status: SaveStatus;
  lastSavedAt: string | null;
  documents: readonly DocumentInfo[];
  problem: StorageProblem | null;
  /** A one-off message shown in the banner, e.g. what was recovered at start-up. */
  notice: { title: string; message: string; damagedText?: string } | null;
  conflict: TabConflict | null;
}

export const usePersistence = create<PersistenceState>()(() => ({
  status: 'starting',
  lastSavedAt: null,
  documents: [],
  problem: null,
  notice: null,
  conflict: null,
}));

export const setPersistence = (patch: Partial<PersistenceState>) => usePersistence.setState(patch);
