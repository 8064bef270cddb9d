/**
 * Line icons for asset types and zone kinds: one look (24×24 view box, stroke only, round caps
 * and joins, no fills), drawn for this project. Pure data so the canvas (React) and the vector
 * SVG exporter draw the very same shapes:
 *
 *   <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width={ICON_STROKE_WIDTH}
 *        stroke-linecap="round" stroke-linejoin="round">{paths.map(d => <path d={d} />)}</svg>
 */
import type { ZoneKind } from './zone-kinds';

export interface IconData {
  /** SVG path data in a 24×24 view box, each drawn as a stroked path without fill. */
  readonly paths: readonly string[];
}

export const ICON_VIEW_BOX = '0 0 24 24';
export const ICON_STROKE_WIDTH = 1.75;

/** A full circle as path data (so every icon is paths only). */
function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/** A dot (a zero-length line with round caps renders as a dot). */
function dot(x: number, y: number): string {
  return `M${x} ${y}h.01`;
}

/** A rectangle with rounded corners as path data. */
function rect(x: number, y: number, w: number, h: number, r = 1.5): string {
  return (
    `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}` +
    `h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}z`
  );
}

const icons = {
  /** PLC / RTU / controller: a rack with modules and status lights. */
  controller: { paths: [rect(3, 5, 18, 14), 'M8 5v14', 'M12.5 5v14', 'M16 9h2', 'M16 12h2', dot(17, 15.5)] },
  /** Safety function. */
  shield: { paths: ['M12 3l7 3v5c0 4.5-3 8.4-7 10-4-1.6-7-5.5-7-10V6z', 'M9 12l2 2 4-4'] },
  /** Operator panel (HMI): screen with a trend and buttons. */
  display: {
    paths: [
      rect(3, 3, 18, 18),
      'M6 6h12v8H6z',
      'M8 12l2.5-2.5 2 1.5 3-3',
      dot(8, 17.5),
      dot(12, 17.5),
      dot(16, 17.5),
    ],
  },
  /** Two rack units. */
  server: { paths: [rect(4, 3, 16, 8), rect(4, 13, 16, 8), dot(8, 7), dot(8, 17), 'M12 7h4', 'M12 17h4'] },
  /** Desktop computer: monitor on a stand. */
  workstation: { paths: [rect(3, 4, 18, 12), 'M12 16v4', 'M8 20h8'] },
  /** Cylinder. */
  database: {
    paths: [
      'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z',
      'M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6',
      'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
    ],
  },
  /** Electric motor / drive: body, cooling fins, shaft, feet. */
  motor: { paths: [rect(3, 7, 13, 10), 'M7 7v10', 'M10.5 7v10', 'M16 12h5', 'M5 17v2', 'M14 17v2'] },
  /** Robot arm on a base with a gripper. */
  robot: {
    paths: [
      'M5 19h8v2H5z',
      'M9 19L7.4 12.4',
      'M8.3 10.3l5.4-2.6',
      circle(7, 11, 1.5),
      circle(15, 7, 1.5),
      'M16.3 6.2L19 4',
      'M16.3 7.8L19 10',
    ],
  },
  /** I/O module with terminals on both sides. */
  io: {
    paths: [rect(7, 3, 10, 18), 'M3 7h4', 'M3 12h4', 'M3 17h4', 'M17 7h4', 'M17 12h4', 'M17 17h4', 'M10 8h4'],
  },
  /** Field instrument: a gauge. */
  sensor: { paths: [circle(12, 12, 9), 'M12 12l3.5-3.5', 'M12 6v1', 'M6 12h1', 'M17 12h1', dot(12, 12)] },
  /** Radio waves. */
  wireless: {
    paths: [
      'M2.5 9a14 14 0 0 1 19 0',
      'M5.5 12.5a9.5 9.5 0 0 1 13 0',
      'M8.5 16a5 5 0 0 1 7 0',
      dot(12, 19.5),
    ],
  },
  /** Brick wall. */
  firewall: {
    paths: [
      rect(3, 5, 18, 14),
      'M3 9.7h18',
      'M3 14.3h18',
      'M9 5v4.7',
      'M15 5v4.7',
      'M6 9.7v4.6',
      'M12 9.7v4.6',
      'M18 9.7v4.6',
      'M9 14.3V19',
      'M15 14.3V19',
    ],
  },
  /** Router symbol: a disc with crossing arrows. */
  router: {
    paths: [circle(12, 12, 9), 'M7.5 9.5h8', 'M13.5 7.5l2 2-2 2', 'M16.5 14.5h-8', 'M10.5 12.5l-2 2 2 2'],
  },
  /** Switch symbol: a box with opposed arrows. */
  switch: { paths: [rect(3, 6, 18, 12), 'M7 10h9', 'M14 8l2 2-2 2', 'M17 14H8', 'M10 12l-2 2 2 2'] },
  /** Diode symbol: current one way only. */
  diode: { paths: ['M3 12h6', 'M16 12h5', 'M9 7v10l7-5z', 'M16 7v10'] },
  /** Jump host: an arrow entering through a door. */
  jump: { paths: ['M13 4h5a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-5', 'M3 12h12', 'M11.5 8.5L15 12l-3.5 3.5'] },
  lock: { paths: [rect(5, 11, 14, 10), 'M8 11V7a4 4 0 0 1 8 0v4', 'M12 15v2'] },
  eye: { paths: ['M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z', circle(12, 12, 3)] },
  key: { paths: [circle(7.5, 15.5, 4), 'M10.4 12.6L20 3', 'M15.5 7.5l2.5 2.5', 'M18 5l2.5 2.5'] },
  download: { paths: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2'] },
  /** Cellular mast with waves. */
  antenna: {
    paths: [
      'M12 11v10',
      'M9 21h6',
      'M9.2 6.2a4 4 0 0 0 0 5.6',
      'M14.8 6.2a4 4 0 0 1 0 5.6',
      'M6.3 3.3a8 8 0 0 0 0 11.4',
      'M17.7 3.3a8 8 0 0 1 0 11.4',
      dot(12, 9),
    ],
  },
  laptop: { paths: [rect(4, 4, 16, 11, 1), 'M2 19l2-4h16l2 4z'] },
  /** USB trident. */
  usb: {
    paths: [
      'M12 3v14',
      'M10 6l2-3 2 3z',
      circle(12, 19, 2),
      'M12 14l-4-3V9',
      'M7 7h2v2H7z',
      'M12 12l4-3V7.5',
      circle(16, 6.5, 1),
    ],
  },
  /** Office building. */
  building: {
    paths: [
      'M4 21V5a1 1 0 0 1 1-1h9a1 1 0 0 1 1 1v16',
      'M15 10h4a1 1 0 0 1 1 1v10',
      'M3 21h18',
      'M8 8h3',
      'M8 12h3',
      'M8 16h3',
    ],
  },
  mail: { paths: [rect(3, 5, 18, 14), 'M3.5 7l8.5 6 8.5-6'] },
  cloud: { paths: ['M7 18a4.5 4.5 0 0 1-.5-9A6 6 0 0 1 18 9.5a4.25 4.25 0 0 1 0 8.5z'] },
  /** Unclassified asset: a box. */
  generic: { paths: ['M12 3l8 4.5v9L12 21l-8-4.5v-9z', 'M12 12l8-4.5', 'M12 12v9', 'M12 12L4 7.5'] },

  // Zone kinds that have no asset-type icon of their own.
  /** External networks. */
  globe: {
    paths: [
      circle(12, 12, 9),
      'M3 12h18',
      'M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
    ],
  },
  /** Industrial DMZ: a layer between two others. */
  layers: { paths: ['M12 3l9 4.5-9 4.5-9-4.5z', 'M3 12l9 4.5 9-4.5', 'M3 16.5l9 4.5 9-4.5'] },
  /** Site operations: a factory. */
  factory: { paths: ['M3 21V10l5 3v-3l5 3v-3l5 3V4h3v17z', 'M3 21h18', 'M7 17h2', 'M12 17h2'] },
} satisfies Record<string, IconData>;

export type IconId = keyof typeof icons;

export const ICONS: Readonly<Record<IconId, IconData>> = icons;

export const ICON_IDS = Object.keys(icons) as IconId[];

/** The icon for an id; unknown ids get the generic box, so a newer catalog never breaks drawing. */
export function icon(id: string): IconData {
  // Own entries only: an id like "constructor" must not find Object.prototype's function.
  return Object.hasOwn(icons, id) ? (icons as Record<string, IconData>)[id]! : icons.generic;
}

export const ZONE_KIND_ICON: Readonly<Record<ZoneKind, IconId>> = {
  enterprise: 'building',
  external: 'globe',
  dmz: 'layers',
  'remote-access': 'jump',
  operations: 'factory',
  supervisory: 'display',
  control: 'controller',
  safety: 'shield',
  field: 'sensor',
};
