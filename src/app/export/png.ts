/**
 * PNG of the whole diagram: our own vector SVG export (the same drawing as "SVG drawing (with
 * findings)") rasterised by the browser. The SVG is loaded into an <img> from a data: URL (the
 * app's Content-Security-Policy allows img-src data:), drawn onto a canvas and encoded with
 * canvas.toBlob. The SVG's outer size is multiplied by the scale while its viewBox stays, so 2x
 * and 4x are drawn from the vectors, not enlarged from a 1x bitmap.
 *
 * This replaced html-to-image on the React Flow viewport, which copied the computed style of every
 * DOM element (about 10 s for the 45-asset demo, with the UI frozen) and drew editor chrome.
 */
import type { EvaluationView } from '../../domain/export/findings';
import { renderSvg } from '../../domain/export/svg';
import { THEMES } from '../../domain/export/svg-theme';
import type { Model } from '../../domain/model/schema';

export { PNG_SCALES, type PngScale } from '../../domain/export/registry';

/** Browsers refuse canvases larger than about 16k-32k px a side (and slow down long before). */
const MAX_SIDE = 16_000;
/** 120 Mpx is 480 MB of pixels: about what a browser tab can spare. */
const MAX_PIXELS = 120_000_000;
/** Below this a diagram is unreadable as a PNG; SVG is the format for it. */
const MIN_SCALE = 1 / 16;

/** Canvas size at a scale: whole pixels, exactly `scale` times the 1x size for integer scales. */
export function pixelSize(width: number, height: number, scale: number): { width: number; height: number } {
  return {
    width: Math.max(1, Math.round(Math.ceil(width) * scale)),
    height: Math.max(1, Math.round(Math.ceil(height) * scale)),
  };
}

/**
 * The scale actually used: the asked one, halved until the picture fits a browser canvas;
 * undefined when even 1/16 does not fit.
 */
export function usableScale(width: number, height: number, scale: number): number | undefined {
  for (let s = scale; s >= MIN_SCALE; s /= 2) {
    const px = pixelSize(width, height, s);
    if (px.width <= MAX_SIDE && px.height <= MAX_SIDE && px.width * px.height <= MAX_PIXELS) return s;
  }
  return undefined;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  // decode() rejects without saying why; onerror would not either, so the message is ours.
  return img.decode().then(
    () => img,
    () => {
      throw new Error('the browser could not draw the diagram');
    },
  );
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

export interface RenderedPng {
  blob: Blob;
  /** The scale used (lower than asked when the picture would be too large). */
  scale: number;
  width: number;
  height: number;
}

/** The whole diagram as a PNG at `scale` (lowered when too large for a canvas), findings marked. */
export async function renderPng(
  model: Model,
  evaluation: EvaluationView,
  scale: number,
): Promise<RenderedPng> {
  const drawing = renderSvg(model, { evaluation, findings: true, xmlDeclaration: false });
  const used = usableScale(drawing.width, drawing.height, scale);
  if (used === undefined) throw new Error('the diagram is too large for a PNG; export it as SVG instead');
  const size = pixelSize(drawing.width, drawing.height, used);
  const svg = drawing.markup(used);
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser has no canvas to draw on');
  // The last part of a pixel that the drawing does not reach gets the drawing's background.
  ctx.fillStyle = THEMES.light.background;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(img, 0, 0, drawing.width * used, drawing.height * used);
  const blob = await toBlob(canvas);
  // Let the browser free the pixels now rather than at the next collection.
  canvas.width = 0;
  canvas.height = 0;
  return { blob, scale: used, ...size };
}
