/**
 * Conduit labels: name (wrapped, never cut), type and SL badge in a box placed along the conduit's
 * route where it covers no card, zone header, unrelated zone or earlier label.
 */

import { BoxGrid } from '../../layout/box-grid';
import type { Box } from '../../layout/geometry';
import type { Conduit } from '../../model/schema';
import { worstSeverity } from '../findings';
import { cleanText, escapeXml, textWidth } from '../text';
import {
  CONDUIT_TYPE_LABEL,
  type ConduitGeometry,
  conduitBadge,
  conduitColour,
  conduitTooltip,
} from './conduits';
import { type Ctx, findingsOf } from './context';
import { displayText, fitLines, linesWidth } from './fit';
import { enclosingZones, freeSpot, overlapArea, type Point } from './geometry';
import { badge, tag, textLines, titleEl } from './markup';

/** Labels wrap their name at this width; a single word or the badge line may make them wider. */
const LABEL_TEXT_WIDTH = 190;
const NAME_SIZES = [11.5, 11] as const;
const NAME_LINE = 14;
const PAD_X = 10;

export interface LabelLayout {
  width: number;
  height: number;
  name: string[];
  nameSize: number;
}

export function conduitLabelLayout(ctx: Ctx, conduit: Conduit): LabelLayout {
  const second =
    textWidth(`${CONDUIT_TYPE_LABEL[conduit.type]} · `, 10.5) +
    textWidth(conduitBadge(ctx, conduit).label, 10.5, true);
  const name = displayText(cleanText(conduit.name)) || 'unnamed conduit';
  // The badge line sets the width when it is the wider; the name wraps to it (up to two lines).
  const width = Math.max(LABEL_TEXT_WIDTH, second);
  const fitted = fitLines(name, Math.max(width, 120), NAME_SIZES, 2, true);
  const textW = Math.max(second, linesWidth(fitted.lines, fitted.size, true));
  return {
    width: Math.ceil(textW + 2 * PAD_X),
    height: 22 + fitted.lines.length * NAME_LINE,
    name: fitted.lines,
    nameSize: fitted.size,
  };
}

/** Points along a polyline at the given fractions of its length. */
function along(points: readonly Point[], fractions: readonly number[]): Point[] {
  const lengths = points.slice(1).map((p, i) => Math.abs(p.x - points[i]!.x) + Math.abs(p.y - points[i]!.y));
  const total = lengths.reduce((s, l) => s + l, 0);
  return fractions.map((f) => {
    let d = f * total;
    for (let i = 0; i < lengths.length; i++) {
      if (d <= lengths[i]! || i === lengths.length - 1) {
        const a = points[i]!;
        const b = points[i + 1]!;
        const t = lengths[i]! ? Math.min(1, d / lengths[i]!) : 0;
        return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      }
      d -= lengths[i]!;
    }
    return points[0]!;
  });
}

/** From the middle of the route outwards. */
const FRACTIONS = [
  0.5,
  ...Array.from({ length: 10 }, (_, i) => [0.5 - (i + 1) * 0.04, 0.5 + (i + 1) * 0.04]).flat(),
];

export interface PlacedLabel {
  box: Box;
  layout: LabelLayout;
  /** Where a leader line joins the label to its conduit, when the label could not sit on it. */
  leader?: Point;
}

/**
 * A box for each conduit label, in model order: of the candidate spots along the route, the one
 * that covers the least of asset cards, zone headers, zones the conduit does not run inside, and
 * labels placed before it. When every spot on or beside the route covers something, the label
 * moves to the nearest free spot with a leader line to the route.
 */
export function placeLabels(ctx: Ctx, geometries: readonly ConduitGeometry[]): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const labels = new BoxGrid();
  for (const g of geometries) {
    const around = enclosingZones(ctx.layout, g.conduit);
    const layout = conduitLabelLayout(ctx, g.conduit);
    const size = { width: layout.width, height: layout.height };
    const cost = (box: Box, limit: number) => {
      let covered = 0;
      for (const i of ctx.obstacles.near(box)) {
        const o = ctx.obstacles.items[i]!;
        if (o.kind === 'zone' && around.has(o.zoneId!)) continue;
        covered += overlapArea(box, o) * o.weight;
        if (covered >= limit) return covered;
      }
      for (const i of labels.near(box)) covered += overlapArea(box, labels.items[i]!) * 4;
      return covered;
    };
    const anchors = g.hub ? [g.hub] : along(g.paths[0]!.points, FRACTIONS);
    // On the line first; beside it (touching the anchor point) at a small fixed cost, so that a
    // free spot on the line always wins.
    const beside: Array<[dx: number, dy: number]> = [
      [0, -(size.height / 2 + 4)],
      [0, size.height / 2 + 4],
      [-(size.width / 2 + 4), 0],
      [size.width / 2 + 4, 0],
    ];
    const candidates = [
      ...anchors.map((p) => ({ p, penalty: 0 })),
      ...anchors.flatMap((p) =>
        beside.map(([dx, dy]) => ({ p: { x: p.x + dx, y: p.y + dy }, penalty: 400 })),
      ),
    ];
    let best: Box | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    let bestCovered = 0;
    for (const { p, penalty } of candidates) {
      if (penalty >= bestCost) continue;
      const box = { x: p.x - size.width / 2, y: p.y - size.height / 2, ...size };
      const covered = cost(box, bestCost - penalty);
      if (penalty + covered < bestCost) {
        best = box;
        bestCost = penalty + covered;
        bestCovered = covered;
        if (bestCost === 0) break;
      }
    }
    let leader: Point | undefined;
    if (bestCovered > 0) {
      const anchor = anchors[0]!;
      const spot = freeSpot(anchor, size, (box) => cost(box, 1) > 0, 640);
      if (spot) {
        best = { x: spot.x - size.width / 2, y: spot.y - size.height / 2, ...size };
        leader = anchor;
      }
    }
    const box = best!;
    placed.push({ box, layout, leader });
    labels.add(box);
  }
  return placed;
}

export function drawConduitLabel(ctx: Ctx, g: ConduitGeometry, label: PlacedLabel): string {
  const { theme } = ctx;
  const { box, layout } = label;
  const colour = conduitColour(ctx, g.conduit);
  const findings = findingsOf(ctx, g.conduit.id);
  const worst = worstSeverity(findings);
  const { label: sl, short } = conduitBadge(ctx, g.conduit);
  const cx = box.x + box.width / 2;
  const typeText = `${CONDUIT_TYPE_LABEL[g.conduit.type]} · `;
  const secondY = box.y + 15 + layout.name.length * NAME_LINE;
  const leader = label.leader
    ? tag('line', {
        x1: label.leader.x,
        y1: label.leader.y,
        x2: Math.max(box.x, Math.min(box.x + box.width, label.leader.x)),
        y2: Math.max(box.y, Math.min(box.y + box.height, label.leader.y)),
        stroke: colour,
        'stroke-width': 1,
        'stroke-dasharray': '2 3',
      })
    : '';
  return tag(
    'g',
    {},
    titleEl(conduitTooltip(ctx, g.conduit)),
    leader,
    tag('rect', { ...box, rx: 6, fill: theme.card, stroke: colour, 'stroke-width': 1.2 }),
    textLines(layout.name, cx, box.y + 15, NAME_LINE, {
      size: layout.nameSize,
      fill: theme.text,
      bold: true,
      anchor: 'middle',
    }),
    tag(
      'text',
      { x: cx, y: secondY, 'font-size': 10.5, fill: theme.muted, 'text-anchor': 'middle' },
      escapeXml(typeText),
      tag(
        'tspan',
        { fill: short && ctx.evaluation ? theme.severity.error : theme.text, 'font-weight': 'bold' },
        escapeXml(sl),
      ),
    ),
    worst ? badge(findings.length, worst, box.x + box.width - 2, box.y + 2, theme) : '',
  );
}

/** Size of the hub's label box, to find the hub a free spot. */
export function hubLabelSize(ctx: Ctx, conduit: Conduit): { width: number; height: number } {
  const l = conduitLabelLayout(ctx, conduit);
  return { width: l.width, height: l.height };
}
