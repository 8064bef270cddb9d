/** Colours of the exported SVG. Light for documents and print; dark for slides on dark backgrounds. */
import type { AssetClass } from '../catalog/asset-types';
import { ZONE_KIND_COLOR } from '../catalog/zone-colours';
import type { ZoneKind } from '../catalog/zone-kinds';
import type { Severity } from '../model/schema';

export type SvgThemeName = 'light' | 'dark';

export interface SvgTheme {
  /** Which variant of the preset diagram colours (catalog/palette.ts) to draw. */
  name: SvgThemeName;
  background: string;
  text: string;
  muted: string;
  /** Asset cards, label boxes, legend box. */
  card: string;
  cardStroke: string;
  conduit: string;
  /** How strongly a zone's kind colour tints its body and header (0–1). */
  bodyTint: number;
  headerTint: number;
  kind: Record<ZoneKind, string>;
  severity: Record<Severity | 'ok', string>;
  note: string;
  noteStroke: string;
  /** Small chips on cards (SL-C). */
  chip: string;
  /** Icon tile of an asset card, by asset class (as on the canvas). */
  assetClass: Record<AssetClass, { fill: string; icon: string }>;
  /** Flag markers on asset cards. */
  flag: Record<
    'safetyRelated' | 'wireless' | 'transient' | 'externalNetwork',
    { fill: string; stroke: string; icon: string }
  >;
}

export const THEMES: Record<SvgThemeName, SvgTheme> = {
  light: {
    name: 'light',
    background: '#ffffff',
    text: '#0f172a',
    muted: '#475569',
    card: '#ffffff',
    cardStroke: '#cbd5e1',
    conduit: '#334155',
    bodyTint: 0.045,
    headerTint: 0.1,
    kind: ZONE_KIND_COLOR, // the canvas's colours (catalog/zone-colours.ts): exports look like the editor
    severity: { error: '#dc2626', warning: '#d97706', info: '#2563eb', ok: '#16a34a' },
    note: '#fef9c3',
    noteStroke: '#eab308',
    chip: '#f1f5f9',
    assetClass: {
      iacs: { fill: '#ecfdf5', icon: '#047857' },
      infrastructure: { fill: '#f1f5f9', icon: '#475569' },
      business: { fill: '#eff6ff', icon: '#1d4ed8' },
    },
    flag: {
      safetyRelated: { fill: '#fdf2f8', stroke: '#fbcfe8', icon: '#be185d' },
      wireless: { fill: '#f5f3ff', stroke: '#ddd6fe', icon: '#6d28d9' },
      transient: { fill: '#fffbeb', stroke: '#fde68a', icon: '#b45309' },
      externalNetwork: { fill: '#f1f5f9', stroke: '#cbd5e1', icon: '#334155' },
    },
  },
  dark: {
    name: 'dark',
    background: '#0f172a',
    text: '#f1f5f9',
    muted: '#94a3b8',
    card: '#1e293b',
    cardStroke: '#475569',
    conduit: '#cbd5e1',
    bodyTint: 0.12,
    headerTint: 0.3,
    kind: {
      enterprise: '#94a3b8',
      external: '#9ca3af',
      dmz: '#f59e0b',
      'remote-access': '#a78bfa',
      operations: '#2dd4bf',
      supervisory: '#60a5fa',
      control: '#4ade80',
      safety: '#f472b6',
      field: '#d6a354',
    },
    severity: { error: '#f87171', warning: '#fbbf24', info: '#60a5fa', ok: '#4ade80' },
    note: '#422006',
    noteStroke: '#ca8a04',
    chip: '#334155',
    assetClass: {
      iacs: { fill: '#064e3b', icon: '#6ee7b7' },
      infrastructure: { fill: '#334155', icon: '#cbd5e1' },
      business: { fill: '#1e3a8a', icon: '#93c5fd' },
    },
    flag: {
      safetyRelated: { fill: '#500724', stroke: '#9d174d', icon: '#f9a8d4' },
      wireless: { fill: '#2e1065', stroke: '#5b21b6', icon: '#c4b5fd' },
      transient: { fill: '#451a03', stroke: '#92400e', icon: '#fcd34d' },
      externalNetwork: { fill: '#1e293b', stroke: '#475569', icon: '#cbd5e1' },
    },
  },
};

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `colour` mixed into `base` by `amount` (0 = base, 1 = colour), as #rrggbb. */
export function mix(base: string, colour: string, amount: number): string {
  const a = channels(base);
  const b = channels(colour);
  return `#${a
    .map((v, i) => Math.round(v + ((b[i] ?? 0) - v) * amount))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}
