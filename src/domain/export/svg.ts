/**
 * True-vector SVG of a model, generated from the model and its diagram layout (never a snapshot
 * of the DOM): zones, assets, conduits, a title block and a legend. Built for documents:
 * - text stays text (<text>), escaped, with control and bidi characters neutralised; names that do
 *   not fit are cut with an ellipsis and kept whole in a <title> (tooltip, screen readers, search);
 * - no foreignObject, no CSS, no external references, no ids, no markers: plain shapes with
 *   presentation attributes, which Chromium, Inkscape and office tools all draw the same way
 *   (arrowheads are polygons because office tools draw SVG markers poorly or not at all);
 * - the same model always gives the same bytes.
 */
import { assetType } from '../catalog/asset-types';
import { ICON_STROKE_WIDTH, icon, ZONE_KIND_ICON } from '../catalog/icons';
import { ZONE_KIND_INFO } from '../catalog/zone-kinds';
import { BoxGrid } from '../layout/box-grid';
import { type DiagramLayout, layoutDiagram } from '../layout/diagram';
import { type AssetGeometry, type Box, SIZE, union, type ZoneGeometry } from '../layout/geometry';
import type { StickyPlacement } from '../layout/sticky-notes';
import { assetTraits, buildIndex, conduitEffectiveTarget, type ModelIndex } from '../model/derive';
import type { Conduit, Model, Severity } from '../model/schema';
import { isUniform, type SecurityLevel, shortfalls, toVector } from '../security-level';
import { type EvaluationView, SEVERITIES, SEVERITY_LABEL, summariseCounts, worstSeverity } from './findings';
import { mix, type SvgTheme, type SvgThemeName, THEMES } from './svg-theme';
import { cleanText, escapeXml, fitText, num, textWidth } from './text';

export interface SvgOptions {
  /** Findings to mark on the drawing (used when `findings` is not false). */
  evaluation?: EvaluationView;
  /** Colour conduits by finding status and badge elements with finding counts. Default: on when an evaluation is given. */
  findings?: boolean;
  theme?: SvgThemeName;
  /** Start with an XML declaration (for a standalone .svg file). Default true; off when inlining into HTML. */
  xmlDeclaration?: boolean;
}

export const FONT_STACK = "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif";

const MARGIN = 32;
const TITLE_HEIGHT = 96;
const LEGEND_GAP = 28;

type Attrs = Record<string, string | number | undefined>;

/** One element; attribute values are escaped here, children are markup already. */
function tag(name: string, attrs: Attrs, ...children: string[]): string {
  let out = `<${name}`;
  for (const key in attrs) {
    const value = attrs[key];
    if (value === undefined) continue;
    // Numbers need no escaping.
    out += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return children.length ? `${out}>${children.join('')}</${name}>` : `${out}/>`;
}

/** A <text> element holding user text: cleaned, cut to `maxWidth` when given, escaped. */
function text(
  content: string,
  x: number,
  y: number,
  opts: {
    size: number;
    fill: string;
    bold?: boolean;
    anchor?: 'start' | 'middle' | 'end';
    maxWidth?: number;
  },
): string {
  const clean = cleanText(content);
  const shown = opts.maxWidth === undefined ? clean : fitText(clean, opts.maxWidth, opts.size, opts.bold);
  return tag(
    'text',
    {
      x,
      y,
      'font-size': opts.size,
      'font-weight': opts.bold ? 'bold' : undefined,
      fill: opts.fill,
      'text-anchor': opts.anchor && opts.anchor !== 'start' ? opts.anchor : undefined,
    },
    escapeXml(shown),
  );
}

function titleEl(content: string): string {
  return tag('title', {}, escapeXml(cleanText(content)));
}

/** "2" for a uniform level, "[2,2,3,1,2,1,1]" for a vector, "–" when not set. */
export function slShort(sl: SecurityLevel | null | undefined): string {
  if (sl === null || sl === undefined) return '–';
  return isUniform(sl) ? String(toVector(sl)[0]) : `[${toVector(sl).join(',')}]`;
}

const CONDUIT_TYPE_LABEL: Record<Conduit['type'], string> = {
  filtering: 'Filtering',
  gateway: 'Gateway',
  unidirectional: 'Unidirectional',
};

/** Dash pattern and width per conduit type, so the type reads without colour. */
const CONDUIT_STROKE: Record<Conduit['type'], { dash?: string; width: number }> = {
  filtering: { width: 2 },
  gateway: { dash: '7 4', width: 2 },
  unidirectional: { width: 3 },
};

interface Point {
  x: number;
  y: number;
}

const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where the ray from the box's centre towards `toward` leaves the box. */
function borderPoint(b: Box, toward: Point): Point {
  const c = centre(b);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return { x: c.x, y: b.y };
  const tx = dx === 0 ? Number.POSITIVE_INFINITY : b.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Number.POSITIVE_INFINITY : b.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/**
 * From a nested zone to the ancestor that contains it: a vertical segment through the larger free
 * band, above the nested zone (up to the ancestor's header) or below it (down to its bottom edge).
 */
function nestedSegment(outer: Box, inner: Box, obstacles: Obstacles): [outerEnd: Point, innerEnd: Point] {
  const x = inner.x + inner.width / 2;
  const above: [Point, Point] = [
    { x, y: outer.y + SIZE.header },
    { x, y: inner.y },
  ];
  const below: [Point, Point] = [
    { x, y: outer.y + outer.height },
    { x, y: inner.y + inner.height },
  ];
  const clear = ([p, q]: [Point, Point]) => {
    const top = Math.min(p.y, q.y);
    const end = Math.max(p.y, q.y);
    return !obstacles.near({ x, y: top, width: 0, height: end - top }).some((i) => {
      const o = obstacles.items[i]!;
      return o.kind === 'card' && x > o.x && x < o.x + o.width && top < o.y + o.height && end > o.y;
    });
  };
  const length = ([p, q]: [Point, Point]) => Math.abs(q.y - p.y);
  const candidates = [above, below].sort(
    (m, n) => Number(clear(n)) - Number(clear(m)) || length(n) - length(m),
  );
  return candidates[0]!;
}

/** A segment between two zones' borders, from `a` to `b`, avoiding `obstacles` when nested. */
function segmentBetween(a: Box, b: Box, obstacles: Obstacles): [Point, Point] {
  if (contains(a, b)) return nestedSegment(a, b, obstacles);
  if (contains(b, a)) {
    const [outerEnd, innerEnd] = nestedSegment(b, a, obstacles);
    return [innerEnd, outerEnd];
  }
  return [borderPoint(a, centre(b)), borderPoint(b, centre(a))];
}

function arrowhead(from: Point, to: Point, colour: string): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = 11;
  const back = { x: to.x - ux * size, y: to.y - uy * size };
  const left = { x: back.x - uy * size * 0.5, y: back.y + ux * size * 0.5 };
  const right = { x: back.x + uy * size * 0.5, y: back.y - ux * size * 0.5 };
  return tag('polygon', {
    points: [to, left, right].map((p) => `${num(p.x)},${num(p.y)}`).join(' '),
    fill: colour,
  });
}

function badge(count: number, severity: Severity, x: number, y: number, theme: SvgTheme): string {
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

/**
 * What conduit lines, hubs and labels avoid, each with the weight a label pays per square pixel of
 * it covered: asset cards, zone headers and zone bodies (a label may sit on the body of a zone the
 * conduit runs inside). In that order, so sums over a look-up add up exactly as a full scan would.
 */
interface Obstacle extends Box {
  kind: 'card' | 'header' | 'zone';
  weight: number;
  /** The zone, for headers and bodies. */
  zoneId?: string;
}
type Obstacles = BoxGrid<Obstacle>;

function obstacleGrid(layout: DiagramLayout): Obstacles {
  const grid = new BoxGrid<Obstacle>();
  for (const a of layout.assets) grid.add({ ...a.abs, kind: 'card', weight: 2 });
  for (const z of layout.zones)
    grid.add({ ...z.abs, height: SIZE.header, kind: 'header', weight: 1.5, zoneId: z.zone.id });
  for (const z of layout.zones) grid.add({ ...z.abs, kind: 'zone', weight: 1, zoneId: z.zone.id });
  return grid;
}

interface Ctx {
  model: Model;
  index: ModelIndex;
  layout: DiagramLayout;
  theme: SvgTheme;
  evaluation: EvaluationView | undefined;
  obstacles: Obstacles;
}

function findingsOf(ctx: Ctx, id: string) {
  return ctx.evaluation?.bySubject.get(id) ?? [];
}

function findingsNote(list: ReturnType<typeof findingsOf>): string {
  return list.length ? `\n${list.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.message}`).join('\n')}` : '';
}

/** A small rounded chip with centred bold text; returns its markup and width. */
function chip(
  label: string,
  rightX: number,
  y: number,
  colours: { fill: string; text: string; stroke?: string },
): { svg: string; width: number } {
  const width = textWidth(label, 10.5, true) + 12;
  const x = rightX - width;
  return {
    width,
    svg:
      tag('rect', { x, y, width, height: 18, rx: 4, fill: colours.fill, stroke: colours.stroke }) +
      text(label, x + width / 2, y + 13, { size: 10.5, fill: colours.text, bold: true, anchor: 'middle' }),
  };
}

function drawZone(ctx: Ctx, zb: ZoneGeometry): string {
  const { zone, abs, depth } = zb;
  const { theme } = ctx;
  const colour = theme.kind[zone.kind];
  const kindInfo = ZONE_KIND_INFO[zone.kind];
  const level = zone.purdueLevel ?? kindInfo.defaultPurdueLevel;
  const header = SIZE.header;
  const r = 10;
  const { x, y, width, height } = abs;
  const findings = findingsOf(ctx, zone.id);
  const worst = worstSeverity(findings);
  const unset = zone.slTarget === null || zone.slTarget === undefined;

  // Right side of the header, from the right edge: finding badge, SL-T chip, Purdue level chip.
  let cursor = x + width - 10;
  const right: string[] = [];
  if (worst) {
    right.push(badge(findings.length, worst, cursor - 9, y + header / 2, theme));
    cursor -= 26;
  }
  const sl = chip(`SL-T ${slShort(zone.slTarget)}`, cursor, y + 11, {
    fill: unset ? theme.card : colour,
    text: unset ? theme.muted : '#ffffff',
    stroke: unset ? theme.cardStroke : undefined,
  });
  right.push(sl.svg);
  cursor -= sl.width + 5;
  const purdue = chip(`L${level}`, cursor, y + 11, {
    fill: mix(theme.background, colour, 0.18),
    text: theme.text,
  });
  right.push(purdue.svg);
  cursor -= purdue.width + 8;

  const nameX = x + 36;
  const name = fitText(cleanText(zone.name) || 'unnamed zone', cursor - nameX, 13, true);
  const nameEnd = nameX + textWidth(name, 13, true) + 8;
  const kindFits = textWidth(kindInfo.label, 11) <= cursor - nameEnd;
  // Header band: top corners rounded, bottom edge straight.
  const headerPath = `M${num(x)},${num(y + header)} V${num(y + r)} Q${num(x)},${num(y)} ${num(x + r)},${num(y)} H${num(x + width - r)} Q${num(x + width)},${num(y)} ${num(x + width)},${num(y + r)} V${num(y + header)} Z`;
  const tooltip = `${zone.name} — ${kindInfo.label} zone, Purdue level ${level}, SL-T ${slShort(zone.slTarget)}${findingsNote(findings)}`;
  return tag(
    'g',
    {},
    titleEl(tooltip),
    tag('rect', {
      x,
      y,
      width,
      height,
      rx: r,
      fill:
        depth === 0
          ? mix(theme.background, colour, theme.bodyTint)
          : mix(theme.card, colour, theme.bodyTint * 0.7),
      stroke: mix(theme.background, colour, 0.75),
      'stroke-width': 1.5,
      'stroke-dasharray': zone.kind === 'external' ? '6 4' : undefined,
    }),
    tag('path', { d: headerPath, fill: mix(theme.background, colour, theme.headerTint) }),
    tag('line', {
      x1: x,
      y1: y + header,
      x2: x + width,
      y2: y + header,
      stroke: mix(theme.background, colour, 0.3),
      'stroke-width': 1,
    }),
    drawIcon(ZONE_KIND_ICON[zone.kind], x + 12, y + (header - 17) / 2, 17, colour),
    tag(
      'text',
      {
        x: nameX,
        y: y + 25,
        'font-size': 13,
        'font-weight': 'bold',
        fill: zone.name ? theme.text : theme.muted,
      },
      escapeXml(name),
    ),
    kindFits ? text(kindInfo.label, nameEnd, y + 25, { size: 11, fill: theme.muted }) : '',
    ...right,
  );
}

function drawIcon(iconId: string, x: number, y: number, size: number, colour: string): string {
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

const FLAGS = [
  { key: 'safetyRelated', icon: 'shield', label: 'safety-related' },
  { key: 'wireless', icon: 'wireless', label: 'wireless' },
  { key: 'transient', icon: 'laptop', label: 'temporarily connected' },
  { key: 'externalNetwork', icon: 'globe', label: 'reached over an external network' },
] as const;

function drawAsset(ctx: Ctx, ab: AssetGeometry): string {
  const { asset, abs } = ab;
  const { theme } = ctx;
  const type = assetType(asset.type);
  const traits = assetTraits(asset);
  const tone = theme.assetClass[traits.class];
  const typeLabel = type.id === asset.type ? type.label : asset.type;
  const flags = FLAGS.filter((f) => traits[f.key]);
  const findings = findingsOf(ctx, asset.id);
  const worst = worstSeverity(findings);
  const { x, y, width, height } = abs;
  const iconBox = Math.min(36, height - 12);
  const textX = x + 6 + iconBox + 8;
  const maxText = x + width - textX - 8;
  const midY = y + height / 2;

  // Second line: type, then the SL-C chip when the asset states its capability.
  // (dropped when it would leave the type unreadable; the tooltip still has it).
  const slcText = asset.slCapability === undefined ? undefined : `SL-C ${slShort(asset.slCapability)}`;
  const slcFits = slcText !== undefined && maxText - (textWidth(slcText, 10, true) + 13) >= 48;
  const slc = slcFits ? slcText : undefined;
  const slcWidth = slc ? textWidth(slc, 10, true) + 8 : 0;
  const typeShown = fitText(cleanText(typeLabel), maxText - (slc ? slcWidth + 5 : 0), 10.5);
  const typeEnd = textX + textWidth(typeShown, 10.5) + 5;
  const details = [typeLabel, slc, ...flags.map((f) => f.label)].filter(Boolean);
  return tag(
    'g',
    {},
    titleEl(`${asset.name} — ${details.join(', ')}${findingsNote(findings)}`),
    tag('rect', {
      x,
      y,
      width,
      height,
      rx: 8,
      fill: theme.card,
      stroke: worst ? theme.severity[worst] : theme.cardStroke,
      'stroke-width': worst ? 1.5 : 1,
    }),
    tag('rect', { x: x + 6, y: midY - iconBox / 2, width: iconBox, height: iconBox, rx: 6, fill: tone.fill }),
    drawIcon(type.icon, x + 6 + (iconBox - 20) / 2, midY - 10, 20, tone.icon),
    tag(
      'text',
      {
        x: textX,
        y: midY - 3,
        'font-size': 12.5,
        'font-weight': 600,
        fill: asset.name ? theme.text : theme.muted,
      },
      escapeXml(fitText(cleanText(asset.name) || 'unnamed', maxText, 12.5, true)),
    ),
    tag('text', { x: textX, y: midY + 13, 'font-size': 10.5, fill: theme.muted }, escapeXml(typeShown)),
    slc
      ? tag('rect', { x: typeEnd, y: midY + 3, width: slcWidth, height: 14, rx: 3, fill: theme.chip }) +
          text(slc, typeEnd + slcWidth / 2, midY + 13.5, {
            size: 10,
            fill: theme.muted,
            bold: true,
            anchor: 'middle',
          })
      : '',
    ...flags.map((f, i) => {
      const cx = x + width - 14 - i * 19;
      const c = theme.flag[f.key];
      return (
        tag('circle', { cx, cy: y + height, r: 8.5, fill: c.fill, stroke: c.stroke }) +
        drawIcon(f.icon, cx - 5.5, y + height - 5.5, 11, c.icon)
      );
    }),
    worst ? badge(findings.length, worst, x + width - 2, y + 2, theme) : '',
  );
}

interface ConduitGeometry {
  conduit: Conduit;
  /** Segments drawn, each from a hub or zone border to a zone border, with the zone at the end. */
  segments: Array<{ from: Point; to: Point; arrowAtTo: boolean; arrowAtFrom: boolean }>;
  /** Where the label may go, best first: along the segment from its middle outwards, or the hub. */
  labelAt: Point[];
}

function conduitGeometry(ctx: Ctx, conduit: Conduit): ConduitGeometry | undefined {
  const boxes = conduit.zoneIds.map((id) => ctx.layout.zone.get(id)?.abs);
  if (boxes.some((b) => b === undefined) || boxes.length < 2) return undefined;
  const zones = boxes as Box[];
  const oneWay = conduit.type === 'unidirectional' || conduit.direction === 'forward';
  if (zones.length === 2) {
    const [from, to] = segmentBetween(zones[0]!, zones[1]!, ctx.obstacles);
    return {
      conduit,
      segments: [{ from, to, arrowAtTo: true, arrowAtFrom: !oneWay }],
      labelAt: [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78].map((t) => ({
        x: from.x + (to.x - from.x) * t,
        y: from.y + (to.y - from.y) * t,
      })),
    };
  }
  // Three or more zones: spokes from a hub near the centroid of the zones' centres, moved to the
  // nearest spot where its label covers no zone or card (as the canvas places its junction).
  const centres = zones.map(centre);
  const centroid = {
    x: centres.reduce((s, p) => s + p.x, 0) / centres.length,
    y: centres.reduce((s, p) => s + p.y, 0) / centres.length,
  };
  const hub = freeSpot(ctx, centroid, conduitLabelSize(ctx, conduit), enclosingZones(ctx, conduit));
  return {
    conduit,
    segments: zones.map((b, i) => ({
      from: hub,
      to: borderPoint(b, hub),
      // forward: zoneIds[0] sends to the others; the first spoke points away from its zone.
      arrowAtTo: !oneWay || i > 0,
      arrowAtFrom: false,
    })),
    labelAt: [hub],
  };
}

/** Zones that hold one of the conduit's zones: the conduit runs inside them, labels may too. */
function enclosingZones(ctx: Ctx, conduit: Conduit): Set<string> {
  const around = new Set<string>();
  for (const id of conduit.zoneIds)
    for (let p = ctx.layout.zone.get(id)?.parentId; p !== undefined; p = ctx.layout.zone.get(p)?.parentId) {
      if (around.has(p)) break;
      around.add(p);
    }
  return around;
}

/** The point nearest `start` (on growing circles) where a box of `size` hits no card or other zone. */
function freeSpot(
  ctx: Ctx,
  start: Point,
  size: { width: number; height: number },
  around: ReadonlySet<string>,
): Point {
  const free = (p: Point) => {
    const box = {
      x: p.x - size.width / 2 - 6,
      y: p.y - size.height / 2 - 6,
      width: size.width + 12,
      height: size.height + 12,
    };
    return !ctx.obstacles.near(box).some((i) => {
      const o = ctx.obstacles.items[i]!;
      return !(o.kind === 'zone' && around.has(o.zoneId!)) && overlapArea(box, o) > 0;
    });
  };
  if (free(start)) return start;
  for (let r = 20; r <= 600; r += 20) {
    const steps = Math.max(8, Math.round(r / 10));
    for (let i = 0; i < steps; i++) {
      const angle = (i / steps) * 2 * Math.PI - Math.PI / 2;
      const p = {
        x: Math.round(start.x + r * Math.cos(angle)),
        y: Math.round(start.y + r * Math.sin(angle)),
      };
      if (free(p)) return p;
    }
  }
  return start;
}

function conduitColour(ctx: Ctx, conduit: Conduit): string {
  if (!ctx.evaluation) return ctx.theme.conduit;
  return ctx.theme.severity[worstSeverity(findingsOf(ctx, conduit.id)) ?? 'ok'];
}

function drawConduitLine(ctx: Ctx, g: ConduitGeometry): string {
  const colour = conduitColour(ctx, g.conduit);
  const stroke = CONDUIT_STROKE[g.conduit.type];
  const parts: string[] = [titleEl(conduitTooltip(ctx, g.conduit))];
  for (const s of g.segments) {
    parts.push(
      tag('line', {
        x1: s.from.x,
        y1: s.from.y,
        x2: s.to.x,
        y2: s.to.y,
        stroke: colour,
        'stroke-width': stroke.width,
        'stroke-dasharray': stroke.dash,
        'stroke-linecap': 'round',
      }),
    );
    if (s.arrowAtTo) parts.push(arrowhead(s.from, s.to, colour));
    if (s.arrowAtFrom) parts.push(arrowhead(s.to, s.from, colour));
  }
  return tag('g', {}, ...parts);
}

function conduitBadge(ctx: Ctx, conduit: Conduit): { label: string; short: boolean } {
  const target = conduitEffectiveTarget(conduit, ctx.index);
  const capability = conduit.slCapability;
  const short = target !== undefined && capability !== undefined && shortfalls(capability, target).length > 0;
  return { label: `SL-T ${slShort(target)} · SL-C ${slShort(capability)}`, short };
}

function conduitTooltip(ctx: Ctx, conduit: Conduit): string {
  const zones = conduit.zoneIds.map((id) => ctx.index.zone.get(id)?.name ?? id);
  const arrow = conduit.type === 'unidirectional' || conduit.direction === 'forward' ? ' → ' : ' ↔ ';
  return `${conduit.name} — ${CONDUIT_TYPE_LABEL[conduit.type]}: ${zones.join(arrow)}; ${conduitBadge(ctx, conduit).label}${findingsNote(findingsOf(ctx, conduit.id))}`;
}

const LABEL_MAX_WIDTH = 210;

function conduitLabelSize(ctx: Ctx, conduit: Conduit): { width: number; height: number } {
  const name = fitText(cleanText(conduit.name), LABEL_MAX_WIDTH - 16, 11.5, true);
  const second =
    textWidth(`${CONDUIT_TYPE_LABEL[conduit.type]} · `, 10.5) +
    textWidth(conduitBadge(ctx, conduit).label, 10.5, true);
  return { width: Math.max(Math.min(LABEL_MAX_WIDTH, textWidth(name, 11.5, true)), second) + 20, height: 36 };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * A box for each conduit label, in model order: of the candidate spots along the conduit, the one
 * that covers the least of asset cards, zone headers, zones the conduit does not run inside, and
 * labels placed before it.
 */
function placeLabels(ctx: Ctx, geometries: readonly ConduitGeometry[]): Box[] {
  const placed: Box[] = [];
  const labels = new BoxGrid();
  for (const g of geometries) {
    const around = enclosingZones(ctx, g.conduit);
    const size = conduitLabelSize(ctx, g.conduit);
    let best: Box | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    // On the line first; beside it (touching the anchor point) when the line runs through clutter,
    // at a small fixed cost so that a free spot on the line always wins.
    const beside: Array<[dx: number, dy: number]> = [
      [0, -(size.height / 2 + 4)],
      [0, size.height / 2 + 4],
      [-(size.width / 2 + 4), 0],
      [size.width / 2 + 4, 0],
    ];
    const candidates = [
      ...g.labelAt.map((p) => ({ p, penalty: 0 })),
      ...g.labelAt.flatMap((p) =>
        beside.map(([dx, dy]) => ({ p: { x: p.x + dx, y: p.y + dy }, penalty: 400 })),
      ),
    ];
    for (const { p, penalty } of candidates) {
      // Costs only grow as terms are added, so a spot that cannot beat the best is dropped early
      // (and a free spot ends the search): same choice as scoring every spot in full.
      if (penalty >= bestCost) continue;
      const box = { x: p.x - size.width / 2, y: p.y - size.height / 2, ...size };
      // Weighted: covering another label or an asset card is worse than covering a zone's body.
      let covered = 0;
      for (const i of ctx.obstacles.near(box)) {
        const o = ctx.obstacles.items[i]!;
        if (o.kind === 'zone' && around.has(o.zoneId!)) continue;
        covered += overlapArea(box, o) * o.weight;
      }
      if (penalty + covered >= bestCost) continue;
      for (const i of labels.near(box)) covered += overlapArea(box, labels.items[i]!) * 4;
      const cost = penalty + covered;
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    placed.push(best!);
    labels.add(best!);
  }
  return placed;
}

function drawConduitLabel(ctx: Ctx, g: ConduitGeometry, box: Box): string {
  const { theme } = ctx;
  const colour = conduitColour(ctx, g.conduit);
  const findings = findingsOf(ctx, g.conduit.id);
  const worst = worstSeverity(findings);
  const { label, short } = conduitBadge(ctx, g.conduit);
  const cx = box.x + box.width / 2;
  const typeText = `${CONDUIT_TYPE_LABEL[g.conduit.type]} · `;
  return tag(
    'g',
    {},
    titleEl(conduitTooltip(ctx, g.conduit)),
    tag('rect', { ...box, rx: 6, fill: theme.card, stroke: colour, 'stroke-width': 1.2 }),
    text(g.conduit.name, cx, box.y + 15, {
      size: 11.5,
      fill: theme.text,
      bold: true,
      anchor: 'middle',
      maxWidth: box.width - 16,
    }),
    tag(
      'text',
      { x: cx, y: box.y + 29, 'font-size': 10.5, fill: theme.muted, 'text-anchor': 'middle' },
      escapeXml(typeText),
      tag(
        'tspan',
        {
          fill: short && ctx.evaluation ? theme.severity.error : theme.text,
          'font-weight': 'bold',
        },
        escapeXml(label),
      ),
    ),
    worst ? badge(findings.length, worst, box.x + box.width - 2, box.y + 2, theme) : '',
  );
}

function drawNote(ctx: Ctx, nb: StickyPlacement): string {
  const { theme } = ctx;
  const { x, y, width, height } = nb.box;
  const lines = wrap(cleanText(nb.note.text), width - 20, 11.5, Math.max(1, Math.floor((height - 16) / 15)));
  return tag(
    'g',
    {},
    titleEl(nb.note.text),
    tag('rect', { x, y, width, height, rx: 4, fill: theme.note, stroke: theme.noteStroke }),
    ...lines.map((line, i) => text(line, x + 10, y + 20 + i * 15, { size: 11.5, fill: theme.text })),
  );
}

/** Greedy word wrap into at most `maxLines` lines; the last line is cut with an ellipsis. */
function wrap(content: string, width: number, size: number, maxLines: number): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(candidate, size) <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines - 1) {
      line = words.slice(i).join(' ');
      break;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, maxLines).map((l) => fitText(l, width, size));
}

function legend(ctx: Ctx, x: number, y: number, width: number): { svg: string; height: number } {
  const { theme } = ctx;
  const parts: string[] = [];
  const row1Y = y + 22;
  let cx = x + 14;
  parts.push(text('Legend', cx, row1Y + 4, { size: 11.5, fill: theme.text, bold: true }));
  cx += 62;
  for (const type of ['filtering', 'gateway', 'unidirectional'] as const) {
    const s = CONDUIT_STROKE[type];
    const from = { x: cx, y: row1Y };
    const to = { x: cx + 36, y: row1Y };
    parts.push(
      tag('line', {
        x1: from.x,
        y1: from.y,
        x2: to.x,
        y2: to.y,
        stroke: theme.conduit,
        'stroke-width': s.width,
        'stroke-dasharray': s.dash,
      }),
    );
    if (type === 'unidirectional') parts.push(arrowhead(from, to, theme.conduit));
    const label = `${CONDUIT_TYPE_LABEL[type]} conduit${type === 'unidirectional' ? ' (one-way)' : ''}`;
    parts.push(text(label, cx + 44, row1Y + 4, { size: 11, fill: theme.muted }));
    cx += 44 + textWidth(label, 11) + 22;
  }
  const both = { a: { x: cx, y: row1Y }, b: { x: cx + 36, y: row1Y } };
  parts.push(
    tag('line', {
      x1: both.a.x,
      y1: both.a.y,
      x2: both.b.x,
      y2: both.b.y,
      stroke: theme.conduit,
      'stroke-width': 2,
    }),
  );
  parts.push(arrowhead(both.a, both.b, theme.conduit), arrowhead(both.b, both.a, theme.conduit));
  parts.push(text('both directions', cx + 44, row1Y + 4, { size: 11, fill: theme.muted }));
  cx += 44 + textWidth('both directions', 11) + 22;
  parts.push(
    text('SL-T = target security level, SL-C = capability; [a,b,…] = per FR1–FR7', cx, row1Y + 4, {
      size: 11,
      fill: theme.muted,
    }),
  );

  const row2Y = y + 48;
  cx = x + 76;
  const kinds = [...new Set(ctx.model.zones.map((z) => z.kind))];
  for (const kind of kinds) {
    parts.push(
      tag('rect', {
        x: cx,
        y: row2Y - 7,
        width: 14,
        height: 14,
        rx: 3,
        fill: mix(theme.background, theme.kind[kind], theme.headerTint),
        stroke: theme.kind[kind],
      }),
    );
    const label = `${ZONE_KIND_INFO[kind].label} zone`;
    parts.push(text(label, cx + 20, row2Y + 4, { size: 11, fill: theme.muted }));
    cx += 20 + textWidth(label, 11) + 18;
  }
  if (ctx.evaluation) {
    cx += 10;
    for (const sev of [...SEVERITIES, 'ok'] as const) {
      parts.push(tag('circle', { cx: cx + 6, cy: row2Y, r: 6, fill: theme.severity[sev] }));
      const label = sev === 'ok' ? 'no findings' : SEVERITY_LABEL[sev];
      parts.push(text(label, cx + 17, row2Y + 4, { size: 11, fill: theme.muted }));
      cx += 17 + textWidth(label, 11) + 16;
    }
  }
  const height = 66;
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

/** Width the legend needs, to size the canvas before drawing. */
function legendWidth(ctx: Ctx): number {
  const types = [
    'Filtering conduit',
    'Gateway conduit',
    'Unidirectional conduit (one-way)',
    'both directions',
  ];
  const row1 =
    76 +
    types.reduce((s, l) => s + 44 + textWidth(l, 11) + 22, 0) +
    textWidth('SL-T = target security level, SL-C = capability; [a,b,…] = per FR1–FR7', 11);
  const kinds = [...new Set(ctx.model.zones.map((z) => z.kind))];
  let row2 = 76 + kinds.reduce((s, k) => s + 20 + textWidth(`${ZONE_KIND_INFO[k].label} zone`, 11) + 18, 0);
  if (ctx.evaluation)
    row2 +=
      10 + ['Error', 'Warning', 'Info', 'no findings'].reduce((s, l) => s + 17 + textWidth(l, 11) + 16, 0);
  return Math.max(row1, row2) + 14;
}

function titleBlock(ctx: Ctx, x: number, y: number, width: number): string {
  const { model, theme } = ctx;
  const meta = model.meta;
  const facts = [
    meta.site ? `Site: ${meta.site}` : '',
    meta.author ? `Author: ${meta.author}` : '',
    meta.updatedAt ? `Updated: ${meta.updatedAt}` : '',
  ].filter(Boolean);
  const counts = `${model.zones.length} zones · ${model.assets.length} assets · ${model.conduits.length} conduits`;
  const parts = [
    text(meta.name || 'Untitled model', x, y + 24, {
      size: 20,
      fill: theme.text,
      bold: true,
      maxWidth: width,
    }),
    text([...facts, counts].join('   ·   '), x, y + 46, { size: 12, fill: theme.muted, maxWidth: width }),
  ];
  if (ctx.evaluation) {
    const c = ctx.evaluation.counts;
    const worst: Severity | 'ok' = c.error ? 'error' : c.warning ? 'warning' : c.info ? 'info' : 'ok';
    const suppressed = ctx.evaluation.suppressed
      ? ` (${ctx.evaluation.suppressed} suppressed by policy)`
      : '';
    parts.push(
      tag('circle', { cx: x + 5, cy: y + 62, r: 5, fill: theme.severity[worst] }),
      text(`Policy check: ${summariseCounts(c)}${suppressed}`, x + 16, y + 66, {
        size: 12,
        fill: theme.text,
        maxWidth: width - 16,
      }),
    );
  }
  return tag('g', {}, ...parts);
}

export function exportSvg(model: Model, options: SvgOptions = {}): string {
  return renderSvg(model, options).markup();
}

export interface SvgDrawing {
  /** Size of the drawing in CSS pixels (the viewBox). */
  width: number;
  height: number;
  /**
   * The SVG document. `pixelScale` multiplies its outer width and height while the viewBox stays,
   * so a rasteriser (an <img> drawn to a canvas for PNG export) draws the vectors at that
   * resolution instead of enlarging a 1x bitmap.
   */
  markup(pixelScale?: number): string;
}

/** The SVG drawing with its size, for callers that need the size before the markup (PNG export). */
export function renderSvg(model: Model, options: SvgOptions = {}): SvgDrawing {
  const theme = THEMES[options.theme ?? 'light'];
  const showFindings = options.findings ?? options.evaluation !== undefined;
  const layout = layoutDiagram(model);
  const ctx: Ctx = {
    model,
    index: buildIndex(model),
    layout,
    theme,
    evaluation: showFindings ? options.evaluation : undefined,
    obstacles: obstacleGrid(layout),
  };
  const geometries = model.conduits
    .map((c) => conduitGeometry(ctx, c))
    .filter((g): g is ConduitGeometry => g !== undefined);
  const labelBoxes = placeLabels(ctx, geometries);
  const content = union([ctx.layout.extent, ...labelBoxes]);
  const empty = ctx.layout.zones.length === 0 && ctx.layout.notes.length === 0;

  const innerWidth = Math.max(content.width, legendWidth(ctx), 480);
  const width = innerWidth + 2 * MARGIN;
  const contentTop = MARGIN + TITLE_HEIGHT;
  const contentHeight = empty ? 60 : content.height;
  const legendY = contentTop + contentHeight + LEGEND_GAP;
  const lg = legend(ctx, MARGIN, legendY, innerWidth);
  const height = legendY + lg.height + MARGIN;
  const dx = MARGIN - content.x;
  const dy = contentTop - content.y;

  const drawing = [
    ...ctx.layout.zones.map((z) => drawZone(ctx, z)),
    ...geometries.map((g) => drawConduitLine(ctx, g)),
    ...ctx.layout.assets.map((a) => drawAsset(ctx, a)),
    ...geometries.map((g, i) => drawConduitLabel(ctx, g, labelBoxes[i]!)),
    ...ctx.layout.notes.map((n) => drawNote(ctx, n)),
  ];
  const description = `IEC 62443 zone and conduit diagram: ${model.zones.length} zones, ${model.assets.length} assets, ${model.conduits.length} conduits.`;

  const body = [
    titleEl(model.meta.name || 'Untitled model'),
    tag('desc', {}, escapeXml(description)),
    tag('rect', { x: 0, y: 0, width, height, fill: theme.background }),
    titleBlock(ctx, MARGIN, MARGIN, innerWidth),
    empty
      ? text('This model has no zones yet.', MARGIN, contentTop + 30, { size: 14, fill: theme.muted })
      : '',
    tag('g', { transform: `translate(${num(dx)} ${num(dy)})` }, ...drawing),
    lg.svg,
  ].join('');
  const declaration = options.xmlDeclaration === false ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n';
  // The size as the document states it (rounded to 0.1 px like every number in it).
  const docWidth = Number(num(width));
  const docHeight = Number(num(height));
  return {
    width: docWidth,
    height: docHeight,
    markup: (pixelScale = 1) => {
      const svg = tag(
        'svg',
        {
          xmlns: 'http://www.w3.org/2000/svg',
          version: '1.1',
          width: docWidth * pixelScale,
          height: docHeight * pixelScale,
          viewBox: `0 0 ${num(docWidth)} ${num(docHeight)}`,
          'font-family': FONT_STACK,
          role: 'img',
        },
        body,
      );
      return `${declaration}${svg}\n`;
    },
  };
}
