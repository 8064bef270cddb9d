/**
 * The files of the Export menu, built by the domain's export registry (the CLI uses the same
 * one). Pure apart from the date, so the menu and its tests agree on names, types and contents.
 */
import type { EvaluationView } from '../../domain/export/findings';
import { EXPORT_FORMATS, exportFileName } from '../../domain/export/registry';
import { fileStem } from '../../domain/export/text';
import type { Model } from '../../domain/model/schema';

export interface ExportFile {
  fileName: string;
  mime: string;
  /** The file's text ('' for a binary format such as .vsdx, whose content is in `bytes`). */
  text: string;
  bytes?: Uint8Array;
}

/** Every file is named after the model: "riverside-water-treatment-works.svg" and so on. */
export async function exportFile(
  id: string,
  model: Model,
  evaluation: EvaluationView,
  now: Date = new Date(),
): Promise<ExportFile> {
  const format = EXPORT_FORMATS[id];
  if (!format) throw new Error(`unknown export "${id}"`);
  const stem = fileStem(model.meta.name);
  const options = {
    ...(format.options?.['generated-at'] ? { 'generated-at': now.toISOString() } : {}),
    ...format.menuOptions?.(stem),
  };
  const output =
    'standalone' in format && format.standalone
      ? await format.run()
      : await format.run({ model, evaluation: () => evaluation, options, fileStem: stem });
  const fileName = exportFileName(format, stem);
  if (typeof output !== 'string') return { fileName, mime: format.mime, text: '', bytes: output };
  return { fileName, mime: format.mime, text: output };
}
