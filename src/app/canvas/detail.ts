/**
 * Level of detail for large diagrams. From LARGE_DIAGRAM_NODES nodes on:
 * - the canvas renders only the elements in view (React Flow's onlyRenderVisibleElements) and the
 *   overview map shows zones only (ZoneMiniMap.tsx). A plant of thousands of assets otherwise keeps
 *   every card in the DOM: style, layout and paint of ~95,000 elements made the 5,000-asset plant
 *   take seconds to open and every drag frame slow;
 * - below COMPACT_BELOW_ZOOM asset cards are drawn as plain tiles (class colour and findings badge,
 *   no text or icons) and conduit labels are left out: at that zoom the text is a few pixels high
 *   and unreadable, while each card's dozen elements cost style, layout and paint time for the
 *   hundreds of cards then in view.
 * Small diagrams always show everything in full detail.
 */
import { type ReactFlowState, useStore } from '@xyflow/react';

export const LARGE_DIAGRAM_NODES = 500;
export const COMPACT_BELOW_ZOOM = 0.4;

const compactSelector = (s: ReactFlowState) =>
  s.transform[2] < COMPACT_BELOW_ZOOM && s.nodeLookup.size >= LARGE_DIAGRAM_NODES;

/** True while a large diagram is zoomed out too far for card text to be readable. */
export function useCompact(): boolean {
  return useStore(compactSelector);
}
