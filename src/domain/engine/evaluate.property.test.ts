import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileModel, modelArb } from '../../../test-support/fuzz/arbitraries';
import { expectWellFormed, plainEvaluation as plain } from '../../../test-support/fuzz/evaluation-checks';
import { parseModel } from '../model/parse';
import type { Model } from '../model/schema';
import { serializeModel } from '../serialize/model-json';
import { createIncrementalEvaluator, evaluate } from './evaluate';

describe('evaluate on random models', { timeout: 120_000 }, () => {
  it('never throws, and every finding names a rule, an existing subject and a real message', () => {
    fc.assert(
      fc.property(modelArb(), (model) => {
        expectWellFormed(model, evaluate(model));
      }),
      { numRuns: 150 },
    );
  });

  it('handles hostile text and ids that shadow Object.prototype members', () => {
    const model = hostileModel();
    const evaluation = evaluate(model);
    expectWellFormed(model, evaluation);
    expect(evaluation.counts.error).toBeGreaterThan(0);
    const odd: Model = {
      ...model,
      zones: [
        ...model.zones,
        { id: 'constructor', name: 'c', kind: 'control', slTarget: 3 },
        { id: 'toString', name: 't', kind: 'enterprise' },
        { id: 'hasOwnProperty', name: 'h', kind: 'safety' },
      ],
      conduits: [
        ...model.conduits,
        { id: 'valueOf', name: 'v', zoneIds: ['toString', 'constructor'], type: 'gateway' },
        { id: '__defineGetter__', name: 'g', zoneIds: ['toString', 'hasOwnProperty'], type: 'gateway' },
      ],
    };
    expect(parseModel(JSON.parse(serializeModel(odd))).ok).toBe(true);
    expectWellFormed(odd, evaluate(odd));
  });

  it('the incremental evaluator agrees with a full evaluation across unrelated models', () => {
    fc.assert(
      fc.property(
        fc.array(modelArb({ maxZones: 4, maxAssets: 6 }), { minLength: 2, maxLength: 5 }),
        (models) => {
          const incremental = createIncrementalEvaluator();
          for (const model of models)
            expect(plain(incremental.update(model))).toEqual(plain(evaluate(model)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

// A right-to-left override (U+202E) in a name must not reverse the rest of a message that names
// it: in the findings panel, the inspector and the CLI's terminal output ("Trojan Source" style).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these must not reach a message
const UNSAFE_IN_MESSAGE = /[\u0000-\u001f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('finding messages quoting hostile names', () => {
  it('carry no bidi controls or raw control characters', () => {
    for (const f of evaluate(hostileModel()).findings) expect(f.message).not.toMatch(UNSAFE_IN_MESSAGE);
  });
});
