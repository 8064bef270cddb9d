/**
 * Making text from other people's files inert before it is shown anywhere: in finding messages,
 * in a terminal, or in an exported file.
 * - control characters cannot break an output format (XML forbids most of them outright);
 * - bidi overrides and isolates cannot reorder what a reader sees ("Trojan Source" style tricks);
 * - escaping for a target format (XML, CSV, Markdown) is the caller's job, after cleaning.
 */

/** U+FFFD: shown where a character was neutralised, so the reader can see something was there. */
export const REPLACEMENT = '\uFFFD';

// Bidi embedding/override/isolate controls and marks. Visible reordering is the risk, so they go.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 (except tab/LF/CR, handled separately), DEL, C1, and the XML non-characters U+FFFE/U+FFFF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A surrogate half without its partner is not valid UTF-16, and not valid in XML either.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;

export interface CleanOptions {
  /** Keep line breaks (as LF) for multi-line fields; otherwise they become spaces. */
  multiline?: boolean;
}

/** The text with every control, bidi and invalid character replaced; tabs become spaces. */
export function cleanText(input: string, options: CleanOptions = {}): string {
  return input
    .replace(LINE_BREAKS, options.multiline ? '\n' : ' ')
    .replace(/\t/g, ' ')
    .replace(BIDI, REPLACEMENT)
    .replace(CONTROL, REPLACEMENT)
    .replace(LONE_SURROGATE, REPLACEMENT);
}
