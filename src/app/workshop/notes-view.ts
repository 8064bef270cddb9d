/** Where notes are drawn and how they are labelled; pure, shared by the canvas and the panel. */

import type { Model, Note } from '../../domain/model/schema';

// Sticky-note placement is shared with the exporters (SVG, PNG, draw.io draw notes where the canvas does).
export { type StickyPlacement, stickyPlacements } from '../../domain/layout/sticky-notes';

/**
 * A sticky note's paper (on the canvas, in the notes panel, the Notes button while open): yellow with
 * dark ink, a deeper yellow in the dark theme.
 */
export const STICKY =
  'bg-[#fef08a] text-[#422006] shadow-[0_10px_20px_rgb(15_23_42/0.16),0_2px_4px_rgb(15_23_42/0.12)] dark:bg-[#facc15] dark:text-[#1c1400]';

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
