/**
 * Keeps the open diagram saved: restore at start-up, auto-save after edits, the documents menu's
 * operations, storage faults and edits from other tabs.
 *
 * - Auto-save: after an edit, wait for a quiet moment (debounceMs) but never longer than
 *   maxWaitMs since the first unsaved edit, so a crash loses at most about a second of work.
 *   Leaving the page flushes at once.
 * - Faults: if the store cannot be opened or a save fails, the model stays in memory, a banner
 *   says what happened and offers a download, and a copy goes to localStorage (rescue.ts) so the
 *   next start recovers it. A stored document that no longer parses falls back to the previous
 *   good text kept beside it.
 * - Other tabs: every save is conditional on the revision this tab last saw (document-store.ts)
 *   and announced on a BroadcastChannel. A tab that sees a newer revision stops auto-saving and
 *   offers "reload" or "save mine as a copy": newer work is never written over silently.
 *
 * Read it in parts: persistence-state.ts (what the UI shows), autosave.ts (when to save),
 * tab-sync.ts (the cross-tab messages), rescue.ts (the localStorage backup), messages.ts (the
 * words), document-store.ts (the document source) and this file, which ties them together.
 *
 * The seam for other kinds of documents is `DocumentStore` (document-store.ts): list, read,
 * create, save-if-revision-unchanged, remove, settings. IndexedDB is one source; a shared team
 * document (Yjs) is meant to be another one behind the same interface.
 */
import { updateMeta } from '../../domain/edit/update';
import { formatIssue } from '../../domain/model/issues';
import { parseModelText } from '../../domain/model/parse';
import type { Model } from '../../domain/model/schema';
import { serializeModel } from '../../domain/serialize/model-json';
import { emptyModel, useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import { AutosaveScheduler } from './autosave';
import { type DocumentInfo, type DocumentStore, StorageFault, toStorageFault } from './document-store';
import {
  capitalise,
  EDITS_WHILE_OPENING,
  memoryOnlyMessage,
  quoted,
  SAVING_AGAIN,
  SLOW_START,
  saveFailedMessage,
  time,
} from './messages';
import { setPersistence, usePersistence } from './persistence-state';
import { clearRescue, type KeyValueStorage, type RescueSnapshot, readRescue, writeRescue } from './rescue';
import { type Channel, type ChannelMessage, TabSync } from './tab-sync';

export * from './persistence-state';
export { CHANNEL_NAME } from './tab-sync';

export interface PersistenceOptions {
  openStore: () => Promise<DocumentStore>;
  rescueStorage?: KeyValueStorage | null;
  /** Per-tab storage (sessionStorage): a reload reopens this tab's document, not another tab's. */
  tabStorage?: KeyValueStorage | null;
  /** null disables cross-tab messages (tests of a single tab). */
  channel?: () => Channel | null;
  debounceMs?: number;
  maxWaitMs?: number;
  /** After this long without an answer from storage, say so (work is kept meanwhile). */
  slowStartMs?: number;
  /** A new document id; tests pass a counter. */
  newId?: () => string;
}

const LAST_DOCUMENT = 'lastDocumentId';
const TAB_DOCUMENT = 'ot-zones:document';

function randomId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return `doc-${uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`}`;
}

export class PersistenceController {
  private store: DocumentStore | null = null;
  private readonly tabs = new TabSync();
  private readonly autosave: AutosaveScheduler;
  private readonly newId: () => string;
  private readonly rescue: KeyValueStorage | null;
  private readonly tabStorage: KeyValueStorage | null;
  /** The stored revision this tab's model is based on. */
  private baseRevision = 0;
  /** The model object last written or loaded: anything else in the editor is unsaved. */
  private savedModel: Model | null = null;
  private saving: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: PersistenceOptions) {
    this.autosave = new AutosaveScheduler(
      () => void this.saveNow(),
      options.debounceMs ?? 400,
      options.maxWaitMs ?? 1000,
    );
    this.newId = options.newId ?? randomId;
    this.rescue = options.rescueStorage ?? null;
    this.tabStorage = options.tabStorage ?? null;
  }

  private get documentId(): string | null {
    return useEditor.getState().documentId;
  }

  private get model(): Model {
    return useEditor.getState().model;
  }

  /** The open document store (null until started, or when storage is unavailable): for named versions. */
  documents(): DocumentStore | null {
    return this.store;
  }

  hasUnsavedChanges(): boolean {
    return this.savedModel !== this.model;
  }

  async start(): Promise<void> {
    this.unsubscribe = useEditor.subscribe((state, previous) => {
      if (state.model !== previous.model || state.documentId !== previous.documentId) this.onEdit();
    });
    this.tabs.open(this.options.channel, (message) => void this.onMessage(message));
    const initialModel = this.model;
    const slow = setTimeout(() => setPersistence({ notice: SLOW_START }), this.options.slowStartMs ?? 8000);
    try {
      this.store = await this.options.openStore();
    } catch (error) {
      this.enterMemoryOnly(toStorageFault(error, 'open browser storage'));
      return;
    } finally {
      clearTimeout(slow);
      if (usePersistence.getState().notice === SLOW_START) setPersistence({ notice: null });
    }
    try {
      if (this.model !== initialModel) await this.keepEditsMadeWhileOpening();
      else await this.restore();
    } catch (error) {
      this.fail(toStorageFault(error, 'read the saved diagrams'));
    }
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.autosave.cancel();
    this.tabs.close();
  }

  /** Start-up without storage: recover the rescue copy if there is one, keep working in memory. */
  private enterMemoryOnly(fault: StorageFault): void {
    const snapshot = readRescue(this.rescue);
    let recovered: RescueSnapshot | undefined;
    if (snapshot) {
      const parsed = parseModelText(snapshot.text);
      if (parsed.ok) {
        this.load(parsed.model, snapshot.documentId, snapshot.baseRevision);
        this.savedModel = null; // still unsaved as far as storage goes
        recovered = snapshot;
      }
    }
    setPersistence({
      status: 'memory-only',
      problem: {
        kind: 'unavailable',
        message: memoryOnlyMessage(fault, recovered?.name, recovered?.savedAt),
      },
    });
  }

  private async restore(): Promise<void> {
    const store = this.store!;
    const documents = await store.list();
    setPersistence({ documents });
    const rescue = readRescue(this.rescue);
    // This tab's document after a reload; in a new tab, the one opened last in any tab.
    const tabId = readKey(this.tabStorage, TAB_DOCUMENT);
    const lastId = await store.getSetting(LAST_DOCUMENT);
    const target =
      documents.find((d) => d.id === tabId) ?? documents.find((d) => d.id === lastId) ?? documents[0];
    if (rescue && this.rescueIsNewer(rescue, documents)) {
      await this.restoreRescue(rescue, documents);
      return;
    }
    if (target) {
      await this.openStored(target.id);
      return;
    }
    // First start: keep whatever the editor shows (empty or the demo) as the first document.
    await this.createFrom(this.model, { open: true, keepHistory: true });
  }

  /** The user edited before storage answered: never restore over that work; store it as its own document. */
  private async keepEditsMadeWhileOpening(): Promise<void> {
    await this.createFrom(this.model, { open: true, keepHistory: true });
    clearRescue(this.rescue);
    setPersistence({ notice: EDITS_WHILE_OPENING });
  }

  private rescueIsNewer(rescue: RescueSnapshot, documents: readonly DocumentInfo[]): boolean {
    const stored = documents.find((d) => d.id === rescue.documentId);
    return !stored || rescue.savedAt > stored.updatedAt;
  }

  /** A copy from a session whose saves failed: put it back, as its own document if the stored one moved on. */
  private async restoreRescue(rescue: RescueSnapshot, documents: readonly DocumentInfo[]): Promise<void> {
    const parsed = parseModelText(rescue.text);
    if (!parsed.ok) {
      clearRescue(this.rescue);
      const fallback = documents[0];
      if (fallback) await this.openStored(fallback.id);
      else await this.createFrom(this.model, { open: true, keepHistory: true });
      return;
    }
    const stored = documents.find((d) => d.id === rescue.documentId);
    if (stored && stored.revision === rescue.baseRevision) {
      this.load(parsed.model, stored.id, stored.revision);
      this.savedModel = null;
      await this.saveNow();
    } else {
      await this.createFrom(parsed.model, { open: true, keepHistory: false });
    }
    clearRescue(this.rescue);
    setPersistence({
      notice: {
        title: 'Recovered.',
        message: `Unsaved changes to ${quoted(rescue.name)} from ${time(rescue.savedAt)} were recovered from this browser's backup copy.`,
      },
    });
  }

  private load(model: Model, documentId: string | null, revision: number): void {
    this.autosave.cancel();
    this.baseRevision = revision;
    this.savedModel = model;
    useEditor.getState().replaceModel(model, { documentId });
    this.savedModel = useEditor.getState().model;
  }

  /** Loads a stored document; falls back to its previous good text when the current one is damaged. */
  private async openStored(id: string): Promise<boolean> {
    const store = this.store!;
    const [info, content] = await Promise.all([store.info(id), store.content(id)]);
    if (!info) return false;
    const name = info.name;
    const current = content ? parseModelText(content.text) : null;
    if (current?.ok) {
      this.load(current.model, id, info.revision);
      setPersistence({ status: 'saved', lastSavedAt: info.updatedAt, conflict: null });
      await this.remember(id);
      return true;
    }
    const issue = current && !current.ok ? current.issues[0] : undefined;
    const why = !content
      ? 'its text is missing'
      : !issue
        ? 'unreadable'
        : issue.path.length
          ? formatIssue(issue)
          : issue.message;
    const previous = content?.previous ? parseModelText(content.previous.text) : null;
    if (previous?.ok && content?.previous) {
      this.load(previous.model, id, info.revision);
      this.savedModel = null; // write the good text back over the damaged one
      setPersistence({
        conflict: null,
        notice: {
          title: 'Recovered.',
          message: `The saved copy of ${quoted(name)} could not be read: ${why}. The previous version, saved at ${time(content.previous.savedAt)}, was restored.`,
          ...(content.text ? { damagedText: content.text } : {}),
        },
      });
      await this.remember(id);
      await this.saveNow();
      return true;
    }
    // Nothing readable: leave the damaged record alone and carry on in a new document.
    await this.createFrom(emptyModel(`${name || 'Untitled diagram'} (recovered)`), {
      open: true,
      keepHistory: false,
    });
    setPersistence({
      problem: {
        kind: 'corrupt',
        message: `The saved copy of ${quoted(name)} could not be read: ${why}. There is no readable earlier version, so it was left untouched and a new diagram was started.`,
        ...(content?.text ? { damagedText: content.text } : {}),
      },
    });
    return true;
  }

  private async remember(id: string): Promise<void> {
    writeKey(this.tabStorage, TAB_DOCUMENT, id);
    try {
      await this.store?.setSetting(LAST_DOCUMENT, id);
    } catch {
      // which document opens next time is a convenience; the save path reports real faults
    }
  }

  private async createFrom(
    model: Model,
    opts: { open: boolean; keepHistory: boolean },
  ): Promise<DocumentInfo | null> {
    const store = this.store;
    if (!store) return null;
    const id = this.newId();
    const info = await store.create({ id, name: model.meta.name, text: serializeModel(model) });
    if (opts.open) {
      this.autosave.cancel();
      this.baseRevision = info.revision;
      this.savedModel = model;
      useEditor.getState().replaceModel(model, { documentId: id, keepHistory: opts.keepHistory });
      this.savedModel = useEditor.getState().model;
      setPersistence({ status: 'saved', lastSavedAt: info.updatedAt, conflict: null });
      await this.remember(id);
    }
    await this.refreshList();
    this.tabs.listed();
    return info;
  }

  private onEdit(): void {
    if (this.stopped || !this.hasUnsavedChanges()) return;
    const { conflict, status } = usePersistence.getState();
    if (conflict && !conflict.localChanges) setPersistence({ conflict: { ...conflict, localChanges: true } });
    if (this.store && !conflict && status !== 'saving' && status !== 'failed')
      setPersistence({ status: 'pending' });
    this.autosave.edited();
  }

  /** Writes the current model now (no-op when nothing changed, paused by a conflict, or no store). */
  async saveNow(): Promise<void> {
    this.autosave.cancel();
    if (this.saving) {
      await this.saving;
      if (this.hasUnsavedChanges()) return this.saveNow();
      return;
    }
    if (!this.hasUnsavedChanges()) return;
    if (!this.store || usePersistence.getState().conflict) {
      // Nowhere to save (no storage) or not allowed to (another tab moved on): keep a backup copy.
      this.keepRescueCopy();
      return;
    }
    this.saving = this.writeCurrent().finally(() => {
      this.saving = null;
    });
    await this.saving;
    // Edits made while writing: schedule the next save (a failed save waits for the next edit instead).
    if (usePersistence.getState().status === 'pending' && !this.autosave.scheduled) this.onEdit();
  }

  private async writeCurrent(): Promise<void> {
    const store = this.store!;
    const model = this.model;
    const id = this.documentId;
    setPersistence({ status: 'saving' });
    try {
      if (id === null) {
        // The editor opened a model without a document (an import): it becomes a new document.
        await this.createFrom(model, { open: true, keepHistory: true });
        this.afterGoodWrite();
        return;
      }
      const result = await store.save(id, model.meta.name, serializeModel(model), this.baseRevision);
      if (result.ok) {
        if (this.documentId !== id) return; // the user switched documents meanwhile
        this.baseRevision = result.info.revision;
        this.savedModel = model;
        setPersistence({
          status: this.hasUnsavedChanges() ? 'pending' : 'saved',
          lastSavedAt: result.info.updatedAt,
        });
        this.afterGoodWrite();
        this.tabs.saved(id, result.info.revision);
        await this.refreshList();
      } else {
        setPersistence({
          status: 'paused',
          conflict: { kind: result.reason === 'missing' ? 'deleted' : 'changed', localChanges: true },
        });
        this.keepRescueCopy();
      }
    } catch (error) {
      this.fail(toStorageFault(error, 'save the diagram'));
    }
  }

  private afterGoodWrite(): void {
    clearRescue(this.rescue);
    const { problem } = usePersistence.getState();
    if (problem && problem.kind !== 'corrupt')
      setPersistence({
        problem: null,
        notice: SAVING_AGAIN,
      });
  }

  private fail(fault: StorageFault): void {
    const kept = this.keepRescueCopy();
    setPersistence({
      status: 'failed',
      problem: { kind: fault.kind, message: saveFailedMessage(fault, kept) },
    });
  }

  /** Copies the current model to localStorage; true when it fit. */
  private keepRescueCopy(): boolean {
    const model = this.model;
    return writeRescue(this.rescue, {
      documentId: this.documentId,
      baseRevision: this.baseRevision,
      name: model.meta.name,
      text: serializeModel(model),
      savedAt: new Date().toISOString(),
    });
  }

  private async onMessage(message: ChannelMessage): Promise<void> {
    if (this.stopped) return;
    if (message.type !== 'listed' && message.documentId === this.documentId) {
      const newer = message.type === 'deleted' || message.revision > this.baseRevision;
      if (newer && !usePersistence.getState().conflict) {
        this.autosave.cancel();
        setPersistence({
          status: 'paused',
          conflict: {
            kind: message.type === 'deleted' ? 'deleted' : 'changed',
            localChanges: this.hasUnsavedChanges(),
          },
        });
        if (this.hasUnsavedChanges()) this.keepRescueCopy();
      }
    }
    await this.refreshList();
  }

  async refreshList(): Promise<void> {
    if (!this.store) return;
    try {
      setPersistence({ documents: await this.store.list() });
    } catch {
      // the list is a view; a failing store shows up on the next save
    }
  }

  // ——— Conflict resolutions ———

  /** Drops this tab's unsaved changes and loads what the other tab saved. */
  async reloadLatest(): Promise<void> {
    const id = this.documentId;
    if (!this.store || !id) return;
    setPersistence({ conflict: null });
    if (!(await this.openStored(id))) await this.openMostRecent();
    clearRescue(this.rescue);
  }

  /** Keeps this tab's version as a new document; the other tab's document is left as it is. */
  async saveAsCopy(): Promise<void> {
    const model = this.model;
    const name = `${model.meta.name || 'Untitled diagram'} (copy)`;
    const copy = updateMeta(model, { name });
    setPersistence({ conflict: null });
    if (!this.store) return;
    try {
      await this.createFrom(copy, { open: true, keepHistory: false });
      clearRescue(this.rescue);
    } catch (error) {
      this.fail(toStorageFault(error, 'save a copy'));
    }
  }

  // ——— Documents menu ———

  private async leaveCurrent(): Promise<void> {
    if (this.hasUnsavedChanges()) await this.saveNow();
  }

  async newDocument(): Promise<void> {
    await this.run('create a diagram', async () => {
      await this.leaveCurrent();
      await this.createFrom(emptyModel(), { open: true, keepHistory: false });
    });
  }

  async openDocument(id: string): Promise<void> {
    if (id === this.documentId && !usePersistence.getState().conflict) return;
    await this.run('open the diagram', async () => {
      await this.leaveCurrent();
      setPersistence({ conflict: null });
      await this.openStored(id);
    });
  }

  async renameDocument(id: string, name: string): Promise<void> {
    if (id === this.documentId) {
      // The open diagram: an ordinary, undoable edit, saved like any other.
      useEditor.getState().applyEdit('Rename diagram', (m) => updateMeta(m, { name }));
      return;
    }
    await this.run('rename the diagram', async () => {
      const store = this.store!;
      const [info, content] = await Promise.all([store.info(id), store.content(id)]);
      const parsed = content ? parseModelText(content.text) : null;
      if (!info || !parsed?.ok)
        throw new StorageFault('write', 'that diagram cannot be read, so it was not renamed');
      const renamed = updateMeta(parsed.model, { name });
      const result = await store.save(id, name, serializeModel(renamed), info.revision);
      if (!result.ok) throw new StorageFault('write', 'that diagram changed meanwhile; try again');
      this.tabs.saved(id, info.revision + 1);
      await this.refreshList();
    });
  }

  async duplicateDocument(id: string): Promise<void> {
    await this.run('duplicate the diagram', async () => {
      let model: Model | null = null;
      if (id === this.documentId) model = this.model;
      else {
        const content = await this.store!.content(id);
        const parsed = content ? parseModelText(content.text) : null;
        if (parsed?.ok) model = parsed.model;
      }
      if (!model) throw new StorageFault('write', 'that diagram cannot be read, so it was not duplicated');
      await this.createFrom(updateMeta(model, { name: `${model.meta.name || 'Untitled diagram'} (copy)` }), {
        open: false,
        keepHistory: true,
      });
      toast(`Duplicated ${quoted(model.meta.name)}`, 'success');
    });
  }

  async deleteDocument(id: string): Promise<void> {
    await this.run('delete the diagram', async () => {
      const store = this.store!;
      const wasOpen = id === this.documentId;
      if (wasOpen) this.autosave.cancel();
      await store.remove(id);
      this.tabs.deleted(id);
      await this.refreshList();
      if (wasOpen) {
        setPersistence({ conflict: null });
        await this.openMostRecent();
      }
    });
  }

  private async openMostRecent(): Promise<void> {
    const next = usePersistence.getState().documents.find((d) => d.id !== this.documentId);
    if (next && (await this.openStored(next.id))) return;
    await this.createFrom(emptyModel(), { open: true, keepHistory: false });
  }

  private async run(doing: string, body: () => Promise<void>): Promise<void> {
    if (!this.store) {
      toast(`Cannot ${doing}: browser storage is not available.`, 'error');
      return;
    }
    try {
      await body();
    } catch (error) {
      const fault = toStorageFault(error, doing);
      toast(capitalise(fault.message), 'error');
    }
  }

  dismissNotice(): void {
    setPersistence({ notice: null });
  }
}

function readKey(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeKey(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // a convenience only
  }
}
