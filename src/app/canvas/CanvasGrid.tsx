import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';

/**
 * The dot grid, drawn in diagram coordinates inside React Flow's viewport (its ViewportPortal)
 * instead of React Flow's <Background>. The Background is a canvas-sized SVG whose pattern shifts
 * with every pan frame, so each frame repainted and re-rasterised the whole canvas (~23 ms per
 * frame without a GPU, measured). Here the grid moves with the drawing: while panning, the
 * drawing's compositor layer (index.css) is just moved. Styles: `.canvas-grid` in index.css.
 */
export const CanvasGrid = memo(function CanvasGrid() {
  return (
    <ViewportPortal>
      <div className="canvas-grid" aria-hidden="true" data-testid="canvas-grid" />
    </ViewportPortal>
  );
});
