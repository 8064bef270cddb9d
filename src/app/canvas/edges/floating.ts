/**
 * Straight conduit lines between zone borders ("floating" edges): each end sits where the line
 * between the two centres leaves the zone's box, so lines never run through a zone's content.
 */
import type { InternalNode } from '@xyflow/react';
import { type Box, containsBox, SIZE } from '../geometry';

export interface Segment {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

export function nodeBox(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return {
    x,
    y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

function centre(b: Box) {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Where the ray from the box centre towards `to` crosses the box border. */
export function borderPoint(b: Box, to: { x: number; y: number }): { x: number; y: number } {
  const c = centre(b);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const hw = b.width / 2;
  const hh = b.height / 2;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : hw / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : hh / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

export function floatingSegment(source: Box, target: Box): Segment {
  // A zone joined to a zone around it: a short drop from the outer header to the inner zone's top.
  if (containsBox(source, target) || containsBox(target, source)) {
    const [outer, inner] = containsBox(source, target) ? [source, target] : [target, source];
    const x = inner.x + inner.width / 2;
    const outerPoint = { x, y: outer.y + SIZE.header };
    const innerPoint = { x, y: inner.y };
    return outer === source
      ? { sx: outerPoint.x, sy: outerPoint.y, tx: innerPoint.x, ty: innerPoint.y }
      : { sx: innerPoint.x, sy: innerPoint.y, tx: outerPoint.x, ty: outerPoint.y };
  }
  const s = borderPoint(source, centre(target));
  const t = borderPoint(target, centre(source));
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y };
}
