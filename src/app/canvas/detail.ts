/**
 * Level of detail for large diagrams. From LARGE_DIAGRAM_NODES nodes on:
 * - the canvas renders only the elements in view (React Flow's onlyRenderVisibleElements) and the
 *   overview map shows zones only (ZoneMiniMap.tsx). A plant of thousands of assets otherwise keeps
 *   every card in the DOM: style, layout and paint of ~95,000 elements made the 5,000-asset plant
 *   take seconds to open and every drag frame slow;
 * - below COMPACT_BELOW_ZOOM asset cards are drawn as plain tiles (class colour and findings badge,
 *   no text or icons) and conduit labels are left out: at that zoom the text is a few pixels high
 *   and unreadable, while each card's dozen elements cost style, layout and paint time for the
 *   hundreds of cards then in view;
 * - below OVERVIEW_BELOW_ZOOM asset nodes are left out and each zone draws its assets itself
 *   (asset-tiles.ts): React Flow's per-node machinery was half the time to open the 5,000-asset
 *   plant, and a card a dozen pixels wide is not something to click or drag anyway;
 * - React Flow is given only the assets near the view (assetWindow), plus all zones, junctions and
 *   selected assets. Its work on every change (a drag frame, an edit) walks all the nodes it was
 *   given, whether rendered or not: with all 5,000 assets that was about half of the JavaScript
 *   per drag frame on the L plant.
 * Small diagrams always show everything in full detail.
 */
import { type ReactFlowState, useStore } from '@xyflow/react';
import { createContext, useContext } from 'react';
import type { Model } from '../../domain/model/schema';
import type { Box } from './geometry';

export const LARGE_DIAGRAM_NODES = 500;
export const COMPACT_BELOW_ZOOM = 0.4;
export const OVERVIEW_BELOW_ZOOM = 0.2;

/** Zones and assets: the same count whether or not the view has been derived yet. */
export function isLargeModel(model: Model): boolean {
  return model.zones.length + model.assets.length >= LARGE_DIAGRAM_NODES;
}

const farOutSelector = (s: ReactFlowState) => s.transform[2] < OVERVIEW_BELOW_ZOOM;

/** Zoomed out below the overview level (combine with isLargeModel). */
export function useFarOut(): boolean {
  return useStore(farOutSelector);
}

/** Provided by the canvas: whether the diagram is large (isLargeModel). */
export const LargeDiagram = createContext(false);

const compactZoomSelector = (s: ReactFlowState) => s.transform[2] < COMPACT_BELOW_ZOOM;

/** True while a large diagram is zoomed out too far for card text to be readable. */
export function useCompact(): boolean {
  const large = useContext(LargeDiagram);
  const zoomedOut = useStore(compactZoomSelector);
  return large && zoomedOut;
}

/** The part of the diagram on screen, in diagram coordinates. */
export interface ViewRect extends Box {
  zoom: number;
}

export function viewRect(x: number, y: number, zoom: number, width: number, height: number): ViewRect | null {
  if (!width || !height || !zoom) return null;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom, zoom };
}

/** The view grown by half its size on every side: assets in it are handed to React Flow. */
export function assetWindow(view: ViewRect): Box {
  return {
    x: view.x - view.width / 2,
    y: view.y - view.height / 2,
    width: view.width * 2,
    height: view.height * 2,
  };
}

/**
 * Still inside the window made for `a`: moved by at most a quarter of the view and zoomed by at
 * most 1.25×. Then `a`'s window (half a view of margin) still covers `b`, so panning and zooming
 * re-derive the canvas only now and then, not on every frame.
 */
function withinWindow(a: ViewRect | null, b: ViewRect | null): boolean {
  if (!a || !b) return a === b;
  const ratio = b.zoom / a.zoom;
  return (
    ratio >= 0.8 &&
    ratio <= 1.25 &&
    Math.abs(b.x + b.width / 2 - (a.x + a.width / 2)) <= a.width / 4 &&
    Math.abs(b.y + b.height / 2 - (a.y + a.height / 2)) <= a.height / 4
  );
}

const viewSelector = (s: ReactFlowState) =>
  viewRect(s.transform[0], s.transform[1], s.transform[2], s.width, s.height);
const noView = () => null;

/** The view the current asset window was made for (null for small diagrams or before measuring). */
export function useWindowView(large: boolean): ViewRect | null {
  return useStore(large ? viewSelector : noView, withinWindow);
}
