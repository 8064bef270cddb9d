/**
 * Named local versions of the open diagram ("Before workshop 3"): snapshots kept beside the
 * document in this browser's storage, listed newest first, to compare the diagram with later.
 * A version is the canonical JSON text, read back through the same guarded parser as a file.
 */
import { create } from 'zustand';
import { formatIssue } from '../../domain/model/issues';
import { parseModelText } from '../../domain/model/parse';
import { serializeModel } from '../../domain/serialize/model-json';
import type { VersionInfo } from '../persistence/document-store';
import { persistence } from '../persistence/index';
import { useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import { useCompare } from './compare-store';

export const useVersions = create<{ versions: readonly VersionInfo[]; documentId: string | null }>()(() => ({
  versions: [],
  documentId: null,
}));

function target() {
  const store = persistence()?.documents() ?? null;
  const documentId = useEditor.getState().documentId;
  return store && documentId ? { store, documentId } : null;
}

export async function refreshVersions(): Promise<void> {
  const t = target();
  if (!t) {
    useVersions.setState({ versions: [], documentId: null });
    return;
  }
  try {
    useVersions.setState({ versions: await t.store.listVersions(t.documentId), documentId: t.documentId });
  } catch (error) {
    toast(`Could not list the saved versions: ${(error as Error).message}`, 'error');
  }
}

/** Saves the open diagram as a named version; false (with a message) when it could not. */
export async function saveVersion(name: string, note: string): Promise<boolean> {
  const t = target();
  if (!t) {
    toast('This diagram is not stored in this browser, so versions cannot be kept here.', 'error');
    return false;
  }
  try {
    const text = serializeModel(useEditor.getState().model);
    const saved = await t.store.saveVersion({
      documentId: t.documentId,
      name: name.trim(),
      note: note.trim(),
      text,
    });
    toast(`Saved version “${saved.name}”.`, 'success');
    await refreshVersions();
    return true;
  } catch (error) {
    toast(`Could not save the version: ${(error as Error).message}`, 'error');
    return false;
  }
}

export async function compareWithVersion(version: VersionInfo): Promise<void> {
  const t = target();
  const text = t ? await t.store.versionText(version.id) : undefined;
  if (text === undefined) {
    toast(`Version “${version.name}” is no longer stored.`, 'error');
    return;
  }
  const parsed = parseModelText(text);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    toast(`Version “${version.name}” cannot be read: ${first ? formatIssue(first) : 'damaged'}`, 'error');
    return;
  }
  useCompare.getState().compareWith({ model: parsed.model, label: `version “${version.name}”` });
}

export async function removeVersion(version: VersionInfo): Promise<void> {
  const t = target();
  if (!t) return;
  try {
    await t.store.removeVersion(version.id);
    await refreshVersions();
  } catch (error) {
    toast(`Could not delete the version: ${(error as Error).message}`, 'error');
  }
}
