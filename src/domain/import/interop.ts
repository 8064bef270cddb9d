/**
 * The foreign formats ot-zones imports, their detection from content, and one entry point shared
 * by the CLI (`ot-zones import`) and the app's import preview.
 */
import { importDrawio, looksLikeDrawio } from './drawio';
import { importIec62443Xml, looksLikeIec62443Xml } from './iec62443-xml';
import { ImportError, type ImportResult } from './interop-model';
import { importOtmSource, looksLikeOtm } from './otm';
import { parseJsonOrYaml, parseJsonSource, parseYamlSource, type Source } from './structured';
import { importThreagileSource, looksLikeThreagile } from './threagile';
import { importThreatDragonSource, looksLikeThreatDragon } from './threat-dragon';

export const IMPORT_FORMATS = ['drawio', 'iec62443-xml', 'otm', 'threat-dragon', 'threagile'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_FORMAT_LABEL: Record<ImportFormat, string> = {
  drawio: 'draw.io / diagrams.net',
  'iec62443-xml': 'design.iec62443.au XML',
  otm: 'Open Threat Model (OTM)',
  'threat-dragon': 'OWASP Threat Dragon v2',
  threagile: 'Threagile YAML',
};

export interface ImportOptions {
  from?: ImportFormat | 'auto' | undefined;
  /** draw.io: the page to import (1-based number or name). */
  page?: string | number | undefined;
}

export type DetectedImport = ImportResult & { format: ImportFormat };

const looksLikeXml = (text: string) => /^\s*(<\?xml|<!--|<[A-Za-z])/.test(text.replace(/^\uFEFF/, ''));

/** The format of a file from its content, or undefined when it is none of ours. */
export function detectFormat(text: string): ImportFormat | undefined {
  if (looksLikeXml(text)) {
    if (looksLikeIec62443Xml(text)) return 'iec62443-xml';
    if (looksLikeDrawio(text)) return 'drawio';
    return undefined;
  }
  let source: Source;
  try {
    source = parseJsonOrYaml(text);
  } catch {
    return undefined;
  }
  return formatOfValue(source.value);
}

function formatOfValue(value: unknown): ImportFormat | undefined {
  if (looksLikeOtm(value)) return 'otm';
  if (looksLikeThreatDragon(value)) return 'threat-dragon';
  if (looksLikeThreagile(value)) return 'threagile';
  return undefined;
}

const NOT_RECOGNISED = `not a format ot-zones imports (${IMPORT_FORMATS.join(', ')}); an ot-zones model file (.json) is opened, not imported`;

/** Imports a foreign file: a valid model with warnings, or an ImportError naming the place. */
export function importForeign(text: string, options: ImportOptions = {}): DetectedImport {
  const from = options.from ?? 'auto';
  if (text.trim() === '') throw new ImportError('', 'the file is empty');
  switch (from) {
    case 'drawio':
      return { ...importDrawio(text, { page: options.page }), format: 'drawio' };
    case 'iec62443-xml':
      return { ...importIec62443Xml(text), format: 'iec62443-xml' };
    case 'otm':
      return { ...importOtmSource(parseJsonOrYaml(text)), format: 'otm' };
    case 'threat-dragon':
      return { ...importThreatDragonSource(parseJsonSource(text)), format: 'threat-dragon' };
    case 'threagile':
      return { ...importThreagileSource(parseYamlSource(text)), format: 'threagile' };
    default:
      break;
  }
  if (looksLikeXml(text)) {
    if (looksLikeIec62443Xml(text)) return importForeign(text, { ...options, from: 'iec62443-xml' });
    if (looksLikeDrawio(text)) return importForeign(text, { ...options, from: 'drawio' });
    throw new ImportError('', `XML, but ${NOT_RECOGNISED}`);
  }
  const source = parseJsonOrYaml(text);
  const format = formatOfValue(source.value);
  if (format === 'otm') return { ...importOtmSource(source), format };
  if (format === 'threat-dragon') return { ...importThreatDragonSource(source), format };
  if (format === 'threagile') return { ...importThreagileSource(source), format };
  const value = source.value as Record<string, unknown> | null;
  if (value && typeof value === 'object' && value.format === 'ot-zones')
    throw new ImportError(
      '',
      'this is already an ot-zones model file: open it (Import → Open model file), no import needed',
    );
  throw new ImportError('', NOT_RECOGNISED);
}
