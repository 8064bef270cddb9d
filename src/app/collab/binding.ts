/**
 * Binds the editor store to a shared Y.Doc: the store becomes a projection of the document.
 *
 * - A local edit (`applyEdit`, which the whole app uses) changes the store's model; the binding
 *   notices and writes the difference into the Y.Doc in one transaction with this binding's
 *   origin. The store keeps the model it already has (no read-back).
 * - Any other transaction (another participant, the provider's sync, this browser's cache, or my
 *   own undo) is read back into a model, keeping the identity of unchanged objects, and applied
 *   with `applyRemote`, which never enters zundo's history.
 * - Undo/redo is a Y.UndoManager that tracks only this binding's origin, so it undoes my changes
 *   and never another participant's. zundo is paused while the binding is active.
 * - Repairs reported by the read (a model that became invalid through concurrent edits) are
 *   handed to `onRepairs` for the user to see.
 */
import * as Y from 'yjs';
import type { Model } from '../../domain/model/schema';
import { type EditorState, setHistoryDriver, useEditor } from '../store/editor-store';

/** How a model is stored in a Y.Doc (src/domain/collab; codec.ts adapts it). */
export interface DocCodec {
  /**
   * Writes `model` into `doc` as a minimal difference from `previous` (what this replica last read
   * or wrote), in one transaction with `origin`.
   */
  write(doc: Y.Doc, model: Model, previous: Model | null, origin: unknown): void;
  /** A reader kept in step with the doc: unchanged objects keep their identity between reads. */
  reader(doc: Y.Doc): DocReader;
  /** The doc holds no model yet (not loaded, or never written). */
  isEmpty(doc: Y.Doc): boolean;
}

export interface DocReader {
  /** The model the doc holds, and the repairs it needed (sentences for the user). */
  read(): { model: Model; repairs: readonly string[] };
  destroy(): void;
}

type Store = Pick<typeof useEditor, 'getState' | 'setState' | 'subscribe' | 'temporal'>;

export interface BindingOptions {
  codec: DocCodec;
  store?: Store;
  onRepairs?: (messages: readonly string[]) => void;
  /** Label of the first projection ("Open": the canvas fits the drawing). */
  documentId?: string | null;
}

export class StoreBinding {
  /** The origin of every transaction this client writes; the undo manager tracks only it. */
  readonly origin = { binding: 'local-edit' };
  readonly undoManager: Y.UndoManager;
  private readonly store: Store;
  private readonly codec: DocCodec;
  private readonly reader: DocReader;
  /** Repairs of the last read: a state still awaiting repair is reported once, not on every read. */
  private reported = new Set<string>();
  private projected: Model | null = null;
  private unsubscribe: (() => void) | null = null;
  private timeTravel: 'Undo' | 'Redo' | null = null;
  private opened = false;

  constructor(
    readonly doc: Y.Doc,
    private readonly options: BindingOptions,
  ) {
    this.store = options.store ?? useEditor;
    this.codec = options.codec;
    this.reader = this.codec.reader(doc);
    this.undoManager = new Y.UndoManager(doc, {
      trackedOrigins: new Set([this.origin]),
      // Every applyEdit is one step, as with zundo for local documents.
      captureTimeout: 0,
    });
    const report = () => this.reportHistory();
    this.undoManager.on('stack-item-added', report);
    this.undoManager.on('stack-item-popped', report);
    this.undoManager.on('stack-cleared', report);
    doc.on('afterTransaction', this.onTransaction);
  }

  /** The doc holds content: show it and start writing local edits into it. */
  open(): boolean {
    if (this.opened) return true;
    if (this.codec.isEmpty(this.doc)) return false;
    this.opened = true;
    const { model, repairs } = this.reader.read();
    this.projected = model;
    const temporal = this.store.temporal.getState();
    this.store.getState().replaceModel(model, { documentId: this.options.documentId ?? null });
    temporal.pause();
    this.reportHistory();
    setHistoryDriver({ undo: () => this.undo(), redo: () => this.redo() });
    this.unsubscribe = this.store.subscribe((state, previous) => this.onStore(state, previous));
    this.report(repairs);
    return true;
  }

  get isOpen(): boolean {
    return this.opened;
  }

  undo(): void {
    this.timeTravel = 'Undo';
    try {
      this.undoManager.undo();
    } finally {
      this.timeTravel = null;
    }
  }

  redo(): void {
    this.timeTravel = 'Redo';
    try {
      this.undoManager.redo();
    } finally {
      this.timeTravel = null;
    }
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.unsubscribe?.();
    this.undoManager.destroy();
    this.reader.destroy();
    if (this.opened) {
      setHistoryDriver(null);
      this.store.temporal.getState().resume();
    }
  }

  private onStore(state: EditorState, before: EditorState): void {
    if (state.model === before.model || state.model === this.projected) return;
    if (state.readOnly) return;
    const previous = this.projected;
    this.projected = state.model;
    this.codec.write(this.doc, state.model, previous, this.origin);
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.origin === this.origin) return;
    if (transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) return;
    if (!this.opened) {
      this.open();
      return;
    }
    const { model, repairs } = this.reader.read();
    this.report(repairs);
    const current = this.store.getState().model;
    if (model === current || model === this.projected) return;
    this.projected = model;
    this.store.getState().applyRemote(model, this.timeTravel ?? 'Remote change');
  };

  private report(repairs: readonly string[]): void {
    const fresh = repairs.filter((r) => !this.reported.has(r));
    this.reported = new Set(repairs);
    if (fresh.length) this.options.onRepairs?.(fresh);
  }

  private reportHistory(): void {
    if (!this.opened) return;
    const canUndo = this.undoManager.canUndo();
    const canRedo = this.undoManager.canRedo();
    const now = this.store.getState().sharedHistory;
    if (now?.canUndo !== canUndo || now?.canRedo !== canRedo)
      this.store.setState({ sharedHistory: { canUndo, canRedo } });
  }
}
