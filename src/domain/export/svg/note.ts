/** A sticky note: its text wrapped to the note's box (the whole text in its <title>). */
import type { StickyPlacement } from '../../layout/sticky-notes';
import { cleanText, fitText, textWidth } from '../text';
import type { Ctx } from './context';
import { tag, text, titleEl } from './markup';

export function drawNote(ctx: Ctx, nb: StickyPlacement): string {
  const { theme } = ctx;
  const { x, y, width, height } = nb.box;
  const lines = wrapNote(
    cleanText(nb.note.text),
    width - 20,
    11.5,
    Math.max(1, Math.floor((height - 16) / 15)),
  );
  return tag(
    'g',
    {},
    titleEl(nb.note.text),
    tag('rect', { x, y, width, height, rx: 4, fill: theme.note, stroke: theme.noteStroke }),
    ...lines.map((line, i) => text(line, x + 10, y + 20 + i * 15, { size: 11.5, fill: theme.text })),
  );
}

/**
 * Greedy word wrap into at most `maxLines` lines; the last line is cut with an ellipsis. Notes keep
 * the size the user gave them, so a long note shows its start (the tooltip has all of it).
 */
function wrapNote(content: string, width: number, size: number, maxLines: number): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(candidate, size) <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines - 1) {
      line = words.slice(i).join(' ');
      break;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, maxLines).map((l) => fitText(l, width, size));
}
