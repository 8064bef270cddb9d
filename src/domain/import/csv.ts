/**
 * An RFC 4180 CSV reader for inventories exported by spreadsheets and asset-discovery tools.
 * Accepts what those tools really write: CRLF, LF or lone CR line ends (even mixed), a UTF-8 byte
 * order mark, quoted fields with doubled quotes and line breaks inside, and comma, semicolon or
 * tab as the separator (detected from the header line). Stray quotes inside an unquoted field are
 * kept as text, as spreadsheets do. Every error names the line it is on, and size limits keep a
 * hostile file from freezing the app.
 */

export const CSV_LIMITS = {
  /** Characters of text accepted. */
  chars: 20 * 1024 * 1024,
  /** Records, including the header. */
  records: 100_001,
  fieldsPerRecord: 500,
  /** Characters in one field. */
  fieldChars: 50_000,
} as const;

export interface CsvRecord {
  /** Line number (1-based) where the record starts in the file. */
  line: number;
  fields: string[];
}

export interface CsvError {
  line: number;
  message: string;
}

export type CsvParseResult =
  | { ok: true; records: CsvRecord[]; delimiter: string }
  | { ok: false; error: CsvError };

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** The separator used most in the first record (outside quotes); comma when none appears. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && (DELIMITERS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

export function parseCsv(input: string, options: { delimiter?: Delimiter } = {}): CsvParseResult {
  if (input.length > CSV_LIMITS.chars)
    return {
      ok: false,
      error: {
        line: 1,
        message: `the file is too large (limit ${CSV_LIMITS.chars / 1024 / 1024} MB of text)`,
      },
    };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return {
      ok: false,
      error: { line: lineAt(text, nul), message: 'this is not a text file (it contains binary data)' },
    };
  const delimiter = options.delimiter ?? detectDelimiter(text);
  return readRecords(text, delimiter);
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The records of `text`. Each field is scanned by index and taken with one slice (a quoted field:
 * one slice per run between doubled quotes), so reading is linear in the file, and a field is
 * refused the moment it passes `CSV_LIMITS.fieldChars`: a hostile 10 MB cell costs no more than
 * a cell at the limit.
 */
function readRecords(text: string, delimiter: Delimiter): CsvParseResult {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  const max = CSV_LIMITS.fieldChars;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const fail = (message: string, at = line): CsvParseResult => ({ ok: false, error: { line: at, message } });
  const tooLong = (at: number): CsvParseResult =>
    fail(`a field (column ${fields.length + 1}) is longer than ${max} characters`, at);

  if (n === 0) return { ok: true, records, delimiter };
  for (;;) {
    // One field starts at i.
    const fieldLine = line;
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted: up to the closing quote; "" is a quote; line breaks are part of the value.
      i++;
      value = '';
      let runStart = i;
      for (;;) {
        if (i >= n) return fail('a quoted field is not closed (missing ")', fieldLine);
        const ch = text.charCodeAt(i);
        if (ch === QUOTE) {
          if (text.charCodeAt(i + 1) !== QUOTE) break;
          value += text.slice(runStart, i + 1); // the run and one quote
          i += 2;
          runStart = i;
        } else {
          if (ch === LF || (ch === CR && text.charCodeAt(i + 1) !== LF)) line++;
          i++;
        }
        if (value.length + (i - runStart) > max) return tooLong(fieldLine);
      }
      value += text.slice(runStart, i);
      i++; // the closing quote
      // After the closing quote only a separator, a line break or the end may follow.
      const next = text.charCodeAt(i);
      if (i < n && next !== sep && next !== CR && next !== LF)
        return fail(`unexpected text after a closing quote: ${JSON.stringify(text.slice(i, i + 10))}`);
    } else {
      // Unquoted: up to a separator or line break; stray quotes are text.
      const start = i;
      for (; i < n; i++) {
        const ch = text.charCodeAt(i);
        if (ch === sep || ch === CR || ch === LF) break;
        if (i - start >= max) return tooLong(fieldLine);
      }
      value = text.slice(start, i);
    }
    fields.push(value);
    if (fields.length > CSV_LIMITS.fieldsPerRecord)
      return fail(`more than ${CSV_LIMITS.fieldsPerRecord} columns`, recordLine);

    if (i < n && text.charCodeAt(i) === sep) {
      i++;
      continue;
    }
    // A line break or the end of the text ends the record. A blank line (one empty field) is
    // not a record: files often end with one or two.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    if (records.length > CSV_LIMITS.records)
      return fail(`more than ${CSV_LIMITS.records - 1} rows`, recordLine);
    fields = [];
    if (i >= n) break;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    recordLine = line;
    if (i >= n) break;
  }
  return { ok: true, records, delimiter };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}
