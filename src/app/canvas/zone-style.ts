/** Canvas colour helpers; the zone kinds' colours are in domain/catalog/zone-colours.ts (shared with the exports). */

/** The colour with an alpha channel (hex #rrggbb + alpha 0..1). */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.max(0, Math.min(1, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${a}`;
}

export const STATUS_COLOR = {
  error: '#dc2626',
  warning: '#d97706',
  ok: '#4b7a6e',
} as const;
