/** Building SVG markup: elements with escaped attributes, user text as <text>, icons, chips, badges. */
import { ICON_STROKE_WIDTH, icon } from '../../catalog/icons';
import type { Severity } from '../../model/schema';
import type { SvgTheme } from '../svg-theme';
import { cleanText, escapeXml, num, textWidth } from '../text';

export const FONT_STACK = "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif";

type Attrs = Record<string, string | number | undefined>;

/** One element; attribute values are escaped here, children are markup already. */
export function tag(name: string, attrs: Attrs, ...children: string[]): string {
  let out = `<${name}`;
  for (const key in attrs) {
    const value = attrs[key];
    if (value === undefined) continue;
    // Numbers need no escaping.
    out += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return children.length ? `${out}>${children.join('')}</${name}>` : `${out}/>`;
}

export interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
  /** A font weight other than bold (600 for asset names). */
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
}

/** A <text> element holding user text, cleaned and escaped. Never cut: callers fit it first. */
export function text(content: string, x: number, y: number, style: TextStyle): string {
  return tag(
    'text',
    {
      x,
      y,
      'font-size': style.size,
      'font-weight': style.bold ? 'bold' : style.weight,
      fill: style.fill,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    },
    escapeXml(cleanText(content)),
  );
}

/** Lines of text, one <text> each, `lineHeight` apart from the first baseline `y`. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  style: TextStyle,
) {
  return lines.map((line, i) => text(line, x, y + i * lineHeight, style)).join('');
}

export function titleEl(content: string): string {
  return tag('title', {}, escapeXml(cleanText(content)));
}

export function drawIcon(iconId: string, x: number, y: number, size: number, colour: string): string {
  const scale = size / 24;
  return tag(
    'g',
    {
      transform: `translate(${num(x)} ${num(y)}) scale(${Math.round(scale * 1000) / 1000})`,
      fill: 'none',
      stroke: colour,
      'stroke-width': ICON_STROKE_WIDTH,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    },
    ...icon(iconId).paths.map((d) => tag('path', { d })),
  );
}

/** Width of a chip holding `label` at `size` px. */
export function chipWidth(label: string, size = 10.5): number {
  return textWidth(label, size, true) + size + 1.5;
}

/** A small rounded chip with centred bold text, its left edge at `x`. */
export function chip(
  label: string,
  x: number,
  y: number,
  colours: { fill: string; text: string; stroke?: string },
  size = 10.5,
): string {
  const width = chipWidth(label, size);
  const height = Math.round(size * 1.7);
  return (
    tag('rect', { x, y, width, height, rx: 4, fill: colours.fill, stroke: colours.stroke }) +
    text(label, x + width / 2, y + height / 2 + size * 0.36, {
      size,
      fill: colours.text,
      bold: true,
      anchor: 'middle',
    })
  );
}

/** A finding-count badge centred on (x, y). */
export function badge(count: number, severity: Severity, x: number, y: number, theme: SvgTheme): string {
  const label = count > 99 ? '99+' : String(count);
  const r = 9;
  const width = Math.max(r * 2, textWidth(label, 10, true) + 8);
  return tag(
    'g',
    {},
    tag('rect', { x: x - width / 2, y: y - r, width, height: r * 2, rx: r, fill: theme.severity[severity] }),
    text(label, x, y + 3.5, { size: 10, fill: '#ffffff', bold: true, anchor: 'middle' }),
  );
}
