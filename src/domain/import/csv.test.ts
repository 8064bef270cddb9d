import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../export/csv';
import { CSV_LIMITS, detectDelimiter, parseCsv } from './csv';

const fields = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(`line ${r.error.line}: ${r.error.message}`);
  return r.records.map((rec) => rec.fields);
};

describe('parseCsv', () => {
  it('reads plain, quoted and empty fields', () => {
    expect(fields('a,b,c\r\n1,"two, 2",\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, 2', ''],
    ]);
    expect(fields('"",x\n')).toEqual([['', 'x']]);
  });

  it('reads doubled quotes and line breaks inside quoted fields', () => {
    expect(fields('name,desc\n"PLC ""A""","line 1\r\nline 2"\n')).toEqual([
      ['name', 'desc'],
      ['PLC "A"', 'line 1\r\nline 2'],
    ]);
  });

  it('accepts CRLF, LF and CR line ends mixed, a BOM, blank lines and no final line end', () => {
    const r = parseCsv('\uFEFFa,b\r\n1,2\n3,4\r5,6\n\n7,8');
    expect(r.ok && r.records.map((x) => x.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
      ['7', '8'],
    ]);
    expect(r.ok && r.records.map((x) => x.line)).toEqual([1, 2, 3, 4, 6]);
  });

  it('numbers records by the line they start on, counting breaks inside quotes', () => {
    const r = parseCsv('h\n"a\nb\nc"\nnext\n');
    expect(r.ok && r.records.map((x) => x.line)).toEqual([1, 2, 5]);
  });

  it('detects semicolon and tab separated files from the header', () => {
    expect(detectDelimiter('name;type;zone\n')).toBe(';');
    expect(detectDelimiter('name\ttype\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(fields('name;addr\nPLC;"10.0.0.1; 10.0.0.2"\n')).toEqual([
      ['name', 'addr'],
      ['PLC', '10.0.0.1; 10.0.0.2'],
    ]);
  });

  it('keeps stray quotes inside an unquoted field as text', () => {
    expect(fields('a,5" pipe\n')).toEqual([['a', '5" pipe']]);
  });

  it('names the line of an unclosed quote', () => {
    const r = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(r).toEqual({ ok: false, error: { line: 3, message: expect.stringContaining('not closed') } });
  });

  it('names the line of text after a closing quote', () => {
    const r = parseCsv('a,b\n"x"y,2\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.line).toBe(2);
  });

  it('rejects binary data and oversized input with a clear message', () => {
    const bin = parseCsv('a,b\n1,\u0000\n');
    expect(!bin.ok && bin.error).toEqual({ line: 2, message: expect.stringContaining('not a text file') });
    const wide = parseCsv(`${Array.from({ length: CSV_LIMITS.fieldsPerRecord + 2 }, () => 'x').join(',')}\n`);
    expect(!wide.ok && wide.error.message).toContain('columns');
    const longField = parseCsv(`a\n${'x'.repeat(CSV_LIMITS.fieldChars + 1)}\n`);
    expect(!longField.ok && longField.error).toEqual({ line: 2, message: expect.stringContaining('longer') });
  });

  describe('the per-cell limit', () => {
    const max = CSV_LIMITS.fieldChars;

    it('accepts a cell exactly at the limit, quoted or not, counting "" as one character', () => {
      const plain = 'x'.repeat(max);
      // Doubled quotes and a line break inside: the value, not the raw text, is what counts.
      const quoted = `a""b\n${'y'.repeat(max - 4)}`;
      const r = parseCsv(`h1,h2\n${plain},"${quoted}"\n`);
      expect(r.ok && r.records[1]?.fields.map((f) => f.length)).toEqual([max, max]);
      expect(r.ok && r.records[1]?.fields[1]?.slice(0, 4)).toBe('a"b\n');
    });

    it('refuses a cell one character over the limit, naming its line and column', () => {
      const over = 'x'.repeat(max + 1);
      // Line 2 holds a quoted line break, so the long cell is on line 4.
      const plain = parseCsv(`h1,h2\n"a\nb",ok\nc,${over}\n`);
      expect(!plain.ok && plain.error).toEqual({
        line: 4,
        message: `a field (column 2) is longer than ${max} characters`,
      });
      const quoted = parseCsv(`h1,h2\n"a\r\nb",ok\r\nc,"${over}"\r\n`);
      expect(!quoted.ok && quoted.error).toEqual({
        line: 4,
        message: `a field (column 2) is longer than ${max} characters`,
      });
    });

    it('names the line a long quoted cell starts on, not the line its record starts on', () => {
      const r = parseCsv(`h1,h2\n"two\nlines","${'z'.repeat(max + 1)}"\n`);
      expect(!r.ok && r.error.line).toBe(3);
    });

    it('refuses a 10 MB file that is one single cell, quoted or not', () => {
      const cell = 'x'.repeat(10 * 1024 * 1024);
      for (const text of [cell, `"${cell}"`, `"${cell}`]) {
        const r = parseCsv(text);
        expect(!r.ok && r.error).toEqual({
          line: 1,
          message: `a field (column 1) is longer than ${max} characters`,
        });
      }
    });
  });

  it('reads back whatever the CSV writer writes (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r', '\n', ' ', 'é', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const header = rows[0]!.map((_, i) => `c${i}`);
          const body = rows.map((r) => r.map((c) => c.replace(/^[\s=+\-@]/, 'x')));
          const parsed = fields(csvTable(header, body));
          expect(parsed[0]).toEqual(header);
          // The writer keeps line breaks inside fields but normalises them to LF.
          expect(parsed.slice(1)).toEqual(body.map((r) => r.map((c) => c.replace(/\r\n|\r/g, '\n'))));
        },
      ),
    );
  });
});
