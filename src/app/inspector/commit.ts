/**
 * How inspector fields write to the model: one `applyEdit` per committed field (one undo step),
 * with domain validation as the last line of defence. A refused edit returns its message so the
 * field can show it inline; the model is untouched.
 */
import { EditError } from '../../domain/edit/update';
import type { Model } from '../../domain/model/schema';
import { useEditor } from '../store/editor-store';

/** Applies the edit; returns null on success or the reason it was refused. */
export function commitEdit(label: string, edit: (m: Model) => Model): string | null {
  try {
    useEditor.getState().applyEdit(label, edit);
    return null;
  } catch (error) {
    if (error instanceof EditError) return error.message;
    throw error;
  }
}
