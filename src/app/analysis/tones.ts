/**
 * Colours of the analysis views, shared by the side panel and the canvas overlay. Chosen to stay
 * distinct on a washed-out projector: saturated hues, never meaning carried by colour alone (every
 * mark also has a text badge).
 */

/** Fewer barriers = closer to the attacker = hotter. */
export function barrierColor(barriers: number): string {
  if (barriers <= 0) return '#dc2626'; // red-600
  if (barriers === 1) return '#ea580c'; // orange-600
  if (barriers === 2) return '#ca8a04'; // yellow-600
  return '#65a30d'; // lime-600
}

export const TONE_COLOR = {
  source: '#b91c1c', // red-700
  path: '#7c3aed', // violet-600
  target: '#1d4ed8', // blue-700
  isolated: '#b91c1c',
  dependent: '#d97706', // amber-600
  cut: '#dc2626',
} as const;

/** Heat-map cell background by gap: covered, short by one, short by two or more, no SL-T. */
export function gapClass(gap: number, known: boolean): string {
  if (!known) return 'bg-slate-100 text-slate-500';
  if (gap <= 0) return 'bg-emerald-100 dark:bg-emerald-500/20 text-emerald-900 dark:text-emerald-300';
  if (gap === 1) return 'bg-amber-200 dark:bg-amber-500/20 text-amber-950 dark:text-amber-300';
  return 'bg-red-300 text-red-950 dark:text-red-300';
}

/** A cell whose capability is unknown (some asset or conduit has no SL-C): grey and hatched. */
export const UNKNOWN_CLASS = 'hatch-unknown';
