/**
 * Opening another tool's file (menu or drag and drop): size check, read as UTF-8, then the import
 * preview. A dropped .json is tried as a model first and goes to the preview only when it is an
 * OTM or Threat Dragon file.
 */
import { LIMITS } from '../../domain/model/limits';
import { openForeign, showProblems } from './import-store';
import { openModelFile } from './open-model-file';

const tooLarge = (file: File) =>
  showProblems(file.name, [
    {
      path: '(root)',
      message: `the file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.fileBytes / 1024 / 1024} MB)`,
    },
  ]);

export async function openForeignFile(file: File): Promise<void> {
  if (file.size > LIMITS.fileBytes) return tooLarge(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    showProblems(file.name, [{ path: '(root)', message: 'the file is not UTF-8 text' }]);
    return;
  }
  openForeign(file.name, text.replace(/^\uFEFF/, ''));
}

/** Files whose name says they come from another tool. */
export const isForeignFile = (file: File) => /\.(drawio|xml|ya?ml|otm)$/i.test(file.name);

/** A dropped .json: an OTM or Threat Dragon file goes to the preview, anything else opens as a model. */
export async function openDroppedJson(file: File): Promise<void> {
  if (file.size > LIMITS.fileBytes) return tooLarge(file);
  const text = await file.text();
  const { detectFormat } = await import('../../domain/import/interop');
  let format: string | undefined;
  try {
    format = detectFormat(text);
  } catch {
    format = undefined;
  }
  if (format) openForeign(file.name, text.replace(/^\uFEFF/, ''));
  else await openModelFile(file);
}
