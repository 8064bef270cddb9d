/**
 * Fuzzed CSV input: mixed line endings, injected quotes, random separators, binary, huge fields.
 * Every input ends in a correct load or an error that names a line of the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_SNIPPETS } from '../../../test-support/fuzz/arbitraries';
import { CSV_LIMITS, type CsvParseResult, type Delimiter, parseCsv } from './csv';

const MB = 1024 * 1024;
// The domain tsconfig has neither DOM nor Node types; both runtimes have this codec.
const { TextDecoder } = globalThis as unknown as {
  TextDecoder: new (label?: string) => { decode(bytes: Uint8Array): string };
};
const lineBreakArb = fc.constantFrom('\r\n', '\n', '\r');
const delimiterArb = fc.constantFrom<Delimiter>(',', ';', '\t');
/** Field text full of what breaks naive CSV code: quotes, separators, every kind of line break. */
const fieldArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '"', ',', ';', '\t', '\r', '\n', ' ', 'é', '=', '1', '😀') }),
  // NUL makes a file binary for the reader (tested below), so it stays out of table text.
  fc.constantFrom(...HOSTILE_SNIPPETS.filter((h) => !h.includes('\u0000'))),
);

/** Lines as the reader counts them: CRLF, LF and lone CR each end one line. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** RFC 4180 text written the way spreadsheets do, but with a different line break per record. */
function writeCsv(
  rows: readonly string[][],
  delimiter: Delimiter,
  breaks: readonly string[],
): { text: string; lines: number[] } {
  let text = '';
  const lines: number[] = [];
  rows.forEach((row, r) => {
    lines.push(lineCount(text));
    const quote = (f: string) =>
      f.includes('"') || f.includes(delimiter) || /[\r\n]/.test(f) || f === ''
        ? `"${f.replace(/"/g, '""')}"`
        : f;
    text += row.map(quote).join(delimiter) + (breaks[r % breaks.length] ?? '\n');
  });
  return { text, lines };
}

function expectCleanOutcome(text: string, r: CsvParseResult): void {
  if (r.ok) {
    let previous = 0;
    for (const record of r.records) {
      expect(record.line).toBeGreaterThan(previous);
      expect(record.line).toBeLessThanOrEqual(lineCount(text));
      previous = record.line;
      expect(record.fields.length).toBeLessThanOrEqual(CSV_LIMITS.fieldsPerRecord);
    }
    return;
  }
  expect(r.error.line).toBeGreaterThanOrEqual(1);
  expect(r.error.line).toBeLessThanOrEqual(lineCount(text));
  expect(r.error.message.length).toBeGreaterThan(0);
}

describe('parseCsv on fuzzed input', { timeout: 120_000 }, () => {
  it('reads back any table written with mixed line endings and quotes inside fields, with line numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 }),
        delimiterArb,
        fc.array(lineBreakArb, { minLength: 1, maxLength: 4 }),
        (rows, delimiter, breaks) => {
          const width = Math.max(...rows.map((r) => r.length));
          const table = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('x')]);
          // A record of one empty field is a blank line, which the reader skips by design.
          if (width === 1) for (const row of table) if (row[0] === '') row[0] = 'x';
          const { text, lines } = writeCsv(table, delimiter, breaks);
          const r = parseCsv(text, { delimiter });
          if (!r.ok) throw new Error(`line ${r.error.line}: ${r.error.message}`);
          expect(r.records.map((x) => x.fields)).toEqual(table);
          expect(r.records.map((x) => x.line)).toEqual(lines);
          // With a byte order mark in front, the same.
          const withBom = parseCsv(`\uFEFF${text}`, { delimiter });
          expect(withBom.ok && withBom.records.map((x) => x.fields)).toEqual(table);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('detects the separator from the header whatever the data holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fieldArb, { minLength: 3, maxLength: 3 }), { maxLength: 5 }),
        delimiterArb,
        (rows, delimiter) => {
          const { text } = writeCsv([['id', 'name', 'zone'], ...rows], delimiter, ['\r\n']);
          const r = parseCsv(text);
          expect(r.ok && r.delimiter).toBe(delimiter);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random and damaged text never throws and ends in records or an error on a real line', () => {
    const csvish = fc.string({
      unit: fc.constantFrom('a', '"', ',', ';', '\r', '\n', '\r\n', ' ', '\t', 'é'),
      maxLength: 200,
    });
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        expectCleanOutcome(text, parseCsv(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('names the line where an unclosed quote starts, even after mixed line endings', () => {
    const text = 'id,name\r\na1,PLC\na2,"HMI\r\nnorth"\ra3,"never closed\r\nmore\n';
    const r = parseCsv(text);
    expect(!r.ok && r.error).toEqual({ line: 5, message: 'a quoted field is not closed (missing ")' });
  });

  it('names the line of text after a closing quote', () => {
    const r = parseCsv('id,name\na1,"PLC"x,zone\n');
    expect(!r.ok && r.error.line).toBe(2);
  });
});

describe('parseCsv against size bombs', { timeout: 120_000 }, () => {
  it('refuses a 50 MB file by its size', () => {
    const r = parseCsv(`id,name\n${'a,b\n'.repeat((50 * MB) / 4)}`);
    expect(!r.ok && r.error).toEqual({ line: 1, message: expect.stringContaining('too large') });
  });

  it('refuses a 10 MB field and names its line', () => {
    const r = parseCsv(`id,name\na1,ok\na2,"${'x'.repeat(10 * MB)}"\n`);
    expect(!r.ok && r.error).toEqual({ line: 3, message: expect.stringContaining('longer than') });
  });

  it('refuses too many rows', () => {
    const r = parseCsv(`id\n${'a\n'.repeat(CSV_LIMITS.records + 1)}`);
    expect(!r.ok && r.error.message).toContain('rows');
  });

  it('refuses binary data', () => {
    const png = new TextDecoder().decode(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    const r = parseCsv(png);
    expect(!r.ok && r.error.message).toContain('not a text file');
  });
});
