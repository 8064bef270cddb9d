/**
 * Fitting text into a box without cutting it short: a printed plan must carry every name in full.
 * Text wraps at spaces (and inside a word only when the word alone is wider than the box), and
 * shrinks step by step when wrapping is not enough. The widths are estimates (text.ts), so callers
 * leave a little slack.
 */
import { shorten, textWidth } from '../text';

/** Greedy word wrap to `width`; a word wider than the line is broken between characters. */
export function wrapText(content: string, width: number, size: number, bold = false): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    // A word longer than the line: break it where it overflows.
    let rest = word;
    while (rest && textWidth(rest, size, bold) > width) {
      let cut = '';
      for (const ch of rest) {
        if (cut && textWidth(cut + ch, size, bold) > width) break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export interface Fitted {
  lines: string[];
  size: number;
}

/**
 * The largest of `sizes` at which `content` wraps into at most `maxLines` lines of `width`; when
 * none does, the smallest size with as many lines as it takes (never an ellipsis).
 */
export function fitLines(
  content: string,
  width: number,
  sizes: readonly number[],
  maxLines: number,
  bold = false,
): Fitted & { fits: boolean } {
  for (const size of sizes) {
    const lines = wrapText(content, width, size, bold);
    if (lines.length <= maxLines) return { lines, size, fits: true };
  }
  const size = sizes[sizes.length - 1]!;
  return { lines: wrapText(content, width, size, bold), size, fits: false };
}

/** Widest line of a fitted text, in px. */
export function linesWidth(lines: readonly string[], size: number, bold = false): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
}

/**
 * Names beyond this many characters are not plant names but pasted text or hostile input; they are
 * shown up to here (with an ellipsis) so one of them cannot fill a page, and kept whole in the
 * element's <title>.
 */
export const MAX_SHOWN_CHARS = 160;

export const displayText = (content: string) => shorten(content, MAX_SHOWN_CHARS);
