/**
 * The whole CSV inventory path on fuzzed files: text → parseCsv → guessMapping → importInventory.
 * Whatever the cells hold (markup, formulas, quotes, line breaks, 10,000-character values, ids
 * that collide), the result is a valid model that keeps everything the user had, or rows
 * rejected with the line they are on. Never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_SNIPPETS, longString, modelArb } from '../../../test-support/fuzz/arbitraries';
import { formatIssue } from '../model/issues';
import { LIMITS } from '../model/limits';
import { parseModel } from '../model/parse';
import { serializeModel } from '../serialize/model-json';
import { parseCsv } from './csv';
import { guessMapping, importInventory } from './inventory';

const cellArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'PLC-1',
      'Historian',
      'plc',
      'HMI',
      'Programmable logic controller',
      'DMZ',
      'Safety',
      'Control',
      '10.0.0.1; 10.0.0.2',
      '',
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS.filter((h) => !h.includes('\u0000'))) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'z0', 'zone-1', 'a-plc-1') },
  {
    weight: 1,
    arbitrary: fc
      .nat({ max: 3 })
      .map((k) => longString([100, LIMITS.name, LIMITS.name + 1, 10_000][k]!, '"<x>,')),
  },
);
const headerArb = fc.shuffledSubarray(
  ['Name', 'Type', 'Zone', 'IP address', 'Vendor', 'Model', 'Notes', 'Extra'],
  {
    minLength: 1,
  },
);
const quote = (f: string) => (/[",\r\n;\t]/.test(f) || f.startsWith(' ') ? `"${f.replace(/"/g, '""')}"` : f);

describe('CSV inventory import on fuzzed files', { timeout: 120_000 }, () => {
  it('gives a valid model that keeps every existing element, or rejects rows by line', () => {
    fc.assert(
      fc.property(
        modelArb({ maxZones: 3, maxAssets: 3, maxConduits: 2 }),
        headerArb,
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 9 }), { maxLength: 8 }),
        fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 1, maxLength: 3 }),
        (model, header, rows, breaks) => {
          const text = [header, ...rows]
            .map((r, i) => r.map(quote).join(',') + (breaks[i % breaks.length] ?? '\n'))
            .join('');
          const parsed = parseCsv(text);
          if (!parsed.ok) {
            expect(parsed.error.line).toBeGreaterThanOrEqual(1);
            return;
          }
          const [head, ...data] = parsed.records;
          const result = importInventory(model, data, guessMapping(head!.fields));
          const check = parseModel(JSON.parse(serializeModel(result.model)));
          if (!check.ok) throw new Error(check.issues.map(formatIssue).join('\n'));
          // Nothing the user had is lost or changed.
          for (const z of model.zones) expect(result.model.zones).toContainEqual(z);
          for (const a of model.assets) expect(result.model.assets).toContainEqual(a);
          expect(result.model.conduits).toEqual(model.conduits);
          // Every data row is accounted for, with its line.
          expect(result.rows.map((r) => r.line)).toEqual(data.map((r) => r.line));
          expect(result.model.assets.length).toBe(model.assets.length + result.createdAssets.length);
          for (const r of result.rejected) expect(data.some((d) => d.line === r.line)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
