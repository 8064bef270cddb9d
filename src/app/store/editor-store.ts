/**
 * The editor's single source of truth: the model, plus UI state that is not history
 * (selection, document id, transient drag overlay, reveal requests).
 *
 * Every model change goes through `applyEdit(label, edit)`, which is exactly one undo step.
 * zundo records only `model` (partialize + identity equality), so selection changes, drags in
 * progress and toasts never create history entries. A drag keeps its moving positions in
 * `dragOverlay` (not in the model) and commits once on drag stop: one drag = one undo step, and the
 * findings engine and auto-save see one change instead of one per frame.
 */

import { temporal } from 'zundo';
import { create, useStore } from 'zustand';
import { indexFor } from '../../domain/derived/model';
import type { Model } from '../../domain/model/schema';
import { toast } from './toasts';

/** Position/size overrides shown while a drag or resize is in progress (not part of the model). */
export interface DragOverlay {
  readonly [id: string]: { x: number; y: number; width?: number; height?: number };
}

export interface EditLogEntry {
  label: string;
  /** Increments on every applied edit, undo and redo; subscribers can use it as a change counter. */
  seq: number;
}

export interface EditorState {
  model: Model;
  /** Selected element ids (zones, assets, conduits, notes), in selection order. */
  selection: readonly string[];
  /** Id of the stored document (the persistence helper sets it). */
  documentId: string | null;
  /** The last edit applied (or "Undo"/"Redo"), for status text and auto-save. */
  lastEdit: EditLogEntry | null;
  dragOverlay: DragOverlay | null;
  /** Ask the canvas to pan to an element (findings list, search). `seq` makes repeats distinct. */
  revealRequest: { id: string; seq: number } | null;
  /** A view-only shared document: every edit is refused (the server refuses them too). */
  readOnly: boolean;
  /**
   * Undo/redo availability when a history driver other than zundo is in charge (a shared document:
   * Y.UndoManager, own changes only); null for local documents.
   */
  sharedHistory: { canUndo: boolean; canRedo: boolean } | null;

  /** One undo step. No-op when `edit` returns the same model object. */
  applyEdit(label: string, edit: (m: Model) => Model): void;
  /**
   * A change that is not mine (another participant, or my own undo through the shared document's
   * history): replaces the model without entering zundo's history; a drag in progress keeps its overlay.
   */
  applyRemote(model: Model, label: string): void;
  setReadOnly(readOnly: boolean): void;
  /** Open/import/new: replaces the model, clears history unless `keepHistory`. */
  replaceModel(model: Model, opts?: { documentId?: string | null; keepHistory?: boolean }): void;
  select(ids: readonly string[]): void;
  setDocumentId(id: string | null): void;
  setDragOverlay(overlay: DragOverlay | null): void;
  /** Select an element and pan the canvas to it. */
  reveal(id: string): void;
}

export const HISTORY_LIMIT = 200;

/** A small model used until a document or the demo is loaded. */
export function emptyModel(name = 'Untitled diagram'): Model {
  return { format: 'ot-zones', version: 1, meta: { name }, zones: [], assets: [], conduits: [] };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Drops selected ids that no longer exist (after delete, undo, replace). */
export function pruneSelection(model: Model, selection: readonly string[]): readonly string[] {
  if (selection.length === 0) return selection;
  // The shared index (the canvas needs it for this model anyway), not a set of every id per edit.
  const index = indexFor(model);
  const notes = model.notes ?? [];
  const exists = (id: string) =>
    index.zone.has(id) || index.asset.has(id) || index.conduit.has(id) || notes.some((n) => n.id === id);
  const kept = selection.filter(exists);
  return kept.length === selection.length ? selection : kept;
}

let editSeq = 0;
let revealSeq = 0;

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => ({
      model: emptyModel(),
      selection: [],
      documentId: null,
      lastEdit: null,
      dragOverlay: null,
      revealRequest: null,
      readOnly: false,
      sharedHistory: null,

      applyEdit(label, edit) {
        if (get().readOnly) {
          refusedReadOnly();
          return;
        }
        const before = get().model;
        const after = edit(before);
        if (after === before) return;
        // The edit also ends any drag in progress: its overlay is now in the model.
        set({
          model: after,
          selection: pruneSelection(after, get().selection),
          lastEdit: { label, seq: ++editSeq },
          dragOverlay: null,
        });
      },

      applyRemote(model, label) {
        if (model === get().model) return;
        const temporalApi = useEditor.temporal.getState();
        const tracking = temporalApi.isTracking;
        if (tracking) temporalApi.pause();
        set({
          model,
          selection: pruneSelection(model, get().selection),
          lastEdit: { label, seq: ++editSeq },
        });
        if (tracking) temporalApi.resume();
      },

      setReadOnly(readOnly) {
        if (readOnly !== get().readOnly) set({ readOnly });
      },

      replaceModel(model, opts) {
        const temporalApi = useEditor.temporal.getState();
        // A shared document keeps zundo paused (its history is the Y.UndoManager's): stay paused.
        const tracking = temporalApi.isTracking;
        if (!opts?.keepHistory) temporalApi.pause();
        set({
          model,
          selection: pruneSelection(model, get().selection),
          dragOverlay: null,
          lastEdit: { label: 'Open', seq: ++editSeq },
          ...(opts && 'documentId' in opts ? { documentId: opts.documentId ?? null } : {}),
        });
        if (!opts?.keepHistory) {
          temporalApi.clear();
          if (tracking) temporalApi.resume();
        }
      },

      select(ids) {
        if (sameIds(ids, get().selection)) return;
        set({ selection: [...ids] });
      },

      setDocumentId(id) {
        set({ documentId: id });
      },

      setDragOverlay(overlay) {
        set({ dragOverlay: overlay });
      },

      reveal(id) {
        set({ selection: [id], revealRequest: { id, seq: ++revealSeq } });
      },
    }),
    {
      partialize: (state) => ({ model: state.model }),
      // Only model changes are history; selection and overlay are not.
      equality: (past, current) => past.model === current.model,
      limit: HISTORY_LIMIT,
    },
  ),
);

/** Undo/redo for documents whose history is not zundo's (shared documents: Y.UndoManager). */
export interface HistoryDriver {
  undo(): void;
  redo(): void;
}

let historyDriver: HistoryDriver | null = null;

/** Hands undo/redo to `driver` (null: back to zundo). The driver reports availability via `sharedHistory`. */
export function setHistoryDriver(driver: HistoryDriver | null): void {
  historyDriver = driver;
  if (!driver) useEditor.setState({ sharedHistory: null });
}

let lastRefusal = 0;
function refusedReadOnly(): void {
  const now = Date.now();
  if (now - lastRefusal < 3000) return;
  lastRefusal = now;
  toast('This is a view-only link: the diagram cannot be changed here.', 'info');
}

function afterTimeTravel(label: string) {
  const state = useEditor.getState();
  useEditor.setState({
    selection: pruneSelection(state.model, state.selection),
    dragOverlay: null,
    lastEdit: { label, seq: ++editSeq },
  });
}

export function undo(): void {
  if (historyDriver) {
    if (!useEditor.getState().readOnly) historyDriver.undo();
    return;
  }
  const t = useEditor.temporal.getState();
  if (t.pastStates.length === 0) return;
  t.undo();
  afterTimeTravel('Undo');
}

export function redo(): void {
  if (historyDriver) {
    if (!useEditor.getState().readOnly) historyDriver.redo();
    return;
  }
  const t = useEditor.temporal.getState();
  if (t.futureStates.length === 0) return;
  t.redo();
  afterTimeTravel('Redo');
}

export function useCanUndo(): boolean {
  const local = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const shared = useEditor((s) => (s.readOnly ? false : s.sharedHistory?.canUndo));
  return shared ?? local;
}

export function useCanRedo(): boolean {
  const local = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  const shared = useEditor((s) => (s.readOnly ? false : s.sharedHistory?.canRedo));
  return shared ?? local;
}
