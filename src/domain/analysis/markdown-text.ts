/**
 * Escaping user text for Markdown. Names and descriptions come from model files that may have been
 * emailed in from anywhere: they must render as the literal text, never as markup, HTML or links.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f]+/g;
/** Bidirectional overrides and isolates, which can make text read differently from what it is. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const HTML = /[&<>]/g;
/** Characters that start emphasis, code, links, tables or strikethrough anywhere in a line. */
const MARKDOWN = /[\\`*_[\]|~]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of inline text: markup characters escaped, HTML neutralised, line breaks folded. */
export function mdText(text: string): string {
  return text
    .replace(LINE_BREAKS_AND_CONTROLS, ' ')
    .replace(BIDI, '')
    .replace(HTML, (ch) => ENTITY[ch] ?? ch)
    .replace(MARKDOWN, (ch) => `\\${ch}`)
    .trim();
}

/** A table cell: inline text, never empty (an empty cell reads as a mistake in a playbook). */
export function mdCell(text: string, empty = '–'): string {
  const escaped = mdText(text);
  return escaped === '' ? empty : escaped;
}

export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
