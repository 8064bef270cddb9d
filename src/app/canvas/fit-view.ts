/**
 * Fitting the diagram into view while keeping it clear of the minimap (bottom right): the fit
 * reserves the minimap's width on the right or its height at the bottom, whichever leaves the
 * larger zoom, so no zone ends up under the map.
 */
import { type FitViewOptions, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';

type Padding = NonNullable<FitViewOptions['padding']>;

/** React Flow's default minimap size plus its margin (Canvas.tsx: !m-3) and a little air. */
const MAP = { width: 200, height: 150, margin: 12 };
const EDGE = 24;

export function minimapPadding(
  width: number,
  height: number,
  bounds: { width: number; height: number },
): Padding {
  const side = MAP.width + 2 * MAP.margin + 8;
  const below = MAP.height + 2 * MAP.margin + 8;
  const bw = Math.max(1, bounds.width);
  const bh = Math.max(1, bounds.height);
  const zoomRight = Math.min((width - side - EDGE) / bw, (height - 2 * EDGE) / bh);
  const zoomBelow = Math.min((width - 2 * EDGE) / bw, (height - below - EDGE) / bh);
  const px = (n: number) => `${n}px` as const;
  return zoomRight >= zoomBelow
    ? { top: px(EDGE), left: px(EDGE), bottom: px(EDGE), right: px(side) }
    : { top: px(EDGE), left: px(EDGE), bottom: px(below), right: px(EDGE) };
}

/** "Fit to view" for toolbar buttons and re-fits after layout changes. */
export function useFitDiagram(): (duration?: number) => Promise<boolean> {
  const { fitView, getNodes, getNodesBounds } = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (duration = 200) => {
      const { width, height } = store.getState();
      const bounds = getNodesBounds(getNodes().filter((n) => !n.parentId));
      return fitView({ padding: minimapPadding(width, height, bounds), duration });
    },
    [fitView, getNodes, getNodesBounds, store],
  );
}
