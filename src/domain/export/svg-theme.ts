/** Colours of the exported SVG. Light for documents and print; dark for slides on dark backgrounds. */
import type { ZoneKind } from '../catalog/zone-kinds';
import type { Severity } from '../model/schema';

export type SvgThemeName = 'light' | 'dark';

export interface SvgTheme {
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
}

const KIND_COLOURS: Record<ZoneKind, string> = {
  enterprise: '#475569',
  external: '#6b7280',
  dmz: '#b45309',
  'remote-access': '#7c3aed',
  operations: '#0f766e',
  supervisory: '#1d4ed8',
  control: '#15803d',
  safety: '#be185d',
  field: '#854d0e',
};

export const THEMES: Record<SvgThemeName, SvgTheme> = {
  light: {
    background: '#ffffff',
    text: '#0f172a',
    muted: '#475569',
    card: '#ffffff',
    cardStroke: '#cbd5e1',
    conduit: '#334155',
    bodyTint: 0.05,
    headerTint: 0.15,
    kind: KIND_COLOURS,
    severity: { error: '#dc2626', warning: '#d97706', info: '#2563eb', ok: '#16a34a' },
    note: '#fef9c3',
    noteStroke: '#eab308',
  },
  dark: {
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
