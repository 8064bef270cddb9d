/**
 * Escaping user text for Markdown (CommonMark + GFM), the one escaper for every Markdown output
 * (the security-plan report, the containment playbook). Names and descriptions come from model
 * files that may have been emailed in from anywhere: they must render as the literal text, never
 * as markup, HTML or links. Text is cleaned first (clean-text.ts: control characters and bidi
 * overrides neutralised, line breaks folded), then escaped.
 */
import { cleanText } from './clean-text';

/** Inline user text: shown literally by any CommonMark/GFM renderer, safe inside a table cell. */
export function mdText(input: string): string {
  return (
    cleanText(input)
      .trim()
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Emphasis, code, links, images, tables, strikethrough: anywhere in the text.
      .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
      // Headings, lists, block quotes and setext underlines: only at the start of a line.
      .replace(/^[#+\-=]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** Multi-line user text as a paragraph: each line escaped, line breaks kept as hard breaks. */
export function mdParagraph(input: string): string {
  return cleanText(input, { multiline: true })
    .split('\n')
    .map((line) => mdText(line))
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('  \n');
}

/** A table cell: inline text, never empty (an empty cell reads as a mistake in a playbook). */
export function mdCell(text: string, empty = '–'): string {
  const escaped = mdText(text);
  return escaped === '' ? empty : escaped;
}

const row = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;

/** A GFM table of already escaped cells; `align` gives each column's rule (e.g. ':-:'). */
export function mdTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly string[],
): string {
  const rule = header.map((_, i) => align?.[i] ?? '---');
  return [row(header), row(rule), ...rows.map(row)].join('\n');
}
