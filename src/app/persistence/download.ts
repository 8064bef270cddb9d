/** One-click download of the open diagram as a model file: the escape hatch when storage fails. */
import type { Model } from '../../domain/model/schema';
import { serializeModel } from '../../domain/serialize/model-json';

/** A safe file name from a diagram name: letters, digits, dot, dash and underscore only. */
export function fileNameFor(name: string, suffix = '.otz.json'): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || 'diagram'}${suffix}`;
}

export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadModel(model: Model): void {
  downloadText(serializeModel(model), fileNameFor(model.meta.name));
}
