/** Where notes are drawn and how they are labelled; pure, shared by the canvas and the panel. */

import type { Model, Note } from '../../domain/model/schema';
import type { Box, ViewLayout } from '../canvas/geometry';
import { STICKY_SIZE } from './note-edits';

export interface StickyPlacement {
  note: Note;
  box: Box;
}

/** Sticky notes with their boxes; notes without a stored position line up right of the diagram. */
export function stickyPlacements(model: Model, layout: ViewLayout): StickyPlacement[] {
  const positions = model.diagram?.positions ?? {};
  const { bounds } = layout;
  let loose = 0;
  return (model.notes ?? [])
    .filter((n) => n.targetId === undefined)
    .map((note) => {
      const p = positions[note.id];
      if (p)
        return {
          note,
          box: {
            x: p.x,
            y: p.y,
            width: p.width ?? STICKY_SIZE.width,
            height: p.height ?? STICKY_SIZE.height,
          },
        };
      const box = {
        x: bounds.x + bounds.width + 48,
        y: bounds.y + loose * (STICKY_SIZE.height + 24),
        ...STICKY_SIZE,
      };
      loose++;
      return { note, box };
    });
}

/** Comments grouped by the element they are on, in model order. */
export function commentsByTarget(model: Model): Map<string, Note[]> {
  const result = new Map<string, Note[]>();
  for (const n of model.notes ?? []) {
    if (n.targetId === undefined) continue;
    const list = result.get(n.targetId);
    if (list) list.push(n);
    else result.set(n.targetId, [n]);
  }
  return result;
}

/** "14 Mar 2025, 09:30" in the user's locale; the raw text when it is not a date. */
export function formatWhen(createdAt: string | undefined): string {
  if (!createdAt) return '';
  const t = Date.parse(createdAt);
  if (Number.isNaN(t)) return createdAt;
  return new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const AUTHOR_KEY = 'otz-author';

export function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberAuthor(name: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, name.trim());
  } catch {
    // private mode: the name is simply not remembered
  }
}
