/**
 * Other participants on the canvas, in diagram coordinates (React Flow's viewport portal), so a
 * pointer or a selection outline sits on the same element at any zoom and pan: a coloured pointer
 * with the person's name, and an outline in their colour around what they have selected. It takes
 * no pointer events. It also publishes this participant's own pointer (flow coordinates).
 */
import { useReactFlow, useViewport, ViewportPortal } from '@xyflow/react';
import { memo, useEffect } from 'react';
import { ownValue } from '../../domain/edit/own';
import type { Model } from '../../domain/model/schema';
import { type Box, layoutFor } from '../canvas/geometry';
import type { DragOverlay } from '../store/editor-store';
import { useEditor } from '../store/editor-store';
import { type Peer, useCollab, usePeerDrag } from './collab-store';
import { sessionHandle } from './handle';

/** Outlines and pointers keep their on-screen size whatever the zoom. */
const scaleFor = (zoom: number) => 1 / Math.max(zoom, 0.05);

type Layout = ReturnType<typeof layoutFor>;

/** How far a drag in progress (anyone's) has moved an element: its own shift plus its zones'. */
function dragShift(
  id: string,
  layout: Layout,
  drag: DragOverlay | null,
  depth = 0,
): { dx: number; dy: number } {
  if (!drag || depth > 20) return { dx: 0, dy: 0 };
  const zone = layout.zone.get(id);
  const asset = zone ? undefined : layout.asset.get(id);
  const g = zone ?? asset;
  if (!g) return { dx: 0, dy: 0 };
  const own = ownValue(drag, id);
  const parent = zone ? zone.parentId : asset?.asset.zoneId;
  const up = parent ? dragShift(parent, layout, drag, depth + 1) : { dx: 0, dy: 0 };
  return own ? { dx: up.dx + own.x - g.rel.x, dy: up.dy + own.y - g.rel.y } : up;
}

function selectionBoxes(ids: readonly string[], model: Model, drag: DragOverlay | null): Box[] {
  const layout = layoutFor(model);
  const boxes: Box[] = [];
  for (const id of ids) {
    const g = layout.zone.get(id)?.abs ?? layout.asset.get(id)?.abs;
    if (g) {
      const { dx, dy } = dragShift(id, layout, drag);
      boxes.push({ ...g, x: g.x + dx, y: g.y + dy });
      continue;
    }
    const conduit = model.conduits.find((c) => c.id === id);
    if (!conduit) continue;
    // A conduit: a marker halfway between its zones.
    const ends = conduit.zoneIds.flatMap((z) => layout.zone.get(z)?.abs ?? []);
    if (ends.length === 0) continue;
    const x = ends.reduce((s, b) => s + b.x + b.width / 2, 0) / ends.length;
    const y = ends.reduce((s, b) => s + b.y + b.height / 2, 0) / ends.length;
    boxes.push({ x: x - 14, y: y - 14, width: 28, height: 28 });
  }
  return boxes;
}

function PeerSelection({ peer, k }: { peer: Peer; k: number }) {
  const model = useEditor((s) => s.model);
  const drag = usePeerDrag();
  const boxes = selectionBoxes(peer.selection, model, drag);
  const pad = 4 * k;
  return (
    <>
      {boxes.map((b, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: boxes follow the selection order
          key={i}
          data-testid="peer-selection"
          data-peer={peer.name}
          data-element={peer.selection[i]}
          className="pointer-events-none absolute rounded-md"
          style={{
            left: b.x - pad,
            top: b.y - pad,
            width: b.width + 2 * pad,
            height: b.height + 2 * pad,
            outline: `${2.5 * k}px solid ${peer.color}`,
          }}
        >
          {i === 0 ? (
            <span
              className="absolute left-0 whitespace-nowrap rounded px-1 font-medium text-white"
              style={{
                backgroundColor: peer.color,
                fontSize: 11 * k,
                bottom: '100%',
                marginBottom: 3 * k,
                padding: `${1 * k}px ${4 * k}px`,
              }}
            >
              {peer.name}
            </span>
          ) : null}
        </div>
      ))}
    </>
  );
}

function PeerCursor({ peer, k }: { peer: Peer; k: number }) {
  if (!peer.cursor) return null;
  return (
    <div
      data-testid="peer-cursor"
      data-peer={peer.name}
      className="pointer-events-none absolute left-0 top-0"
      style={{
        transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${k})`,
        transformOrigin: '0 0',
        // Above conduit labels (1500, index.css).
        zIndex: 2000,
      }}
    >
      <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden="true">
        <path d="M1 1l15 9.5-6.6 1.4L6.2 19z" fill={peer.color} stroke="white" strokeWidth="1.5" />
      </svg>
      <span
        className="absolute top-[18px] left-[12px] whitespace-nowrap rounded px-1.5 py-0.5 font-medium text-[11px] text-white shadow"
        style={{ backgroundColor: peer.color }}
      >
        {peer.name}
      </span>
    </div>
  );
}

/** Sends this participant's pointer (diagram coordinates) while it is over the canvas. */
function usePublishPointer() {
  const { screenToFlowPosition } = useReactFlow();
  useEffect(() => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]');
    if (!canvas) return;
    const move = (e: PointerEvent) =>
      sessionHandle()?.setCursor(screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    const leave = () => sessionHandle()?.setCursor(null);
    canvas.addEventListener('pointermove', move, { passive: true });
    canvas.addEventListener('pointerleave', leave);
    return () => {
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerleave', leave);
    };
  }, [screenToFlowPosition]);
}

export const PresenceOverlay = memo(function PresenceOverlay() {
  const shared = useCollab((s) => s.shared !== null);
  return shared ? <PresenceLayer /> : null;
});

function PresenceLayer() {
  const peers = useCollab((s) => s.peers);
  const { zoom } = useViewport();
  usePublishPointer();
  const k = scaleFor(zoom);
  return (
    <ViewportPortal>
      <div data-testid="presence-layer">
        {peers.map((p) => (
          <PeerSelection key={`s${p.clientId}`} peer={p} k={k} />
        ))}
        {peers.map((p) => (
          <PeerCursor key={`c${p.clientId}`} peer={p} k={k} />
        ))}
      </div>
    </ViewportPortal>
  );
}
