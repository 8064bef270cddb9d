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
 * - below OVERVIEW_BELOW_ZOOM asset nodes are hidden and each zone draws its assets itself
 *   (asset-tiles.ts): React Flow's per-node machinery was half the time to open the 5,000-asset
 *   plant, and a card a dozen pixels wide is not something to click or drag anyway.
 * Small diagrams always show everything in full detail.
 */
import { type ReactFlowState, useStore } from '@xyflow/react';
import type { Model } from '../../domain/model/schema';

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

// React Flow's node count includes junctions; isLargeModel's does not. Near the threshold the two
// can disagree, which only means compact cards on a diagram that is otherwise drawn in full.
const compactSelector = (s: ReactFlowState) =>
  s.transform[2] < COMPACT_BELOW_ZOOM && s.nodeLookup.size >= LARGE_DIAGRAM_NODES;

/** True while a large diagram is zoomed out too far for card text to be readable. */
export function useCompact(): boolean {
  return useStore(compactSelector);
}
