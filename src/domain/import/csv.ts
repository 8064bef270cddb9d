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
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;

  const fail = (message: string, at = line): CsvParseResult => ({ ok: false, error: { line: at, message } });
  const endField = (): CsvParseResult | undefined => {
    if (field.length > CSV_LIMITS.fieldChars)
      return fail(`a field is longer than ${CSV_LIMITS.fieldChars} characters`, recordLine);
    fields.push(field);
    field = '';
    if (fields.length > CSV_LIMITS.fieldsPerRecord)
      return fail(`more than ${CSV_LIMITS.fieldsPerRecord} columns`, recordLine);
    return undefined;
  };
  const endRecord = (): CsvParseResult | undefined => {
    const err = endField();
    if (err) return err;
    // A blank line (one empty field) is not a record: files often end with one or two.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    if (records.length > CSV_LIMITS.records)
      return fail(`more than ${CSV_LIMITS.records - 1} rows`, recordLine);
    fields = [];
    return undefined;
  };
  /** Consumes a line break at i (CRLF, LF or CR); true when there was one. */
  const lineBreak = (): boolean => {
    const ch = text[i];
    if (ch === '\r') {
      i += text[i + 1] === '\n' ? 2 : 1;
    } else if (ch === '\n') i++;
    else return false;
    line++;
    return true;
  };

  while (i < n) {
    if (text[i] === '"' && field === '') {
      // Quoted field: up to the closing quote; "" is a quote; line breaks are part of the value.
      const startLine = line;
      i++;
      for (;;) {
        if (i >= n) return fail('a quoted field is not closed (missing ")', startLine);
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === '\r' || ch === '\n') {
          const before = i;
          lineBreak();
          field += text.slice(before, i);
          continue;
        }
        field += ch;
        i++;
      }
      // After the closing quote only a separator, a line break or the end may follow.
      if (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        return fail(`unexpected text after a closing quote: ${JSON.stringify(text.slice(i, i + 10))}`);
      }
      continue;
    }
    const ch = text[i]!;
    if (ch === delimiter) {
      const err = endField();
      if (err) return err;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      const err = endRecord();
      if (err) return err;
      lineBreak();
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) {
    const err = endRecord();
    if (err) return err;
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
