import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileModel, modelArb } from '../../../test-support/fuzz/arbitraries';
import { formatIssue } from '../model/issues';
import { parseModel, parseModelText } from '../model/parse';
import type { Model } from '../model/schema';
import { serializeModel } from './model-json';

/** The same model with every object's keys in reverse order (as another tool might write it). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse())
    Object.defineProperty(out, key, {
      value: reverseKeys((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

function roundTrip(model: Model): void {
  const text = serializeModel(model);
  const back = parseModel(JSON.parse(text));
  if (!back.ok) throw new Error(back.issues.map(formatIssue).join('\n'));
  expect(back.model).toEqual(model);
  expect(serializeModel(back.model)).toBe(text);
  // Through the text loader too (the path files take), and independent of key order.
  const viaText = parseModelText(text);
  expect(viaText.ok).toBe(true);
  if (viaText.ok) expect(serializeModel(viaText.model)).toBe(text);
  expect(serializeModel(reverseKeys(model) as Model)).toBe(text);
}

describe('serializeModel round trip', { timeout: 60_000 }, () => {
  it('parse(serialize(m)) equals m and re-serialises byte-identically, for random models', () => {
    fc.assert(fc.property(modelArb(), roundTrip), { numRuns: 100 });
  });

  it('holds for hostile text everywhere, with 5,000-character names', () => {
    roundTrip(hostileModel());
  });

  it('writes text that is plain JSON with a trailing newline and no raw control characters', () => {
    fc.assert(
      fc.property(modelArb({ text: 'hostile' }), (model) => {
        const text = serializeModel(model);
        expect(text.endsWith('}\n')).toBe(true);
        // Control characters (NUL, ESC, CR…) are escaped by JSON; a diff tool never sees them raw.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what is being checked
        expect(/[\u0000-\u0009\u000B-\u001F]/.test(text)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
