/**
 * Reading a model file for a command: file-system problems, encoding and every model issue
 * become one InputError whose lines each name the place (JSON path, or line and column).
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { formatIssue } from '../domain/model/issues';
import { LIMITS } from '../domain/model/limits';
import { parseModelText } from '../domain/model/parse';
import type { Model } from '../domain/model/schema';
import { InputError } from './errors';
import type { CliIo } from './io';
import { oneLine } from './text';

/** The name used for standard input. */
export const STDIN = '-';

export interface LoadedModel {
  model: Model;
  /** Set when the file used an older format version and was migrated on load. */
  migratedFrom?: number;
}

function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a model file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of this path is not a directory';
    default:
      return `cannot read it (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

const tooLarge = (bytes: number) =>
  `file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.fileBytes / 1024 / 1024} MB)`;

/** The bytes of FILE (or standard input for "-"), refusing directories and oversized files early. */
async function readBytes(file: string, io: CliIo): Promise<Uint8Array> {
  if (file === STDIN) {
    const bytes = await io.readStdin();
    if (bytes.byteLength > LIMITS.fileBytes) throw new InputError('<stdin>', [tooLarge(bytes.byteLength)]);
    return bytes;
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw new InputError(file, ['is not a regular file']);
    if (info.size > LIMITS.fileBytes) throw new InputError(file, [tooLarge(info.size)]);
    return await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, [fsProblem(error)]);
  }
}

/** Loads and validates a model file; throws InputError listing every problem. */
export async function loadModelFile(file: string, io: CliIo): Promise<LoadedModel> {
  const label = file === STDIN ? '<stdin>' : file;
  const bytes = await readBytes(file, io);
  // isUtf8 + Buffer decoding instead of a fatal TextDecoder: same verdict, without initialising
  // ICU's converters (~20 ms of every command's start).
  if (!isUtf8(bytes)) throw new InputError(label, ['is not UTF-8 text (is it a model file?)']);
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM, as TextDecoder dropped it
  if (text.trim() === '') throw new InputError(label, ['is empty']);
  const result = parseModelText(text);
  if (!result.ok)
    throw new InputError(
      label,
      result.issues.map((i) => oneLine(formatIssue(i))),
    );
  return result.migratedFrom === undefined
    ? { model: result.model }
    : { model: result.model, migratedFrom: result.migratedFrom };
}
