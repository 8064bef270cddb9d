/**
 * True-vector SVG of a model, generated from the model and its diagram layout (never a snapshot
 * of the DOM): zones, assets, conduits, a title block and a legend. Built for documents:
 * - text stays text (<text>), escaped, with control and bidi characters neutralised; names, kinds,
 *   SL badges and conduit labels are never cut short: they wrap and shrink to fit (svg/fit.ts), and
 *   each element also carries its full text in a <title> (tooltip, screen readers, search);
 * - conduits are routed orthogonally around zone and asset boxes (layout/orthogonal-route.ts) and
 *   their labels placed where they cover no box and no other label (svg/labels.ts);
 * - no foreignObject, no CSS, no external references, no ids, no markers: plain shapes with
 *   presentation attributes, which Chromium, Inkscape and office tools all draw the same way
 *   (arrowheads are polygons because office tools draw SVG markers poorly or not at all);
 * - the same model always gives the same bytes.
 *
 * The parts live in svg/: markup building (markup.ts), text fitting (fit.ts), geometry and
 * obstacles (geometry.ts), zones, assets, notes, conduit lines and labels, legend, title block.
 */
import { layoutDiagram } from '../layout/diagram';
import { type Box, SIZE, union } from '../layout/geometry';
import { UsedSteps } from '../layout/orthogonal-route';
import { buildIndex } from '../model/derive';
import type { Model } from '../model/schema';
import type { EvaluationView } from './findings';
import { drawAsset } from './svg/asset';
import { bandsBox, drawBands, drawSubsystems, subsystemsBox } from './svg/bands';
import { type ConduitGeometry, conduitGeometry, drawConduitLine } from './svg/conduits';
import type { Ctx } from './svg/context';
import { obstacleGrid } from './svg/geometry';
import { drawConduitLabel, hubLabelSize, placeLabels } from './svg/labels';
import { legend, legendItems, legendMinWidth } from './svg/legend';
import { FONT_STACK, tag, text, titleEl } from './svg/markup';
import { drawNote } from './svg/note';
import { titleBlock } from './svg/title-block';
import { drawZone } from './svg/zone';
import { type SvgThemeName, THEMES } from './svg-theme';
import { escapeXml, num } from './text';

export { slShort } from './svg/context';
export { FONT_STACK };

export interface SvgOptions {
  /** Findings to mark on the drawing (used when `findings` is not false). */
  evaluation?: EvaluationView;
  /** Colour conduits by finding status and badge elements with finding counts. Default: on when an evaluation is given. */
  findings?: boolean;
  theme?: SvgThemeName;
  /** Start with an XML declaration (for a standalone .svg file). Default true; off when inlining into HTML. */
  xmlDeclaration?: boolean;
}

const MARGIN = 32;
const LEGEND_GAP = 28;

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
  /**
   * Where something is drawn, in the drawing's coordinates: title block, zone headers, asset
   * cards, conduit labels, notes, legend (not zone bodies and the lines between them). The printed report leaves out parts of the
   * drawing that hold none of these.
   */
  content: Box[];
}

/** Where every conduit runs and where its label sits (exported for tests and the canvas). */
export function conduitDrawing(ctx: Ctx): {
  geometries: ConduitGeometry[];
  labels: ReturnType<typeof placeLabels>;
} {
  const used = new UsedSteps();
  const geometries = ctx.model.conduits
    .map((c) => conduitGeometry(ctx, c, hubLabelSize(ctx, c), used))
    .filter((g): g is ConduitGeometry => g !== undefined);
  return { geometries, labels: placeLabels(ctx, geometries) };
}

export function svgContext(model: Model, options: SvgOptions = {}): Ctx {
  const showFindings = options.findings ?? options.evaluation !== undefined;
  const layout = layoutDiagram(model);
  return {
    model,
    index: buildIndex(model),
    layout,
    theme: THEMES[options.theme ?? 'light'],
    evaluation: showFindings ? options.evaluation : undefined,
    obstacles: obstacleGrid(layout),
  };
}

/** The SVG drawing with its size, for callers that need the size before the markup (PNG export). */
export function renderSvg(model: Model, options: SvgOptions = {}): SvgDrawing {
  const ctx = svgContext(model, options);
  const { theme } = ctx;
  const { geometries, labels } = conduitDrawing(ctx);
  const routes = geometries.flatMap((g) => g.paths.flatMap((p) => p.points));
  const routeBox = routes.length ? [union(routes.map((p) => ({ ...p, width: 0, height: 0 })))] : [];
  const drawn = union([ctx.layout.extent, ...routeBox, ...labels.map((l) => l.box), ...subsystemsBox(ctx)]);
  const bands = bandsBox(ctx, drawn);
  const content = bands ? union([drawn, bands]) : drawn;
  const empty = ctx.layout.zones.length === 0 && ctx.layout.notes.length === 0;

  const items = legendItems(ctx);
  const innerWidth = Math.max(content.width, legendMinWidth(items), 480);
  const width = innerWidth + 2 * MARGIN;
  const title = titleBlock(ctx, MARGIN, MARGIN, innerWidth);
  const contentTop = MARGIN + title.height;
  const contentHeight = empty ? 60 : content.height;
  const legendY = contentTop + contentHeight + LEGEND_GAP;
  const lg = legend(ctx, items, MARGIN, legendY, innerWidth);
  const height = legendY + lg.height + MARGIN;
  const dx = MARGIN - content.x;
  const dy = contentTop - content.y;

  const drawing = [
    drawBands(ctx, content),
    drawSubsystems(ctx),
    ...ctx.layout.zones.map((z) => drawZone(ctx, z)),
    ...geometries.map((g) => drawConduitLine(ctx, g)),
    ...ctx.layout.assets.map((a) => drawAsset(ctx, a)),
    ...geometries.map((g, i) => drawConduitLabel(ctx, g, labels[i]!)),
    ...ctx.layout.notes.map((n) => drawNote(ctx, n)),
  ];
  const description = `IEC 62443 zone and conduit diagram: ${model.zones.length} zones, ${model.assets.length} assets, ${model.conduits.length} conduits.`;

  const body = [
    titleEl(model.meta.name || 'Untitled model'),
    tag('desc', {}, escapeXml(description)),
    tag('rect', { x: 0, y: 0, width, height, fill: theme.background }),
    title.svg,
    empty
      ? text('This model has no zones yet.', MARGIN, contentTop + 30, { size: 14, fill: theme.muted })
      : '',
    tag('g', { transform: `translate(${num(dx)} ${num(dy)})` }, ...drawing),
    lg.svg,
  ].join('');
  const shift = (b: Box): Box => ({ ...b, x: b.x + dx, y: b.y + dy });
  const contentBoxes = [
    { x: MARGIN, y: MARGIN, width: title.textWidth, height: title.height },
    ...ctx.layout.zones.map((z) => shift({ ...z.abs, height: Math.min(z.abs.height, SIZE.header) })),
    ...ctx.layout.assets.map((a) => shift(a.abs)),
    ...labels.map((l) => shift(l.box)),
    ...ctx.layout.notes.map((n) => shift(n.box)),
    { x: MARGIN, y: legendY, width: innerWidth, height: lg.height },
  ];
  const declaration = options.xmlDeclaration === false ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n';
  // The size as the document states it (rounded to 0.1 px like every number in it).
  const docWidth = Number(num(width));
  const docHeight = Number(num(height));
  return {
    width: docWidth,
    height: docHeight,
    content: contentBoxes,
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
