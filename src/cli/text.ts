/** Terminal-safe text: what comes from a model file is shown as text, never as control codes. */

// C0 controls except tab/newline, DEL, C1 controls (incl. CSI U+009B), and bidi overrides that
// could make a line read differently from what it contains.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces control characters with a visible \u escape so a file cannot drive the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Same, and also shows newlines and tabs as escapes: for text that must stay on one line. */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
}

export type Style = 'bold' | 'red' | 'yellow' | 'blue' | 'dim' | 'green';

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  dim: [2, 22],
  green: [32, 39],
};

export function styler(color: boolean): (style: Style, text: string) => string {
  if (!color) return (_style, text) => text;
  return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}
