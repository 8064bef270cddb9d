/**
 * The one place that speaks React Flow: turns its change events into model edits and store
 * updates. (React Flow 13 changes how changes are delivered; a migration touches this file.)
 *
 * - Selection changes → store.select (junctions and legs stand for their conduit).
 * - Drag: moving positions go to the store's drag overlay (not the model, not history); drag stop
 *   commits once, reparenting an element whose centre lands in another zone.
 * - Resize (NodeResizer): overlay while resizing, one edit at the end.
 * - Position changes outside a drag or resize are keyboard nudges: one edit each.
 * - Connect: a drag from a zone handle ending on another zone (its handle or anywhere on it).
 * - Palette drops: the payload's asset or zone is added at the drop point.
 */
import {
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
  type OnNodeDrag,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, type MouseEvent as ReactMouseEvent, useCallback, useMemo, useRef } from 'react';
import { ownValue } from '../../domain/edit/own';
import { readPayload } from '../palette/payload';
import { type DragOverlay, useEditor } from '../store/editor-store';
import { addAssetAt, addZoneAt, commitMoves, commitResize, connectZones } from './commands';
import { deepestZoneAt, layoutFor } from './geometry';
import { clickSelect } from './selection';
import { type ConduitFlowEdge, elementIdOf, type FlowNode, JUNCTION_PREFIX } from './view-model';

type OverlayEntry = DragOverlay[string];

function applySelectChanges(changes: ReadonlyArray<{ id: string; selected: boolean }>) {
  const { selection, select } = useEditor.getState();
  let next = [...selection];
  for (const c of changes) {
    const id = elementIdOf(c.id);
    if (c.selected) {
      if (!next.includes(id)) next.push(id);
    } else next = next.filter((x) => x !== id);
  }
  select(next);
}

function currentBox(id: string): OverlayEntry | undefined {
  const { model, dragOverlay } = useEditor.getState();
  const o = ownValue(dragOverlay, id);
  if (o) return o;
  const layout = layoutFor(model);
  const g = layout.zone.get(id) ?? layout.asset.get(id);
  return g && { x: g.rel.x, y: g.rel.y, width: g.rel.width, height: g.rel.height };
}

export function useFlowAdapter() {
  const { screenToFlowPosition } = useReactFlow();
  const dragging = useRef(false);
  const resizing = useRef(false);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const selects: Array<{ id: string; selected: boolean }> = [];
    const positions: Array<{ id: string; x: number; y: number; dragging: boolean }> = [];
    const dims: Array<{ id: string; width: number; height: number; resizing: boolean | undefined }> = [];
    for (const c of changes) {
      if (c.type === 'select') selects.push(c);
      else if (c.type === 'position' && c.position)
        positions.push({ id: c.id, ...c.position, dragging: !!c.dragging });
      else if (c.type === 'dimensions' && c.dimensions && c.resizing !== undefined)
        dims.push({ id: c.id, ...c.dimensions, resizing: c.resizing });
    }
    if (selects.length) applySelectChanges(selects);

    const state = useEditor.getState();
    if (dims.some((d) => d.resizing)) resizing.current = true;
    const resizeEnded = dims.some((d) => d.resizing === false);

    if (resizing.current || dragging.current || positions.some((p) => p.dragging)) {
      if (positions.length || dims.length) {
        const overlay: Record<string, OverlayEntry> = { ...state.dragOverlay };
        for (const p of positions) overlay[p.id] = { ...currentBox(p.id), x: p.x, y: p.y };
        for (const d of dims) {
          const box = currentBox(d.id);
          if (box) overlay[d.id] = { ...box, width: d.width, height: d.height };
        }
        state.setDragOverlay(overlay);
      }
      if (resizeEnded) {
        resizing.current = false;
        const overlay = useEditor.getState().dragOverlay;
        if (overlay) commitResize(overlay);
      }
      return;
    }
    // Outside a drag or resize: arrow keys on a focused node moved the selection.
    if (positions.length)
      commitMoves(
        'Nudge',
        positions.map((p) => ({ id: p.id, position: { x: p.x, y: p.y } })),
        false,
      );
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<ConduitFlowEdge>[]) => {
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length) applySelectChanges(selects);
  }, []);

  const onNodeDragStart = useCallback<OnNodeDrag<FlowNode>>(() => {
    dragging.current = true;
    useEditor.getState().setDragOverlay(null);
  }, []);

  const onNodeDragStop = useCallback<OnNodeDrag<FlowNode>>((_event, _node, nodes) => {
    dragging.current = false;
    const moves = nodes
      .filter((n) => n.type === 'zone' || n.type === 'asset')
      .map((n) => ({ id: n.id, position: { x: n.position.x, y: n.position.y } }));
    const label =
      moves.length === 1
        ? nodes[0]?.type === 'zone'
          ? 'Move zone'
          : 'Move asset'
        : `Move ${moves.length} elements`;
    if (!commitMoves(label, moves, true)) useEditor.getState().setDragOverlay(null);
  }, []);

  /** Junctions and legs are not selectable in React Flow; a click selects their conduit. */
  const onNodeClick = useCallback((event: ReactMouseEvent, node: FlowNode) => {
    if (node.id.startsWith(JUNCTION_PREFIX)) clickSelect(elementIdOf(node.id), event.shiftKey);
  }, []);
  const onEdgeClick = useCallback((event: ReactMouseEvent, edge: ConduitFlowEdge) => {
    if (edge.data?.role === 'leg') clickSelect(elementIdOf(edge.id), event.shiftKey);
  }, []);

  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      const from = state.fromNode;
      if (from?.type !== 'zone') return;
      let to: string | undefined = state.toNode?.type === 'zone' ? state.toNode.id : undefined;
      // Dropped anywhere on a zone (not on its handle): the deepest zone under the pointer.
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (to === undefined && point) {
        const flowPoint = screenToFlowPosition({ x: point.clientX, y: point.clientY });
        to = deepestZoneAt(layoutFor(useEditor.getState().model), flowPoint)?.zone.id;
      }
      if (to !== undefined && to !== from.id) connectZones(from.id, to);
    },
    [screenToFlowPosition],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const payload = readPayload(event.dataTransfer);
      if (!payload) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (payload.kind === 'asset') addAssetAt(payload.type, point);
      else addZoneAt(payload.zoneKind, point);
    },
    [screenToFlowPosition],
  );

  return useMemo(
    () => ({
      onNodesChange,
      onEdgesChange,
      onNodeDragStart,
      onNodeDragStop,
      onNodeClick,
      onEdgeClick,
      onConnectEnd,
      onDragOver,
      onDrop,
    }),
    [
      onNodesChange,
      onEdgesChange,
      onNodeDragStart,
      onNodeDragStop,
      onNodeClick,
      onEdgeClick,
      onConnectEnd,
      onDragOver,
      onDrop,
    ],
  );
}
