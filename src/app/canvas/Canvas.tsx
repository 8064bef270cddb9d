import {
  ConnectionMode,
  type EdgeTypes,
  getViewportForBounds,
  MiniMap,
  type NodeTypes,
  ReactFlow,
  type ReactFlowState,
  type Rect,
  useReactFlow,
  useStore,
  useStoreApi,
  type Viewport,
} from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ZONE_KIND_COLOR } from '../../domain/catalog/zone-colours';
import type { Model } from '../../domain/model/schema';
import { PurdueBandsLayer } from '../bands/PurdueBandsLayer';
import { SubsystemsLayer } from '../bands/SubsystemsLayer';
import { usePeerDrag } from '../collab/collab-store';
import { conduitPlacementsFor } from '../store/derived';
import { useEditor } from '../store/editor-store';
import { CanvasGrid } from './CanvasGrid';
import {
  assetWindow,
  isLargeModel,
  LargeDiagram,
  OVERVIEW_BELOW_ZOOM,
  useFarOut,
  useWindowView,
  viewRect,
} from './detail';
import { EmptyHint } from './EmptyHint';
import { ConduitEdge, ConduitMarkers } from './edges/ConduitEdge';
import { minimapPadding } from './fit-view';
import { useFlowAdapter } from './flow-adapter';
import { layoutFor, SIZE, union } from './geometry';
import { AssetNode } from './nodes/AssetNode';
import { JunctionNode } from './nodes/JunctionNode';
import { ZoneNode } from './nodes/ZoneNode';
import { welcomeViewport } from './start-view';
import { type FlowNode, ViewDeriver } from './view-model';
import { ZoneMiniMap } from './ZoneMiniMap';

// Defined once, outside components: React Flow re-mounts every node when these objects change.
const nodeTypes: NodeTypes = { zone: ZoneNode, asset: AssetNode, junction: JunctionNode } as NodeTypes;
const edgeTypes: EdgeTypes = { conduit: ConduitEdge } as EdgeTypes;
const defaultEdgeOptions = { zIndex: 1 };
const snapGrid: [number, number] = [SIZE.grid, SIZE.grid];
const proOptions = { hideAttribution: true };
// Also constant: React Flow copies some props (ariaLabelConfig) into its store whenever their
// identity changes, and every store update re-runs every node's selectors.
const connectionLineStyle = { stroke: '#2563eb', strokeWidth: 2, strokeDasharray: '5 4' };
const MINIMAP_CLASS = '!m-3 !rounded-md !border !border-slate-200 !shadow-sm';
const MINIMAP_MASK = 'rgb(241 245 249 / 0.7)';
const ariaLabelConfig = {
  'node.a11yDescription.default': 'Press Enter or Space to select. Arrow keys move the selection.',
};

function minimapColor(node: FlowNode): string {
  if (node.type === 'zone') return `${ZONE_KIND_COLOR[node.data.zone.kind]}33`;
  if (node.type === 'asset') return '#94a3b8';
  return '#64748b';
}

function minimapStroke(node: FlowNode): string {
  return node.type === 'zone' ? ZONE_KIND_COLOR[node.data.zone.kind] : 'transparent';
}

/**
 * The previous array when it holds exactly the same objects: a drag re-derives the view every
 * frame, and a new (but equal) edges array would make React Flow rebuild its edge lookup and
 * notify every subscriber once more per frame.
 */
function useStableArray<T>(next: T[]): T[] {
  const previous = useRef(next);
  const prev = previous.current;
  if (prev !== next && (prev.length !== next.length || prev.some((item, i) => item !== next[i])))
    previous.current = next;
  return previous.current;
}

/** Pans to elements the rest of the app asks to reveal (findings list, keyboard insertion). */
function useReveal() {
  const { setCenter, getZoom } = useReactFlow();
  const request = useEditor((s) => s.revealRequest);
  useEffect(() => {
    if (!request) return;
    const { model } = useEditor.getState();
    const layout = layoutFor(model);
    const conduit = model.conduits.find((c) => c.id === request.id);
    const boxes = conduit
      ? conduit.zoneIds.flatMap((z) => layout.zone.get(z)?.abs ?? [])
      : [layout.zone.get(request.id)?.abs ?? layout.asset.get(request.id)?.abs].filter(
          (b) => b !== undefined,
        );
    if (boxes.length === 0) return;
    const x = boxes.reduce((s, b) => s + b.x + b.width / 2, 0) / boxes.length;
    const y = boxes.reduce((s, b) => s + b.y + b.height / 2, 0) / boxes.length;
    const zoom = Math.max(getZoom(), 0.8);
    // Centre in the part of the canvas the Tables drawer leaves visible.
    const drawer = document.querySelector('[data-tables-drawer]')?.getBoundingClientRect().height ?? 0;
    void setCenter(x, y + drawer / 2 / zoom, { zoom, duration: 300 });
  }, [request, setCenter, getZoom]);
}

/** What "fit to view" frames: the top-level zones and any junction placed outside them. */
function drawingBounds(model: Model): Rect {
  const layout = layoutFor(model);
  const boxes = [layout.bounds];
  for (const p of conduitPlacementsFor(model).values())
    if (p.kind === 'junction') boxes.push({ x: p.x - 10, y: p.y - 10, width: 20, height: 20 });
  return union(layout.zones.length ? boxes : []);
}

/** The viewport that fits the model's drawing into the canvas; null before the canvas is measured. */
function fittedViewport(model: Model, flow: ReactFlowState): Viewport | null {
  const { width, height, minZoom, maxZoom } = flow;
  if (!width || !height) return null;
  const bounds = drawingBounds(model);
  if (bounds.width <= 0 || bounds.height <= 0) return null;
  return getViewportForBounds(bounds, width, height, minZoom, maxZoom, minimapPadding(width, height, bounds));
}

/** Where an opened model is shown: fitted, or (the demo on a small screen) readable on its welcome note. */
function openingViewport(model: Model, flow: ReactFlowState): Viewport | null {
  const fitted = fittedViewport(model, flow);
  if (!fitted) return null;
  return welcomeViewport(model, drawingBounds(model), flow.width, flow.height, fitted) ?? fitted;
}

const canvasReady = (s: ReactFlowState) => s.width > 0 && s.height > 0 && s.panZoom !== null;

/**
 * Frames a document when it is opened (not after ordinary edits), before React Flow renders the
 * new nodes: a layout effect runs ahead of React Flow's own effect that takes the nodes. Fitting
 * afterwards (in the next frame) rendered a large plant twice, first around the old view and then
 * the whole of it, which doubled the time to open it. On first mount it waits for the canvas to
 * be measured (the view comes from the model's layout, not from measured nodes).
 *
 * Returns the viewport about to be applied while the fit is pending (the render that shows the
 * opened model), so the level of detail can already follow the new zoom; null otherwise.
 */
function useFitOnOpen(model: Model): Viewport | null {
  const store = useStoreApi();
  const { setViewport } = useReactFlow();
  const ready = useStore(canvasReady);
  const openSeq = useEditor((s) => (s.lastEdit?.label === 'Open' ? s.lastEdit.seq : null));
  const applied = useRef<number | null>(null);
  const pending =
    openSeq !== null && openSeq !== applied.current ? openingViewport(model, store.getState()) : null;
  useLayoutEffect(() => {
    if (!ready || openSeq === null || applied.current === openSeq) return;
    const viewport = openingViewport(useEditor.getState().model, store.getState());
    if (!viewport) return;
    applied.current = openSeq;
    void setViewport(viewport, { duration: 0 });
  }, [openSeq, ready, store, setViewport]);
  return pending;
}

/** Edits after which the result may lie outside the view: undo/redo (of an auto-layout, say), imports, layout. */
const REFIT_AFTER = /^(Undo|Redo|Auto-layout|Import)/;

/**
 * Re-fits the view when such an edit leaves part of the drawing outside it (an undone auto-layout,
 * an import that created zones below the diagram), so the user sees the result.
 */
function useRefitWhenOutOfView(): void {
  const store = useStoreApi();
  const { setViewport } = useReactFlow();
  const edit = useEditor((s) => s.lastEdit);
  const seen = useRef<number | null>(null);
  const lastBounds = useRef<Rect | null>(null);
  useEffect(() => {
    if (!edit || seen.current === edit.seq) return;
    seen.current = edit.seq;
    const model = useEditor.getState().model;
    const bounds = drawingBounds(model);
    const before = lastBounds.current;
    lastBounds.current = bounds;
    // Only when the drawing itself moved or grew: an undone rename while zoomed in keeps the view.
    const same =
      before !== null &&
      before.x === bounds.x &&
      before.y === bounds.y &&
      before.width === bounds.width &&
      before.height === bounds.height;
    if (same || !REFIT_AFTER.test(edit.label)) return;
    const id = requestAnimationFrame(() => {
      const flow = store.getState();
      if (!flow.width || !flow.height || bounds.width <= 0) return;
      const [tx, ty, zoom] = flow.transform;
      const view = { x: -tx / zoom, y: -ty / zoom, width: flow.width / zoom, height: flow.height / zoom };
      const inside =
        bounds.x >= view.x &&
        bounds.y >= view.y &&
        bounds.x + bounds.width <= view.x + view.width &&
        bounds.y + bounds.height <= view.y + view.height;
      if (inside) return;
      // An undo or redo re-fits only when the user was looking at the whole drawing before it (an
      // undone auto-layout); zoomed in on detail, undoing a move or resize keeps the user's view.
      if (/^(Undo|Redo)/.test(edit.label) && before) {
        const overviewZoom = Math.min(
          flow.width / Math.max(1, before.width),
          flow.height / Math.max(1, before.height),
        );
        if (zoom > 1.15 * overviewZoom) return;
      }
      const viewport = fittedViewport(model, flow);
      if (viewport) void setViewport(viewport, { duration: 250 });
    });
    return () => cancelAnimationFrame(id);
  }, [edit, store, setViewport]);
}

export function Canvas() {
  const deriver = useRef<ViewDeriver | null>(null);
  deriver.current ??= new ViewDeriver();
  const { model, selection, ownOverlay, readOnly } = useEditor(
    useShallow((s) => ({
      model: s.model,
      selection: s.selection,
      ownOverlay: s.dragOverlay,
      readOnly: s.readOnly,
    })),
  );
  // Shared documents: what other participants are dragging moves here too (my own drag wins).
  const peerDrag = usePeerDrag();
  const overlay = useMemo(
    () => (peerDrag ? { ...peerDrag, ...ownOverlay } : ownOverlay),
    [peerDrag, ownOverlay],
  );
  // Large diagrams render only the elements in view, use the zones-only map and, zoomed far out,
  // let zones draw their assets (see detail.ts for why).
  const large = isLargeModel(model);
  const fitting = useFitOnOpen(model);
  useRefitWhenOutOfView();
  const farOut = useFarOut();
  const liveView = useWindowView(large);
  const store = useStoreApi();
  // Opening: the view about to be applied, so the first render of the new model already uses it.
  const windowView =
    fitting && large
      ? viewRect(fitting.x, fitting.y, fitting.zoom, store.getState().width, store.getState().height)
      : liveView;
  const window = useMemo(() => (windowView ? assetWindow(windowView) : null), [windowView]);
  const overview = large && (fitting ? fitting.zoom < OVERVIEW_BELOW_ZOOM : farOut);
  const view = deriver.current.derive(model, selection, overlay, { overview, assetWindow: window });
  const nodes = useStableArray(view.nodes);
  const edges = useStableArray(view.edges);
  const handlers = useFlowAdapter();
  useReveal();

  return (
    <LargeDiagram.Provider value={large}>
      <div className="relative h-full w-full" data-testid="canvas">
        <ConduitMarkers />
        {model.zones.length === 0 && <EmptyHint />}
        <ReactFlow<FlowNode, (typeof edges)[number]>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          defaultEdgeOptions={defaultEdgeOptions}
          {...handlers}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          connectionMode={ConnectionMode.Loose}
          connectionRadius={28}
          connectionLineStyle={connectionLineStyle}
          snapToGrid
          snapGrid={snapGrid}
          deleteKeyCode={null}
          multiSelectionKeyCode="Shift"
          selectionKeyCode="Shift"
          elevateNodesOnSelect={false}
          elevateEdgesOnSelect
          minZoom={0.1}
          maxZoom={2.5}
          proOptions={proOptions}
          onlyRenderVisibleElements={large}
          ariaLabelConfig={ariaLabelConfig}
        >
          <CanvasGrid />
          <PurdueBandsLayer />
          <SubsystemsLayer />
          {large ? (
            <ZoneMiniMap className={MINIMAP_CLASS} maskColor={MINIMAP_MASK} />
          ) : (
            <MiniMap<FlowNode>
              pannable
              zoomable
              nodeColor={minimapColor}
              nodeStrokeColor={minimapStroke}
              nodeStrokeWidth={3}
              maskColor={MINIMAP_MASK}
              className={MINIMAP_CLASS}
              ariaLabel="Minimap"
            />
          )}
        </ReactFlow>
      </div>
    </LargeDiagram.Provider>
  );
}
