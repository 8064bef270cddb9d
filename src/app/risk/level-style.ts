/** Colours of risk levels by rank (least severe first), shared by pills, matrix and heat map. */
const TONES = [
  'bg-emerald-100 dark:bg-emerald-500/20 text-emerald-900 dark:text-emerald-300 border-emerald-300 dark:border-emerald-900',
  'bg-yellow-100 dark:bg-yellow-500/20 text-yellow-900 dark:text-yellow-300 border-yellow-300 dark:border-yellow-900',
  'bg-orange-200 dark:bg-orange-500/20 text-orange-950 dark:text-orange-300 border-orange-400',
  'bg-red-200 dark:bg-red-500/20 text-red-950 dark:text-red-300 border-red-400',
  'bg-fuchsia-200 text-fuchsia-950 border-fuchsia-400',
];

/** Tailwind classes for a level at `rank` of `count` levels (spread over the five tones). */
export function levelTone(rank: number, count: number): string {
  if (rank < 0) return 'bg-slate-100 text-slate-600 border-slate-300';
  const at = count <= 1 ? 0 : Math.round((rank / (count - 1)) * (Math.min(count, TONES.length) - 1));
  return TONES[Math.min(at, TONES.length - 1)]!;
}

/** Fill colours for the heat map on the canvas (same order as TONES). */
export const HEAT_FILLS = ['#bbf7d0', '#fef08a', '#fdba74', '#fca5a5', '#f0abfc'];

export function heatFill(rank: number, count: number): string {
  const at = count <= 1 ? 0 : Math.round((rank / (count - 1)) * (Math.min(count, HEAT_FILLS.length) - 1));
  return HEAT_FILLS[Math.min(Math.max(at, 0), HEAT_FILLS.length - 1)]!;
}
