/** Note edits as undoable editor actions, with the problem shown as a toast instead of thrown. */
import { useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import { addNote, moveNote, type NewNote, removeNote, updateNote } from './note-edits';

function attempt(
  label: string,
  edit: Parameters<ReturnType<typeof useEditor.getState>['applyEdit']>[1],
): boolean {
  try {
    useEditor.getState().applyEdit(label, edit);
    return true;
  } catch (error) {
    toast(
      `Could not ${label.toLowerCase()}: ${error instanceof Error ? error.message : String(error)}`,
      'error',
    );
    return false;
  }
}

/** Adds a note and returns its id (null when it was refused). */
export function addNoteAction(input: NewNote): string | null {
  let id: string | null = null;
  const ok = attempt(input.targetId === undefined ? 'Add sticky note' : 'Add comment', (m) => {
    const result = addNote(m, input);
    id = result.id;
    return result.model;
  });
  return ok ? id : null;
}

export const updateNoteAction = (id: string, patch: { text?: string; author?: string }) =>
  attempt('Edit note', (m) => updateNote(m, id, patch));

export const removeNoteAction = (id: string) => attempt('Delete note', (m) => removeNote(m, id));

export const moveNoteAction = (id: string, to: { x: number; y: number }) =>
  attempt('Move note', (m) => moveNote(m, id, to));
