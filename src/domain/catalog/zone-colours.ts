/**
 * One colour per zone kind, read by the canvas (zone boxes, icons, minimap, palette) and by the
 * exports' light theme (svg-theme.ts), so a printed plan looks like the editor. The exports' dark
 * theme keeps its own brighter hues for a dark page.
 */
import type { ZoneKind } from './zone-kinds';

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
