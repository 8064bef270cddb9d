/** One colour per zone kind: subtle tints for zone boxes, the same hue for their icon and minimap. */
import type { ZoneKind } from '../../domain/catalog/zone-kinds';

export const ZONE_KIND_COLOR: Readonly<Record<ZoneKind, string>> = {
  enterprise: '#2563eb',
  external: '#64748b',
  dmz: '#d97706',
  'remote-access': '#9333ea',
  operations: '#0891b2',
  supervisory: '#0d9488',
  control: '#16a34a',
  safety: '#be185d',
  field: '#a16207',
};

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
