/**
 * A text file's content: UTF-8 (with or without a byte order mark), or Windows-1252 when the bytes
 * are not valid UTF-8 — what Excel writes for "CSV" on most Western European Windows machines.
 */
export async function readTextFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
