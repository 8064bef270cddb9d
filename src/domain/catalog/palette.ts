/**
 * Preset diagram colours (model.diagram.colors): one name per element, drawn with a hue chosen per
 * theme so zones, conduits and asset cards stay legible on light paper and on a dark background.
 * Colours are drawing only; no rule reads them.
 */

import { ownValue } from '../edit/own';
import type { Model, PaletteColour } from '../model/schema';
import { PALETTE_COLOURS } from '../model/schema';

export { PALETTE_COLOURS };

export interface PaletteEntry {
  label: string;
  /** Stroke / accent on light backgrounds. */
  light: string;
  /** Stroke / accent on dark backgrounds (brighter, same hue). */
  dark: string;
}

export const PALETTE: Readonly<Record<PaletteColour, PaletteEntry>> = {
  slate: { label: 'Grey', light: '#475569', dark: '#94a3b8' },
  red: { label: 'Red', light: '#dc2626', dark: '#f87171' },
  orange: { label: 'Orange', light: '#ea580c', dark: '#fb923c' },
  amber: { label: 'Amber', light: '#b45309', dark: '#fbbf24' },
  green: { label: 'Green', light: '#16a34a', dark: '#4ade80' },
  teal: { label: 'Teal', light: '#0d9488', dark: '#2dd4bf' },
  blue: { label: 'Blue', light: '#2563eb', dark: '#60a5fa' },
  violet: { label: 'Violet', light: '#7c3aed', dark: '#a78bfa' },
  pink: { label: 'Pink', light: '#db2777', dark: '#f472b6' },
};

/** The element's preset colour, if one is set. */
export function colourOf(model: Model, id: string): PaletteColour | undefined {
  return ownValue(model.diagram?.colors, id);
}

/** The element's colour as hex for a theme, or undefined (use the default). */
export function colourHex(model: Model, id: string, theme: 'light' | 'dark' = 'light'): string | undefined {
  const name = colourOf(model, id);
  return name ? PALETTE[name][theme] : undefined;
}
