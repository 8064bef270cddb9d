/**
 * Fuzzed model files: truncated, mutated, re-encoded, oversized, nested, binary. Every input must
 * end in a correct load or a clear error naming a place; nothing may throw. Counts are fixed, so
 * time is bounded; no timing assertions (speed is the benchmarks' business).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileModel, longString, modelArb } from '../../../test-support/fuzz/arbitraries';
import { pathResolves } from '../../../test-support/fuzz/mutations';
import { serializeModel } from '../serialize/model-json';
import { formatIssue } from './issues';
import { LIMITS } from './limits';
import { type ParseResult, parseModel, parseModelText } from './parse';

// The domain tsconfig has neither DOM nor Node types; both runtimes have these codecs.
const { TextEncoder, TextDecoder } = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label?: string) => { decode(bytes: Uint8Array): string };
};

const small = modelArb({ maxZones: 3, maxAssets: 3, maxConduits: 2, maxNotes: 1 });
const MB = 1024 * 1024;

/** What every answer must look like: a model that is itself valid, or issues that say where. */
function expectCleanOutcome(text: string, r: ParseResult): void {
  if (r.ok) {
    // A correct load: the model is valid on its own and has a canonical file.
    const again = parseModel(JSON.parse(serializeModel(r.model)));
    expect(again.ok).toBe(true);
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  let doc: unknown;
  let isJson = true;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    isJson = false;
  }
  for (const issue of r.issues) {
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeLessThanOrEqual(300);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters must not reach a terminal
    expect(issue.message).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    if (isJson) expect(pathResolves(doc, issue.path), formatIssue(issue)).toBe(true);
    else expect(issue.path).toEqual([]);
  }
}

const slow = { timeout: 120_000 };

describe('parseModelText on broken files', slow, () => {
  it('a truncated file is "not valid JSON" with a line and column, unless only whitespace was cut', () => {
    fc.assert(
      fc.property(small, fc.double({ min: 0, max: 1, noNaN: true }), (model, where) => {
        const text = serializeModel(model);
        const cut = text.slice(0, Math.floor(where * text.length));
        const r = parseModelText(cut);
        if (cut.trimEnd() === text.trimEnd()) expect(r.ok).toBe(true);
        else {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.issues[0]!.message).toMatch(/^not valid JSON at line \d+, column \d+: /);
        }
        expectCleanOutcome(cut, r);
      }),
      { numRuns: 200 },
    );
  });

  it('mutated characters end in a clean load or clean issues', () => {
    const edits = fc.array(
      fc.tuple(fc.nat(), fc.nat({ max: 0xffff }), fc.constantFrom('set', 'insert', 'delete')),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(small, edits, (model, changes) => {
        let text = serializeModel(model);
        for (const [at, code, op] of changes) {
          const i = at % text.length;
          const ch = String.fromCharCode(code % 3 === 0 ? code : 32 + (code % 95)); // mostly printable ASCII
          text =
            op === 'insert'
              ? text.slice(0, i) + ch + text.slice(i)
              : op === 'delete'
                ? text.slice(0, i) + text.slice(i + 1)
                : text.slice(0, i) + ch + text.slice(i + 1);
        }
        expectCleanOutcome(text, parseModelText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated UTF-8 bytes, decoded as the browser does, end in a clean load or clean issues', () => {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8'); // File.text(): invalid sequences become U+FFFD, BOM dropped
    fc.assert(
      fc.property(
        small,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }),
        (model, flips) => {
          const bytes = encoder.encode(serializeModel(model));
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const text = decoder.decode(bytes);
          expectCleanOutcome(text, parseModelText(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('binary data is refused as such, never parsed', () => {
    const decoder = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 4096 }), (bytes) => {
        const text = decoder.decode(bytes);
        const r = parseModelText(text);
        expectCleanOutcome(text, r);
        if (text.includes('\u0000')) expect(r.ok ? '' : r.issues[0]!.message).toMatch(/binary|UTF-16/);
      }),
      { numRuns: 300 },
    );
    // Real file headers: PNG, ZIP (an .xlsx workbook), gzip, PDF.
    for (const header of [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d],
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0],
      [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0],
    ]) {
      const r = parseModelText(decoder.decode(new Uint8Array(header)));
      expect(r.ok ? '' : r.issues[0]!.message).toBe('this is not a text file (it contains binary data)');
    }
    const pdf = parseModelText('%PDF-1.7\n%âãÏÓ\n1 0 obj');
    expect(pdf.ok ? '' : pdf.issues[0]!.message).toMatch(/^not valid JSON at line 1, column 1/);
  });

  it('random text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectCleanOutcome(text, parseModelText(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseModelText on encodings', slow, () => {
  it('loads a file with a UTF-8 byte order mark exactly as without', () => {
    fc.assert(
      fc.property(small, (model) => {
        const text = serializeModel(model);
        const withBom = parseModelText(`\uFEFF${text}`);
        const decodedBytes = parseModelText(
          new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])),
        );
        for (const r of [withBom, decodedBytes]) {
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.model).toEqual(model);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('names UTF-16 files (Notepad "Unicode") instead of calling them binary', () => {
    const text = serializeModel(hostileModel());
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = parseModelText(new TextDecoder().decode(utf16));
    expect(r.ok ? '' : r.issues.map(formatIssue)).toEqual([
      '(root): this file is saved as UTF-16 ("Unicode" in Notepad); save it as UTF-8 and open it again',
    ]);
  });
});

describe('parseModelText against size and depth bombs', slow, () => {
  const model = hostileModel();

  it('refuses a 50 MB file by its size, before reading it as JSON', () => {
    const text = `{"format":"ot-zones","version":1,"meta":{"name":"${'x'.repeat(50 * MB)}"}}`;
    const r = parseModelText(text);
    expect(r.ok ? '' : r.issues.map(formatIssue)).toEqual([
      `(root): file is too large (50 MB; the limit is ${LIMITS.fileBytes / MB} MB)`,
    ]);
  });

  it('accepts a file just under the size limit when it is otherwise valid', () => {
    const padded = serializeModel(model).replace(
      /\n$/,
      `${' '.repeat(LIMITS.fileBytes - serializeModel(model).length)}\n`,
    );
    expect(padded.length).toBe(LIMITS.fileBytes);
    expect(parseModelText(padded).ok).toBe(true);
  });

  it('names the field when a 10 MB string sits in a name, an id, a description, a key or a list', () => {
    const ten = longString(10 * MB, '<script>\u202E');
    // biome-ignore lint/suspicious/noExplicitAny: the damages reach into arbitrary places of a JSON document
    const cases: Array<[string, (doc: Record<string, any>) => void, string]> = [
      ['meta.name', (d) => (d.meta.name = ten), 'meta.name: '],
      ['zone id', (d) => (d.zones[0].id = ten), 'zones[0].id: '],
      ['asset description', (d) => (d.assets[0].description = ten), 'assets[0].description: '],
      ['flow protocol', (d) => (d.conduits[0].flows[0].protocol = ten), 'conduits[0].flows[0].protocol: '],
      ['an address', (d) => (d.assets[0].addresses = [ten]), 'assets[0].addresses[0]: '],
      ['unknown key', (d) => (d.meta[ten] = 1), 'meta: '],
      ['position key', (d) => (d.diagram.positions[ten] = { x: 0, y: 0 }), 'diagram.positions'],
    ];
    for (const [what, damage, prefix] of cases) {
      const doc = JSON.parse(serializeModel(model));
      damage(doc);
      const text = JSON.stringify(doc);
      const r = parseModelText(text);
      expect(r.ok, what).toBe(false);
      if (r.ok) continue;
      expect(
        r.issues.some((i) => formatIssue(i).startsWith(prefix)),
        `${what}: ${r.issues.map((i) => formatIssue(i).slice(0, 120))}`,
      ).toBe(true);
      expectCleanOutcome(text, r);
    }
  });

  it('refuses 10,000-deep nesting anywhere in the file without overflowing the stack', () => {
    const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const inModel = serializeModel(model).replace('"version": 1,', `"version": 1, "deep": ${deepObject},`);
    for (const text of [deepArray, deepObject, inModel]) {
      const r = parseModelText(text);
      expect(r.ok ? '' : r.issues.map(formatIssue)).toEqual([
        `(root): JSON is nested deeper than ${LIMITS.jsonDepth} levels`,
      ]);
    }
  });

  it('does not count brackets inside strings as nesting', () => {
    const doc = JSON.parse(serializeModel(model));
    doc.meta.name = `${'['.repeat(2_000)}\\"{{{${'{'.repeat(2_000)}`;
    const r = parseModelText(JSON.stringify(doc));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });

  it('handles deep values handed over without text (e.g. from storage) without recursing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep, b: [deep] };
    const doc = JSON.parse(serializeModel(model));
    for (const place of ['meta', 'zones', 'surprise']) {
      const r = parseModel({ ...doc, [place]: deep });
      expect(r.ok).toBe(false);
    }
    const inField = { ...doc, meta: { ...doc.meta, name: deep } };
    expect(parseModel(inField).ok).toBe(false);
  });

  it('rejects numbers JSON cannot hold exactly, naming the field', () => {
    const text = serializeModel(model)
      .replace('"x": 40', '"x": 1e400')
      .replace('"slTarget": 1', '"slTarget": 1e400');
    const r = parseModelText(text);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue(i).split(':')[0])).toEqual([
      'zones[0].slTarget',
      expect.stringMatching(/^diagram\.positions\[/),
    ]);
  });
});

// A 10 MB key in diagram.positions must not make a 10 MB line on stderr, and a bidi key must not
// reorder the terminal line.
describe('formatIssue on hostile paths', () => {
  it('keeps formatted paths short and free of bidi controls', () => {
    const doc = JSON.parse(serializeModel(hostileModel()));
    doc.diagram.positions[`\u202E${'k'.repeat(100_000)}`] = { x: 0, y: 0 };
    const r = parseModelText(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const issue of r.issues) {
      const line = formatIssue(issue);
      expect(line.length).toBeLessThanOrEqual(1000);
      expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
