/**
 * Every exporter, on random and hostile models: never throws, writes a well-formed file, and the
 * hostile text in it is inert (escaped markup, neutralised formulas, no bidi controls) yet still
 * there for the reader to see.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOSTILE_SNIPPETS,
  hostileModel,
  modelArb,
  SCRIPT_PAYLOAD,
} from '../../../test-support/fuzz/arbitraries';
import { activeContent, visibleText } from '../../../test-support/fuzz/markup-checks';
import { allElements, parseXml } from '../../../test-support/xml';
import { evaluate } from '../engine/evaluate';
import { parseCsv } from '../import/csv';
import type { Model } from '../model/schema';
import { CSV_FORMATS, exportCsv } from './csv';
import { exportDrawio } from './drawio';
import { exportReportHtml } from './report-html';
import { exportReportMarkdown } from './report-md';
import { exportSvg } from './svg';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not reach an export
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BROKEN_NUMBER = /\bNaN\b|\bundefined\b|Infinity|\[object Object\]/;
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

// prototypeNames off: see the known-bug test on ids like "constructor" at the end.
const models = fc.oneof(
  modelArb({ prototypeNames: false }),
  modelArb({ text: 'hostile', prototypeNames: false }),
);
const fixedDate = { generatedAt: new Date('2025-01-02T03:04:05Z') };

/** Attribute values and text the exporter wrote, without our own markup: where NaN would show. */
function expectNoBrokenNumbers(markup: string): void {
  const attributes = [
    ...markup.matchAll(
      /\s(?:x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|width|height|d|points|transform|viewBox)="([^"]*)"/g,
    ),
  ];
  for (const [, value] of attributes) expect(value).not.toMatch(BROKEN_NUMBER);
}

function checkSvg(model: Model, svg: string): void {
  parseXml(svg); // well-formed, or it throws with line and column
  expect(activeContent(svg)).toEqual([]);
  expect(svg).not.toMatch(BIDI);
  expect(svg).not.toMatch(XML_FORBIDDEN);
  expectNoBrokenNumbers(svg);
  expect(model).toBeDefined();
}

function checkHtml(html: string): void {
  expect(activeContent(html)).toEqual([]);
  expect(html).not.toMatch(BIDI);
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  expectNoBrokenNumbers(html);
}

/** draw.io renders a label as HTML under html=1 and fills %placeholders% under placeholders=1. */
function checkDrawio(xml: string): void {
  const root = parseXml(xml);
  // <object> is draw.io's element for a shape with properties, not HTML's plugin element.
  expect(activeContent(xml, { allowedElements: ['object'] })).toEqual([]);
  expect(xml).not.toMatch(BIDI);
  expect(xml).not.toMatch(XML_FORBIDDEN);
  expectNoBrokenNumbers(xml);
  const ids: string[] = [];
  for (const el of allElements(root)) {
    const a = el.attributes;
    expect(a.style ?? '').not.toMatch(/(^|;)\s*html\s*=\s*1/);
    expect(a.placeholders).toBeUndefined();
    expect(a.link).toBeUndefined();
    if ((el.name === 'object' || (el.name === 'mxCell' && a.id !== undefined)) && a.id !== undefined)
      ids.push(a.id);
  }
  expect(new Set(ids).size, 'cell ids are unique').toBe(ids.length);
}

/** Markdown: no raw HTML, no live links from user text, tables keep their columns. */
function checkMarkdown(md: string): void {
  expect(activeContent(md)).toEqual([]);
  expect(md).not.toMatch(/<(script|svg|img|a|iframe|style)\b/i);
  expect(md).not.toMatch(/(?<!\\)\]\(\s*javascript:/i); // an escaped \] is text, not a link
  expect(md).not.toMatch(BIDI);
  let columns: number | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined;
      continue;
    }
    const pipes = line.match(/(?<!\\)\|/g)?.length ?? 0;
    columns ??= pipes;
    expect(pipes, `table row keeps its columns: ${line.slice(0, 120)}`).toBe(columns);
  }
}

function checkCsv(csv: string, expectedRows: number): void {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(`line ${parsed.error.line}: ${parsed.error.message}`);
  const [header, ...rows] = parsed.records;
  expect(rows.length).toBe(expectedRows);
  for (const record of rows) {
    expect(record.fields.length).toBe(header!.fields.length);
    for (const cell of record.fields) {
      expect(cell, `formula-like cell ${JSON.stringify(cell.slice(0, 40))}`).not.toMatch(FORMULA_START);
      expect(cell).not.toMatch(BIDI);
      expect(cell).not.toMatch(BROKEN_NUMBER);
    }
  }
}

const rowCount = (format: (typeof CSV_FORMATS)[number], model: Model) =>
  format === 'csv-assets'
    ? model.assets.length
    : format === 'csv-zones'
      ? model.zones.length
      : format === 'csv-conduits'
        ? model.conduits.length
        : model.conduits.reduce((n, c) => n + (c.flows?.length ?? 0), 0);

describe('exporters on random models', { timeout: 180_000 }, () => {
  it('SVG: never throws, well-formed, inert, no bidi or control characters, no NaN geometry', () => {
    fc.assert(
      fc.property(models, fc.boolean(), (model, withFindings) => {
        const svg = exportSvg(model, withFindings ? { evaluation: evaluate(model) } : {});
        checkSvg(model, svg);
      }),
      { numRuns: 80 },
    );
  });

  it('CSV registers: never throw, one record per element, every formula neutralised', () => {
    fc.assert(
      fc.property(models, (model) => {
        const evaluation = evaluate(model);
        for (const format of CSV_FORMATS)
          checkCsv(exportCsv(format, model, evaluation), rowCount(format, model));
      }),
      { numRuns: 80 },
    );
  });

  it('draw.io: never throws, well-formed, plain-text labels, unique cell ids', () => {
    fc.assert(
      fc.property(models, (model) => {
        checkDrawio(exportDrawio(model, { evaluation: evaluate(model) }));
      }),
      { numRuns: 60 },
    );
  });

  it('Markdown report: never throws, no raw HTML or links from user text, tables intact', () => {
    fc.assert(
      fc.property(models, (model) => {
        checkMarkdown(exportReportMarkdown(model, evaluate(model), { ...fixedDate, diagramFile: 'x.svg' }));
      }),
      { numRuns: 40 },
    );
  });

  it('HTML report: never throws, inert, carries its own CSP', () => {
    fc.assert(
      fc.property(models, (model) => {
        checkHtml(exportReportHtml(model, evaluate(model), fixedDate));
      }),
      { numRuns: 40 },
    );
  });
});

// Every export of the model once per snippet: about a second alone, far more on a busy shared machine.
describe('exporters on a model whose every text field is hostile', { timeout: 60_000 }, () => {
  const model = hostileModel();
  const evaluation = evaluate(model);

  it('SVG shows the payloads as text, not markup', () => {
    const svg = exportSvg(model, { evaluation });
    checkSvg(model, svg);
    expect(svg).not.toMatch(/<script|<svg onload|<img/i);
    const text = visibleText(svg);
    expect(text).toContain('<script>window.__pwned=1</script>');
  });

  it('HTML report shows the payloads as text, not markup', () => {
    const html = exportReportHtml(model, evaluation, fixedDate);
    checkHtml(html);
    const text = visibleText(html);
    expect(text).toContain(`IT ${SCRIPT_PAYLOAD}`);
    expect(text).toContain('"><svg onload=window.__pwned=1>');
    expect(text).toContain('=HYPERLINK("https://attacker.invalid","x")');
  });

  it('draw.io and Markdown show the payloads as text', () => {
    const xml = exportDrawio(model, { evaluation });
    checkDrawio(xml);
    const labels = allElements(parseXml(xml)).map((el) => el.attributes.label ?? '');
    expect(labels.some((l) => l.includes(`IT ${SCRIPT_PAYLOAD}`))).toBe(true);
    const md = exportReportMarkdown(model, evaluation, fixedDate);
    checkMarkdown(md);
    expect(md).toContain('IT &lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;');
  });

  it('CSV keeps the payload text but neutralises every formula', () => {
    for (const format of CSV_FORMATS) checkCsv(exportCsv(format, model, evaluation), rowCount(format, model));
    const assets = parseCsv(exportCsv('csv-assets', model, evaluation));
    if (!assets.ok) throw new Error(assets.error.message);
    const cells = assets.records.flatMap((r) => r.fields);
    expect(cells).toContain(`'=HYPERLINK("https://attacker.invalid","x") ${SCRIPT_PAYLOAD}`);
    expect(cells).toContain("'+1+1");
    expect(cells).toContain("'-2+3");
  });

  it('every hostile snippet on its own is inert in every export', () => {
    for (const snippet of HOSTILE_SNIPPETS) {
      const m: Model = {
        ...model,
        meta: { name: snippet, description: snippet },
        zones: model.zones.map((z) => ({ ...z, name: snippet, description: snippet })),
        assets: model.assets.map((a) => ({ ...a, name: snippet, vendor: snippet })),
      };
      const e = evaluate(m);
      checkSvg(m, exportSvg(m, { evaluation: e }));
      checkHtml(exportReportHtml(m, e, fixedDate));
      checkDrawio(exportDrawio(m, { evaluation: e }));
      checkMarkdown(exportReportMarkdown(m, e, fixedDate));
      for (const format of CSV_FORMATS) checkCsv(exportCsv(format, m, e), rowCount(format, m));
    }
  });
});

// Ids are object keys in diagram.positions: a lookup must not find Object.prototype's members.
describe('exporting elements whose ids are Object.prototype members', () => {
  it('lays them out like any element without a position', () => {
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'x' },
      zones: [
        { id: 'constructor', name: 'Cell', kind: 'control' },
        { id: 'z1', name: 'Ops', kind: 'operations' },
      ],
      assets: [{ id: 'toString', name: 'PLC', type: 'plc', zoneId: 'z1' }],
      conduits: [{ id: 'valueOf', name: 'C', zoneIds: ['z1', 'constructor'], type: 'filtering' }],
    };
    const evaluation = evaluate(model);
    checkSvg(model, exportSvg(model, { evaluation }));
    checkHtml(exportReportHtml(model, evaluation, fixedDate));
    checkDrawio(exportDrawio(model, { evaluation }));
    checkMarkdown(exportReportMarkdown(model, evaluation, fixedDate));
  });

  it('gives draw.io cells unique ids even when an element id looks like a generated one', () => {
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'x' },
      zones: [
        { id: 'z1', name: 'Ops', kind: 'operations' },
        { id: 'z2', name: 'Control', kind: 'control' },
      ],
      assets: [
        { id: 'zone:z1', name: 'PLC', type: 'plc', zoneId: 'z2' },
        { id: '0', name: 'HMI', type: 'hmi', zoneId: 'z2' },
        { id: '1', name: 'RTU', type: 'rtu', zoneId: 'z1' },
      ],
      conduits: [{ id: 'c1', name: 'C', zoneIds: ['z1', 'z2'], type: 'filtering' }],
    };
    checkDrawio(exportDrawio(model, { evaluation: evaluate(model) }));
  });
});
