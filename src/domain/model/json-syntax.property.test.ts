import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON text with a few characters replaced, inserted or removed. */
const damagedJson = fc
  .tuple(
    fc.json({ maxDepth: 4 }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('replace', 'insert', 'delete'),
        fc.constantFrom(...',:{}[]"\\ \n0-.eE+tfnux\'/\t'.split('')),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [at, op, ch] of edits) {
      const i = out.length === 0 ? 0 : at % out.length;
      out =
        op === 'insert'
          ? out.slice(0, i) + ch + out.slice(i)
          : op === 'delete'
            ? out.slice(0, i) + out.slice(i + 1)
            : out.slice(0, i) + ch + out.slice(i + 1);
    }
    return out;
  });

describe('findJsonSyntaxError agrees with JSON.parse', { timeout: 60_000 }, () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 5 }), (text) => {
        expect(findJsonSyntaxError(text)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('finds an error, inside the text, exactly when JSON.parse fails', () => {
    fc.assert(
      fc.property(fc.oneof(damagedJson, fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
        const error = findJsonSyntaxError(text);
        expect(error === undefined, text).toBe(parses(text));
        if (error) {
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset).toBeLessThanOrEqual(text.length);
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the first bad character', () => {
    expect(findJsonSyntaxError('{"a": 1,\n "b": tru}')).toEqual({
      offset: 15,
      message: "expected a value, found 't'",
    });
    expect(findJsonSyntaxError('[1, 2,]')?.message).toBe("a comma cannot come right before ']'");
    expect(findJsonSyntaxError("{'a': 1}")?.message).toBe(
      "expected a property name in double quotes, found '''",
    );
    expect(findJsonSyntaxError('{"a": "x')).toEqual({
      offset: 6,
      message: 'a string is not closed (missing ")',
    });
  });
});
