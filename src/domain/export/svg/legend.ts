/**
 * The legend: what each line style, colour, chip and marker in this drawing means — and only
 * those the drawing uses (conduit types and directions, hubs, security devices, SL shortfalls,
 * zone kinds, the Purdue level and SL chips, asset flag markers — safety, wireless, transient,
 * external network — colour markers, subsystems, finding colours). Items flow into rows as wide as the drawing.
 */
import { ZONE_KIND_INFO } from '../../catalog/zone-kinds';
import { subsystemBoxes } from '../../layout/subsystems';
import { assetTraits } from '../../model/derive';
import { deviceZoneIds } from '../../model/device-ends';
import { SEVERITIES, SEVERITY_LABEL } from '../findings';
import { mix } from '../svg-theme';
import { textWidth } from '../text';
import { FLAGS } from './asset';
import { arrowhead, CONDUIT_STROKE, CONDUIT_TYPE_LABEL, conduitBadge, deviceMark } from './conduits';
import { type Ctx, colourFor, slShort } from './context';
import { chip, chipWidth, drawIcon, tag, text } from './markup';

export interface Item {
  /** What the item says (for tests and the item's own text). */
  label: string;
  width: number;
  /** Markup with the item's left edge at x and its middle at y. */
  draw(x: number, y: number): string;
}

const SIZE = 11;
const ROW = 26;
const GAP = 20;
const TITLE_WIDTH = 62;

function labelled(
  symbolWidth: number,
  label: string,
  symbol: (x: number, y: number) => string,
  fill: string,
): Item {
  return {
    label,
    width: symbolWidth + 8 + textWidth(label, SIZE),
    draw: (x, y) => symbol(x, y) + text(label, x + symbolWidth + 8, y + 4, { size: SIZE, fill }),
  };
}

/** Every legend item the drawing needs, in reading order. */
export function legendItems(ctx: Ctx): Item[] {
  const { theme, model } = ctx;
  const muted = theme.muted;
  const items: Item[] = [];
  const line = (x: number, y: number, type: keyof typeof CONDUIT_STROKE) =>
    tag('line', {
      x1: x,
      y1: y,
      x2: x + 36,
      y2: y,
      stroke: theme.conduit,
      'stroke-width': CONDUIT_STROKE[type].width,
      'stroke-dasharray': CONDUIT_STROKE[type].dash,
    });
  const types = new Set(model.conduits.map((c) => c.type));
  for (const type of ['filtering', 'gateway', 'unidirectional'] as const) {
    if (!types.has(type)) continue;
    const label = `${CONDUIT_TYPE_LABEL[type]} conduit${type === 'unidirectional' ? ' (one-way)' : ''}`;
    items.push(
      labelled(
        36,
        label,
        (x, y) =>
          line(x, y, type) +
          (type === 'unidirectional' ? arrowhead({ x, y }, { x: x + 36, y }, theme.conduit) : ''),
        muted,
      ),
    );
  }
  const oneWay = model.conduits.some((c) => c.type !== 'unidirectional' && c.direction === 'forward');
  const twoWay = model.conduits.some((c) => c.type !== 'unidirectional' && c.direction !== 'forward');
  if (oneWay)
    items.push(
      labelled(
        36,
        'one direction',
        (x, y) => line(x, y, 'filtering') + arrowhead({ x, y }, { x: x + 36, y }, theme.conduit),
        muted,
      ),
    );
  if (twoWay)
    items.push(
      labelled(
        36,
        'both directions',
        (x, y) =>
          line(x, y, 'filtering') +
          arrowhead({ x, y }, { x: x + 36, y }, theme.conduit) +
          arrowhead({ x: x + 36, y }, { x, y }, theme.conduit),
        muted,
      ),
    );
  if (model.conduits.some((c) => c.zoneIds.length > 2))
    items.push(
      labelled(
        10,
        'hub of a conduit joining three or more zones',
        (x, y) => tag('circle', { cx: x + 5, cy: y, r: 4, fill: theme.conduit }),
        muted,
      ),
    );

  if (model.conduits.some((c) => deviceZoneIds(c).length > 0))
    items.push(
      labelled(
        16,
        'security device (firewall, diode, gateway) at the zone’s border',
        (x, y) => deviceMark({ x: x + 8, y }, theme.conduit, ctx),
        muted,
      ),
    );
  if (ctx.evaluation && model.conduits.some((c) => conduitBadge(ctx, c).short))
    items.push({
      label: 'SL-C in red: below the SL-T on some FR',
      width: textWidth('SL-C 1', SIZE, true) + 8 + textWidth('SL-C in red: below the SL-T on some FR', SIZE),
      draw: (x, y) =>
        text('SL-C 1', x, y + 4, { size: SIZE, fill: theme.severity.error, bold: true }) +
        text('SL-C in red: below the SL-T on some FR', x + textWidth('SL-C 1', SIZE, true) + 8, y + 4, {
          size: SIZE,
          fill: muted,
        }),
    });

  for (const kind of new Set(model.zones.map((z) => z.kind))) {
    items.push(
      labelled(
        14,
        `${ZONE_KIND_INFO[kind].label} zone`,
        (x, y) =>
          tag('rect', {
            x,
            y: y - 7,
            width: 14,
            height: 14,
            rx: 3,
            fill: mix(theme.background, theme.kind[kind], theme.headerTint),
            stroke: theme.kind[kind],
            'stroke-dasharray': kind === 'external' ? '3 2' : undefined,
          }),
        muted,
      ),
    );
  }

  if (model.zones.length) {
    const sample = model.zones[0]!;
    const colour = theme.kind[sample.kind];
    items.push(
      labelled(
        chipWidth('L3', 9.5),
        'Purdue level of the zone',
        (x, y) => chip('L3', x, y - 8, { fill: mix(theme.background, colour, 0.18), text: theme.text }, 9.5),
        muted,
      ),
      labelled(
        chipWidth('SL-T', 9.5),
        'target security level of a zone or conduit',
        (x, y) => chip('SL-T', x, y - 8, { fill: colour, text: '#ffffff' }, 9.5),
        muted,
      ),
    );
  }
  if (model.zones.some((z) => z.slTarget === undefined || z.slTarget === null))
    items.push(
      labelled(
        chipWidth('SL-T –', 9.5),
        'no target security level set',
        (x, y) =>
          chip('SL-T –', x, y - 8, { fill: theme.card, text: theme.muted, stroke: theme.cardStroke }, 9.5),
        muted,
      ),
    );
  if (
    model.assets.some((a) => a.slCapability !== undefined) ||
    model.conduits.some((c) => c.slCapability !== undefined)
  )
    items.push(
      labelled(
        chipWidth('SL-C', 9.5),
        'security level capability of an asset or conduit',
        (x, y) => chip('SL-C', x, y - 8, { fill: theme.chip, text: theme.muted }, 9.5),
        muted,
      ),
    );
  if (hasVector(ctx))
    items.push({
      label: '[a,b,c,d,e,f,g] = level per FR1–FR7',
      width: textWidth('[a,b,c,d,e,f,g] = level per FR1–FR7', SIZE),
      draw: (x, y) => text('[a,b,c,d,e,f,g] = level per FR1–FR7', x, y + 4, { size: SIZE, fill: muted }),
    });

  const traits = ctx.model.assets.map(assetTraits);
  for (const flag of FLAGS) {
    if (!traits.some((t) => t[flag.key])) continue;
    const c = theme.flag[flag.key];
    items.push(
      labelled(
        18,
        flag.key === 'externalNetwork' ? `asset ${flag.label}` : `${flag.label} asset`,
        (x, y) =>
          tag('circle', { cx: x + 9, cy: y, r: 8.5, fill: c.fill, stroke: c.stroke }) +
          drawIcon(flag.icon, x + 3.5, y - 5.5, 11, c.icon),
        muted,
      ),
    );
  }

  if (model.assets.some((a) => colourFor(ctx, a.id)))
    items.push(
      labelled(
        14,
        'colour marker given in the editor',
        (x, y) =>
          tag('rect', {
            x,
            y: y - 8,
            width: 14,
            height: 16,
            rx: 3,
            fill: theme.card,
            stroke: theme.cardStroke,
          }) + tag('rect', { x, y: y - 6, width: 4, height: 12, rx: 2, fill: theme.conduit }),
        muted,
      ),
    );
  if (subsystemBoxes(model, ctx.layout).length)
    items.push(
      labelled(
        22,
        'subsystem (a group of zones)',
        (x, y) =>
          tag('rect', {
            x,
            y: y - 7,
            width: 22,
            height: 14,
            rx: 4,
            fill: mix(theme.background, theme.muted, 0.05),
            stroke: mix(theme.background, theme.muted, 0.55),
            'stroke-dasharray': '4 3',
          }),
        muted,
      ),
    );

  if (ctx.evaluation) {
    for (const sev of [...SEVERITIES, 'ok'] as const)
      items.push(
        labelled(
          12,
          sev === 'ok' ? 'no findings' : SEVERITY_LABEL[sev],
          (x, y) => tag('circle', { cx: x + 6, cy: y, r: 6, fill: theme.severity[sev] }),
          muted,
        ),
      );
  }
  return items;
}

function hasVector(ctx: Ctx): boolean {
  const levels = [
    ...ctx.model.zones.map((z) => z.slTarget),
    ...ctx.model.assets.map((a) => a.slCapability),
    ...ctx.model.conduits.flatMap((c) => [c.slTarget, c.slCapability]),
  ];
  return levels.some((l) => slShort(l).startsWith('['));
}

/** Widest single item (plus the title): the drawing is at least this wide. */
export function legendMinWidth(items: readonly Item[]): number {
  return TITLE_WIDTH + 14 + Math.max(0, ...items.map((i) => i.width)) + 14;
}

export function legend(
  ctx: Ctx,
  items: readonly Item[],
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } {
  const { theme } = ctx;
  const parts: string[] = [text('Legend', x + 14, y + 22 + 4, { size: 11.5, fill: theme.text, bold: true })];
  const left = x + 14 + TITLE_WIDTH;
  const right = x + width - 14;
  let cx = left;
  let rowY = y + 22;
  for (const item of items) {
    if (cx > left && cx + item.width > right) {
      cx = left;
      rowY += ROW;
    }
    parts.push(item.draw(cx, rowY));
    cx += item.width + GAP;
  }
  const height = rowY - y + 22;
  return {
    svg: tag(
      'g',
      {},
      tag('rect', { x, y, width, height, rx: 8, fill: theme.card, stroke: theme.cardStroke }),
      ...parts,
    ),
    height,
  };
}
