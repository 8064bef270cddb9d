/**
 * The whole drawing for exporters: the canvas layout (zones and assets, see geometry.ts) plus the
 * sticky notes, and the extent of everything drawn.
 */

import { layoutFor } from '../derived/model';
import type { Model } from '../model/schema';
import { type Box, union, type ViewLayout } from './geometry';
import { type StickyPlacement, stickyPlacements } from './sticky-notes';

export interface DiagramLayout extends ViewLayout {
  /** Sticky notes (notes without a target), in model order. */
  notes: readonly StickyPlacement[];
  /** Union of top-level zones and sticky notes; a zero box at the origin when nothing is drawn. */
  extent: Box;
}

export function layoutDiagram(model: Model): DiagramLayout {
  const layout = layoutFor(model);
  const notes = stickyPlacements(model, layout);
  const tops = layout.zones.filter((z) => z.depth === 0).map((z) => z.abs);
  return { ...layout, notes, extent: union([...tops, ...notes.map((n) => n.box)]) };
}
