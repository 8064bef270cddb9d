/**
 * The diagram section of the HTML report, on screen and on paper. On screen: the whole drawing.
 * In print, a whole plant on one sheet comes out at a few points of text, so the drawing is printed
 * as an overview on the first page (the whole drawing with a grid of lettered parts), then each
 * part on a landscape page of its own at a readable size (at least READABLE of the drawing's size on
 * A4 or Letter, larger on A3). The overview draws the inline SVG again through <use
 * href="#drawing">; each part is a box showing its piece of the same SVG as a background image
 * (one data: URL in the style sheet, decoded once: a <use> per part cloned the whole drawing into
 * every part and made an M plant's report load seconds slower, even unprinted).
 */
import type { Box } from '../layout/geometry';
import { num } from './text';

/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;
/** The smallest scale a part is printed at: 11 px drawing text becomes about 6 pt. */
export const READABLE = 0.75;
/**
 * Room for a part on a landscape page with 10 mm margins, on the smaller of A4 and Letter
 * (259 × 190 mm), less a line for the part's heading.
 */
const PART_ROOM = { width: 259 * PX_PER_MM, height: 178 * PX_PER_MM };
/** The largest piece of the drawing one part shows. */
export const PART_MAX = { width: PART_ROOM.width / READABLE, height: PART_ROOM.height / READABLE };
/** At most this many parts (an M plant, 1,000 assets, needs about 80 cells, 50 printed). */
export const MAX_PARTS = 100;
/** Neighbouring parts share this much of the drawing, so nothing on a seam is lost. */
export const OVERLAP = 60;
/** The height a part may take on its page, in mm (report-css.ts). */
const PART_HEIGHT_MM = 178;
/** The overview's room on the first (portrait) page: 186 × 120 mm. */
const OVERVIEW_ROOM = { width: 186 * PX_PER_MM, height: 120 * PX_PER_MM };

export interface DiagramPart {
  /** Column letter and row number, as on a map: A1, B1, … */
  label: string;
  column: number;
  row: number;
  /** The piece of the drawing, in drawing coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The part's own cell on the overview (the piece less half the overlap with each neighbour). */
  cell: Box;
  /** Printed only when its cell holds something (see SvgDrawing.content). */
  printed: boolean;
}

export interface DiagramParts {
  columns: number;
  rows: number;
  parts: DiagramPart[];
}

/** Spreadsheet-style column letters: A…Z, AA, AB… */
export function columnLetter(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** How many equal steps of at most `max` (sharing `overlap`) cover `length`. */
function steps(length: number, max: number, overlap: number): number {
  return Math.max(1, Math.ceil((length - overlap) / (max - overlap)));
}

/** True when `a` reaches into `b` by more than a sliver (the edge of a card or zone is not enough). */
const reachesInto = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 40 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 20;

/**
 * The drawing cut into equal parts no larger than PART_MAX, neighbours overlapping by OVERLAP;
 * one part when the whole drawing already prints at a readable size. A part whose cell holds none
 * of the `content` boxes (empty space, a zone's empty body, a passing line) is not printed.
 */
export function diagramParts(width: number, height: number, content: readonly Box[]): DiagramParts {
  let columns = steps(width, PART_MAX.width, OVERLAP);
  let rows = steps(height, PART_MAX.height, OVERLAP);
  if (columns * rows > MAX_PARTS) {
    // A drawing this large is not for paper: larger parts (smaller print) keep the count bounded.
    const grow = Math.sqrt((columns * rows) / MAX_PARTS);
    columns = Math.min(MAX_PARTS, steps(width, PART_MAX.width * grow, OVERLAP));
    rows = Math.max(
      1,
      Math.min(Math.floor(MAX_PARTS / columns), steps(height, PART_MAX.height * grow, OVERLAP)),
    );
  }
  const overlapX = columns > 1 ? OVERLAP : 0;
  const overlapY = rows > 1 ? OVERLAP : 0;
  const strideX = (width - overlapX) / columns;
  const strideY = (height - overlapY) / rows;
  const parts: DiagramPart[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++) {
      const x = column * strideX;
      const y = row * strideY;
      // Cells end half-way through the overlap, so the overview shows each part once.
      const x1 = column === 0 ? 0 : x + overlapX / 2;
      const y1 = row === 0 ? 0 : y + overlapY / 2;
      const x2 = column === columns - 1 ? width : x + strideX + overlapX / 2;
      const y2 = row === rows - 1 ? height : y + strideY + overlapY / 2;
      const cell = { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
      parts.push({
        label: `${columnLetter(column)}${row + 1}`,
        column,
        row,
        x,
        y,
        width: strideX + overlapX,
        height: strideY + overlapY,
        cell,
        printed: content.some((b) => reachesInto(b, cell)),
      });
    }
  return { columns, rows, parts };
}

const viewBox = (x: number, y: number, w: number, h: number) => `${num(x)} ${num(y)} ${num(w)} ${num(h)}`;
const USE = '<use href="#drawing"/>';

/** The overview: the whole drawing with the parts' grid and labels over it. */
function overview(width: number, height: number, layout: DiagramParts): string {
  const scale = Math.min(OVERVIEW_ROOM.width / width, OVERVIEW_ROOM.height / height);
  // Labels about 11 pt and lines about 1 pt on paper, whatever the drawing's size.
  const font = 15 / scale;
  const stroke = 1.4 / scale;
  const grid = layout.parts
    .map(({ cell: c, label, printed }) => {
      const rect = `<rect x="${num(c.x)}" y="${num(c.y)}" width="${num(c.width)}" height="${num(c.height)}" fill="${printed ? 'none' : '#94a3b8'}" fill-opacity="0.18" stroke="#1d4ed8" stroke-width="${num(stroke)}" stroke-dasharray="${num(stroke * 4)} ${num(stroke * 3)}"/>`;
      if (!printed) return rect;
      return `${rect}<text x="${num(c.x + c.width / 2)}" y="${num(c.y + c.height / 2 + font * 0.35)}" font-size="${num(font)}" font-weight="bold" text-anchor="middle" fill="#1d4ed8" stroke="#ffffff" stroke-width="${num(font / 5)}" paint-order="stroke">${label}</text>`;
    })
    .join('');
  return `<svg class="overview print-only" viewBox="${viewBox(0, 0, width, height)}" role="img" aria-label="Overview of the diagram with its printed parts">${USE}${grid}</svg>`;
}

export interface DiagramSection {
  /** The figure in the section: the drawing on screen, the overview in print. */
  figure: string;
  /** The printed parts, to follow the section. */
  parts: string;
  /** Style rule for the <head>: the drawing as the parts' background image. */
  css: string;
}

/** The section's figure and, to follow the section, the printed parts of `drawing` (renderSvg's result). */
export function diagramFigure(
  drawing: { markup(): string; width: number; height: number; content: readonly Box[] },
  caption: string,
): DiagramSection {
  const { width, height } = drawing;
  const layout = diagramParts(width, height, drawing.content);
  const svg = drawing
    .markup()
    .trim()
    .replace(/^<svg /, '<svg id="drawing" ');
  const single = layout.parts.length === 1;
  const printed = layout.parts.filter((p) => p.printed);
  const skipped = layout.parts.length - printed.length;
  const printNote = single
    ? 'The whole diagram is printed at full size on the next page.'
    : `Printed as an overview: the grid shows how the drawing is cut into parts (columns A–${columnLetter(layout.columns - 1)}, rows 1–${layout.rows}), each printed on a landscape page of its own on the following pages; neighbouring parts overlap a little.${skipped ? ` Shaded cells hold nothing but empty space or lines and are not printed.` : ''}`;
  const figure = `<figure class="diagram">
<div class="screen-only">${svg}</div>
${overview(width, height, layout)}
<figcaption>${caption}<span class="print-only"> ${printNote}</span></figcaption>
</figure>`;
  const parts = printed
    .map((p) => {
      // The part's window on the drawing: the drawing scaled so the part fills the box, shifted
      // to the part (background-position p% lines up the p% points of image and box).
      const px = width > p.width ? (p.x / (width - p.width)) * 100 : 0;
      const py = height > p.height ? (p.y / (height - p.height)) * 100 : 0;
      const style = `aspect-ratio:${num(p.width)} / ${num(p.height)};width:min(100%, ${num((PART_HEIGHT_MM * p.width) / p.height)}mm);background-size:${num((width / p.width) * 100)}% auto;background-position:${num(px)}% ${num(py)}%`;
      const name = `Diagram${single ? '' : `, part ${p.label}`}`;
      return `<div class="diagram-part"><p class="part-title"><b>${name}</b>${single ? '' : ` <span class="muted">column ${columnLetter(p.column)} of ${layout.columns}, row ${p.row + 1} of ${layout.rows}</span>`}</p><div class="part-view" style="${style}" role="img" aria-label="${name}"></div></div>`;
    })
    .join('\n');
  return {
    figure,
    parts: `<div class="diagram-parts print-only">\n${parts}\n</div>`,
    css: `.part-view { background-image: url("data:image/svg+xml,${dataUrlText(drawing.markup())}"); }`,
  };
}

/**
 * The SVG as the text of a CSS url("data:…") in a <style> element: URL-special characters
 * percent-encoded, and no quote, backslash, line break, < or > left to end the string or the element.
 * Colons, parentheses and @ are encoded too, so text from the model (a name reading
 * "javascript:…" or "@import") never appears as a CSS token in the style sheet, even inside the string.
 */
function dataUrlText(svg: string): string {
  return svg.replace(
    /[%#<>"'\\\n\r:()@]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
