/**
 * The overview map for large diagrams: zones only, drawn from the diagram layout, with the visible
 * part of the canvas outlined. Click or drag on it to move the view there; the wheel zooms.
 *
 * Why not React Flow's <MiniMap>: it subscribes one component per node to React Flow's store and
 * recomputes the bounds of every node on each store update. On the 5,000-asset plant that was most
 * of the JavaScript in every drag frame and a few hundred milliseconds when opening. This map
 * depends on the model (zones), the drag overlay and the viewport only; assets would be specks at
 * this scale anyway.
 */
import { Panel, type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { memo, type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { ZONE_KIND_COLOR } from '../../domain/catalog/zone-colours';
import type { ZoneKind } from '../../domain/catalog/zone-kinds';
import { type DragOverlay, useEditor } from '../store/editor-store';
import { type Box, layoutFor, type ViewLayout } from './geometry';

const WIDTH = 200;
const HEIGHT = 150;
/** Margin around the drawing, in map pixels (as React Flow's map leaves). */
const OFFSET = 5;

interface ZoneRect extends Box {
  id: string;
  kind: ZoneKind;
  depth: number;
}

/** Absolute zone boxes, with zones (and what is inside them) moved by a drag in progress. */
export function zoneRects(layout: ViewLayout, overlay: DragOverlay | null): ZoneRect[] {
  const abs = new Map<string, Box>();
  const out: ZoneRect[] = [];
  // layout.zones lists parents before children, so a parent's box is known before its children's.
  for (const g of layout.zones) {
    const id = g.zone.id;
    const o = overlay && Object.hasOwn(overlay, id) ? overlay[id] : undefined;
    const rel = o
      ? { x: o.x, y: o.y, width: o.width ?? g.rel.width, height: o.height ?? g.rel.height }
      : g.rel;
    const parent = g.parentId !== undefined ? abs.get(g.parentId) : undefined;
    const box = o || parent ? { ...rel, x: (parent?.x ?? 0) + rel.x, y: (parent?.y ?? 0) + rel.y } : g.abs;
    abs.set(id, box);
    out.push({ ...box, id, kind: g.zone.kind, depth: g.depth });
  }
  return out;
}

function bounds(rects: readonly ZoneRect[], view: Box): Box {
  let minX = view.x;
  let minY = view.y;
  let maxX = view.x + view.width;
  let maxY = view.y + view.height;
  for (const r of rects) {
    if (r.depth > 0) continue;
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

const ZoneShapes = memo(function ZoneShapes({ rects }: { rects: readonly ZoneRect[] }) {
  return (
    <g>
      {rects.map((r) => (
        <rect
          key={r.id}
          className="react-flow__minimap-node"
          data-zone-id={r.id}
          x={r.x}
          y={r.y}
          width={r.width}
          height={r.height}
          fill={`${ZONE_KIND_COLOR[r.kind]}4d`}
          stroke={ZONE_KIND_COLOR[r.kind]}
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
          shapeRendering="crispEdges"
        />
      ))}
    </g>
  );
});

const viewSelector = (s: ReactFlowState) => ({ transform: s.transform, width: s.width, height: s.height });
const sameView = (a: ReturnType<typeof viewSelector>, b: ReturnType<typeof viewSelector>) =>
  a.width === b.width &&
  a.height === b.height &&
  a.transform[0] === b.transform[0] &&
  a.transform[1] === b.transform[1] &&
  a.transform[2] === b.transform[2];

export function ZoneMiniMap({ className, maskColor }: { className?: string; maskColor?: string }) {
  const model = useEditor((s) => s.model);
  const overlay = useEditor((s) => s.dragOverlay);
  const { transform, width, height } = useStore(viewSelector, sameView);
  const { setCenter, getZoom, zoomTo } = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);

  const layout = layoutFor(model);
  const rects = useMemo(() => zoneRects(layout, overlay), [layout, overlay]);
  const [tx, ty, zoom] = transform;
  const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
  const all = bounds(rects, view);
  // Fit the drawing into the map, centred, as React Flow's map does.
  const scale = Math.max(all.width / WIDTH, all.height / HEIGHT) || 1;
  const offset = OFFSET * scale;
  const vw = WIDTH * scale + 2 * offset;
  const vh = HEIGHT * scale + 2 * offset;
  const vx = all.x - (WIDTH * scale - all.width) / 2 - offset;
  const vy = all.y - (HEIGHT * scale - all.height) / 2 - offset;

  /** Moves the view so the diagram point under the pointer is in the middle. */
  const centreOn = (event: PointerEvent<SVGSVGElement>) => {
    const r = event.currentTarget.getBoundingClientRect();
    const x = vx + ((event.clientX - r.left) / r.width) * vw;
    const y = vy + ((event.clientY - r.top) / r.height) * vh;
    void setCenter(x, y, { zoom: getZoom() });
  };

  // The wheel zooms the canvas; a native listener, because React's wheel listener is passive.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      void zoomTo(getZoom() * (event.deltaY < 0 ? 1.2 : 1 / 1.2));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoomTo, getZoom]);

  return (
    <Panel
      position="bottom-right"
      className={`react-flow__minimap ${className ?? ''}`}
      style={maskColor ? ({ '--xy-minimap-mask-background-color-props': maskColor } as object) : undefined}
      data-testid="zone-minimap"
    >
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${vx} ${vy} ${vw} ${vh}`}
        className="react-flow__minimap-svg cursor-pointer"
        role="img"
        aria-label="Minimap"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          centreOn(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreOn(event);
        }}
      >
        <ZoneShapes rects={rects} />
        <path
          className="react-flow__minimap-mask"
          d={`M${vx - offset},${vy - offset}h${vw + 2 * offset}v${vh + 2 * offset}h${-vw - 2 * offset}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
