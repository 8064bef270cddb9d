/**
 * Opening a model file (picker or drag and drop). A file that is not a valid model opens a dialog
 * listing every problem with its JSON path, and the diagram on screen stays exactly as it was. A
 * valid file replaces it as a new document; the current one is saved first, so nothing is lost.
 */
import { formatPath } from '../../domain/model/issues';
import { LIMITS } from '../../domain/model/limits';
import { parseModelText } from '../../domain/model/parse';
import { persistence } from '../persistence';
import { useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import { showProblems } from './import-store';

/** Problems beyond this many are summarised: a broken 50 MB file must not freeze the dialog. */
const MAX_SHOWN = 500;

export async function openModelFile(file: File): Promise<boolean> {
  if (file.size > LIMITS.fileBytes) {
    showProblems(file.name, [
      {
        path: '(root)',
        message: `the file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.fileBytes / 1024 / 1024} MB)`,
      },
    ]);
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    showProblems(file.name, [
      {
        path: '(root)',
        message: `the file cannot be read (${error instanceof Error ? error.message : String(error)})`,
      },
    ]);
    return false;
  }
  performance.mark('otz:import:read');
  const result = parseModelText(text);
  performance.mark('otz:import:parsed');
  if (!result.ok) {
    const issues = result.issues
      .slice(0, MAX_SHOWN)
      .map((i) => ({ path: formatPath(i.path), message: i.message }));
    if (result.issues.length > MAX_SHOWN)
      issues.push({ path: '…', message: `and ${result.issues.length - MAX_SHOWN} more problems` });
    showProblems(file.name, issues);
    return false;
  }
  await persistence()?.saveNow();
  performance.mark('otz:import:previous-saved');
  useEditor.getState().replaceModel(result.model, { documentId: null });
  performance.mark('otz:import:model-set');
  toast(
    `Opened ${file.name}${result.migratedFrom !== undefined ? ` (converted from format version ${result.migratedFrom})` : ''}`,
    'success',
  );
  return true;
}

/** Model files by name or type; everything else dropped on the app is tried as CSV if it says so. */
export function isCsvFile(file: File): boolean {
  return /\.(csv|tsv|txt)$/i.test(file.name) || file.type === 'text/csv';
}
