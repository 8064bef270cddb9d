/**
 * Where is a JSON text broken, and how? JSON.parse says so in an engine-specific sentence, often
 * without a position (V8: `Unexpected token 'x', "…" is not valid JSON`), so after it fails we scan
 * the text ourselves: a small iterative JSON grammar check that stops at the first error.
 * Runs only on text JSON.parse already rejected; O(n), no recursion.
 */

export interface JsonSyntaxError {
  /** Offset (UTF-16 code units) of the character where the text stops being JSON. */
  offset: number;
  message: string;
}

type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'comma-or-close' | 'end';

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** A character as a reader would name it in a message. */
function nameChar(text: string, i: number): string {
  if (i >= text.length) return 'the end of the text';
  const c = text.charCodeAt(i);
  if (c < 0x20 || c === 0x7f) return `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(text.codePointAt(i) ?? c)}'`;
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: number[] = []; // 0x7b '{' or 0x5b '['
  let i = 0;
  let expect: Expect = 'value';
  let afterComma = false;
  const fail = (message: string, at = i): JsonSyntaxError => ({ offset: at, message });
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');

  /** Scan a string starting at the quote; returns an error or advances i past the closing quote. */
  const scanString = (): JsonSyntaxError | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++)
            if (!isHex(text.charCodeAt(i + k))) return fail('a \\u escape needs four hex digits', i);
          i += 6;
        } else if ('"\\/bfnrt'.includes(text[i + 1] ?? '')) i += 2;
        else return fail(`unknown escape \\${text[i + 1] ?? ''} in a string`, i);
        continue;
      }
      if (c < 0x20) return fail(`${nameChar(text, i)} inside a string (write it as an escape)`);
      i++;
    }
    return fail('a string is not closed (missing ")', start);
  };

  const scanNumber = (): JsonSyntaxError | undefined => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return fail(`expected a digit, found ${nameChar(text, i)}`);
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return fail(`expected a digit after '.', found ${nameChar(text, i)}`);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i)))
        return fail(`expected a digit in the exponent, found ${nameChar(text, i)}`);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return undefined;
  };

  for (;;) {
    while (i < n && isWs(text.charCodeAt(i))) i++;
    if (i >= n) {
      if (expect === 'end') return undefined;
      return fail(
        stack.length > 0
          ? `the text ends before every ${stack.at(-1) === 0x7b ? "'{' is closed by '}'" : "'[' is closed by ']'"}`
          : 'the text is empty',
      );
    }
    const c = text.charCodeAt(i);
    switch (expect) {
      case 'end':
        return fail(`unexpected ${nameChar(text, i)} after the end of the JSON value`);
      case 'colon':
        if (c !== 0x3a) return fail(`expected ':' after a property name, found ${nameChar(text, i)}`);
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const open = stack.at(-1);
        const close = open === 0x7b ? 0x7d : 0x5d;
        if (c === 0x2c) {
          i++;
          afterComma = true;
          expect = open === 0x7b ? 'key' : 'value';
        } else if (c === close) {
          i++;
          stack.pop();
          expect = afterValue();
        } else
          return fail(
            `expected ',' or '${open === 0x7b ? '}' : ']'}' after ${open === 0x7b ? 'a property value' : 'an array element'}, found ${nameChar(text, i)}`,
          );
        break;
      }
      case 'first-key':
      case 'key':
        if (c === 0x7d && (expect === 'first-key' || afterComma)) {
          if (afterComma) return fail("a comma cannot come right before '}'");
          i++;
          stack.pop();
          expect = afterValue();
          break;
        }
        if (c !== 0x22) return fail(`expected a property name in double quotes, found ${nameChar(text, i)}`);
        {
          const err = scanString();
          if (err) return err;
        }
        afterComma = false;
        expect = 'colon';
        break;
      case 'first-value':
      case 'value': {
        if (c === 0x5d && (expect === 'first-value' || afterComma)) {
          if (afterComma) return fail("a comma cannot come right before ']'");
          i++;
          stack.pop();
          expect = afterValue();
          break;
        }
        afterComma = false;
        if (c === 0x7b || c === 0x5b) {
          stack.push(c);
          i++;
          expect = c === 0x7b ? 'first-key' : 'first-value';
          break;
        }
        let err: JsonSyntaxError | undefined;
        if (c === 0x22) err = scanString();
        else if (c === 0x2d || isDigit(c)) err = scanNumber();
        else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (word) i += word.length;
          else
            err = fail(
              c === 0x27
                ? 'strings and names must use double quotes ("), not single quotes (\')'
                : `expected a value, found ${nameChar(text, i)}`,
            );
        }
        if (err) return err;
        expect = afterValue();
        break;
      }
    }
  }
}
