/**
 * Any input to the importers ends in a valid model or an ImportError that names the problem —
 * never another exception (a crash) and never a half-built model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS, importForeign } from '../../src/domain/import/interop';
import { ImportError } from '../../src/domain/import/interop-model';
import { parseModel } from '../../src/domain/model/parse';
import { fixture } from './fixtures';

function outcome(text: string, from: (typeof IMPORT_FORMATS)[number] | 'auto') {
  try {
    const { model } = importForeign(text, { from });
    expect(parseModel(model).ok).toBe(true);
    return 'model';
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return 'refused';
  }
}

const seeds = [
  fixture('ot-drawio/plant-network.drawio'),
  fixture('threat-dragon/three-tier-web-app.json'),
  fixture('threagile/stub/threagile.yaml'),
  fixture('otm/EXAMPLE.json'),
];

describe('importers on damaged and random input', () => {
  it('random text: a model or a refusal', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('auto' as const, ...IMPORT_FORMATS),
        (text, from) => {
          outcome(text, from);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('real files cut short or with a slice replaced: a model or a refusal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.nat(),
        fc.nat({ max: 200 }),
        fc.string({ maxLength: 40 }),
        (seed, at, length, insert) => {
          const i = at % seed.length;
          outcome(seed.slice(0, i) + insert + seed.slice(i + length), 'auto');
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
