/**
 * A uniform-grid index of boxes for collision look-ups: "which boxes might touch this one?" in
 * time proportional to the boxes nearby instead of all of them. Exporters use it to place labels
 * and conduit hubs on drawings with thousands of cards without comparing each candidate spot with
 * every card, zone and label.
 *
 * `near` returns a superset (boxes sharing a grid cell with the query, plus very large boxes), in
 * insertion order, so a caller that sums or tests over the result in order gets exactly what a
 * scan of the whole list in insertion order would give, only sooner.
 */
export interface GridBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Cell coordinates are clamped to this range, so far-away boxes share edge cells (still correct). */
const MAX_CELL = 1 << 20;
/** A box spanning more cells than this is kept in a list returned by every query. */
const MAX_CELLS_PER_BOX = 1024;

export class BoxGrid<T extends GridBox = GridBox> {
  readonly items: T[] = [];
  private readonly cells = new Map<number, number[]>();
  /** Indices of boxes too large (or not finite) to bucket. */
  private readonly everywhere: number[] = [];
  /** Per-item query stamp, to return each index once per query. */
  private readonly seen: number[] = [];
  private stamp = 0;

  constructor(private readonly cellSize = 256) {}

  add(item: T): number {
    const index = this.items.length;
    this.items.push(item);
    this.seen.push(0);
    const range = this.range(item);
    if (!range) {
      this.everywhere.push(index);
      return index;
    }
    for (let cx = range.x0; cx <= range.x1; cx++)
      for (let cy = range.y0; cy <= range.y1; cy++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(index);
        else this.cells.set(key, [index]);
      }
    return index;
  }

  /** Indices (ascending) of every box that may overlap or touch `box`. */
  near(box: GridBox): number[] {
    const range = this.range(box);
    if (!range) return this.items.map((_, i) => i);
    const stamp = ++this.stamp;
    const out: number[] = [];
    for (const i of this.everywhere) {
      this.seen[i] = stamp;
      out.push(i);
    }
    for (let cx = range.x0; cx <= range.x1; cx++)
      for (let cy = range.y0; cy <= range.y1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (!list) continue;
        for (const i of list) {
          if (this.seen[i] === stamp) continue;
          this.seen[i] = stamp;
          out.push(i);
        }
      }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  /** Cells a box covers; undefined when it is not finite or covers too many to list. */
  private range(b: GridBox): { x0: number; x1: number; y0: number; y1: number } | undefined {
    const x0 = this.cell(Math.min(b.x, b.x + b.width));
    const x1 = this.cell(Math.max(b.x, b.x + b.width));
    const y0 = this.cell(Math.min(b.y, b.y + b.height));
    const y1 = this.cell(Math.max(b.y, b.y + b.height));
    if (Number.isNaN(x0) || Number.isNaN(x1) || Number.isNaN(y0) || Number.isNaN(y1)) return undefined;
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_BOX) return undefined;
    return { x0, x1, y0, y1 };
  }

  /** Floor then clamp: both monotone, so boxes that touch always share at least one cell. */
  private cell(v: number): number {
    return Math.max(-MAX_CELL, Math.min(MAX_CELL, Math.floor(v / this.cellSize)));
  }
}

/** One number per cell: exact for clamped coordinates (|c| ≤ 2^20, so the key stays below 2^42). */
const cellKey = (cx: number, cy: number) => (cx + MAX_CELL) * (2 * MAX_CELL + 1) + (cy + MAX_CELL);
