/**
 * Where sticky notes (notes without a target) are drawn: at their stored position, or, without
 * one, in a column right of the diagram. Shared by the canvas's notes layer and the exporters.
 */
import { ownValue } from '../edit/own';
import type { Model, Note } from '../model/schema';
import { type Box, SIZE, type ViewLayout } from './geometry';

export interface StickyPlacement {
  note: Note;
  box: Box;
}

/** Space between the diagram and the column of unplaced notes, and between those notes. */
const COLUMN_GAP = 48;
const NOTE_GAP = 24;

/** Sticky notes with their boxes, in model order. */
export function stickyPlacements(model: Model, layout: ViewLayout): StickyPlacement[] {
  const { bounds } = layout;
  let loose = 0;
  const result: StickyPlacement[] = [];
  for (const note of model.notes ?? []) {
    if (note.targetId !== undefined) continue;
    // Own entries only: a note with id "constructor" has no position on Object.prototype.
    const p = ownValue(model.diagram?.positions, note.id);
    if (p) {
      result.push({
        note,
        box: { x: p.x, y: p.y, width: p.width ?? SIZE.noteWidth, height: p.height ?? SIZE.noteHeight },
      });
      continue;
    }
    result.push({
      note,
      box: {
        x: bounds.x + bounds.width + COLUMN_GAP,
        y: bounds.y + loose * (SIZE.noteHeight + NOTE_GAP),
        width: SIZE.noteWidth,
        height: SIZE.noteHeight,
      },
    });
    loose++;
  }
  return result;
}
