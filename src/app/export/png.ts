/**
 * PNG of the whole diagram (not just what is on screen), as in React Flow's "download image"
 * example: html-to-image renders the viewport element with a transform that frames the bounds of
 * all nodes at zoom 1, and `pixelRatio` gives the 1x/2x/4x scale. html-to-image is pinned to
 * 1.11.11 because later versions drop the edges from the picture.
 */
import { getViewportForBounds, type Rect } from '@xyflow/react';
import { toPng } from 'html-to-image';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Margin around the diagram, in diagram pixels. */
const PADDING = 32;
/** Browsers refuse canvases larger than this on a side (and slow down long before). */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 120_000_000;

/** The scale actually used: the asked one, lowered when the picture would be too large to draw. */
export function usableScale(bounds: Rect, scale: number): number {
  const width = bounds.width + 2 * PADDING;
  const height = bounds.height + 2 * PADDING;
  let s = scale;
  while (s > 0.25 && (width * s > MAX_SIDE || height * s > MAX_SIDE || width * height * s * s > MAX_PIXELS))
    s /= 2;
  return s;
}

/** Elements that are editor chrome, not part of the drawing. */
function isChrome(node: HTMLElement): boolean {
  const classes = node.classList;
  return (
    classes !== undefined &&
    (classes.contains('react-flow__resize-control') ||
      classes.contains('react-flow__handle') ||
      classes.contains('react-flow__nodesselection'))
  );
}

/** A data: URL of the PNG. `bounds` comes from useReactFlow().getNodesBounds (right for sub-flows). */
export async function renderPng(bounds: Rect, scale: number): Promise<{ dataUrl: string; scale: number }> {
  const viewportEl = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportEl) throw new Error('the diagram is not on screen');
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING);
  // Zoom fixed at 1 (the scale comes from pixelRatio); the bounds are centred, leaving PADDING around.
  const viewport = getViewportForBounds(bounds, width, height, 1, 1, 0);
  const used = usableScale(bounds, scale);
  const dataUrl = await toPng(viewportEl, {
    backgroundColor: '#ffffff',
    width,
    height,
    pixelRatio: used,
    skipFonts: true,
    filter: (node) => !(node instanceof HTMLElement && isChrome(node)),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
  });
  return { dataUrl, scale: used };
}
