import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  type EdgeTypes,
  MiniMap,
  type NodeTypes,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/editor-store';
import { LARGE_DIAGRAM_NODES } from './detail';
import { ConduitEdge, ConduitMarkers } from './edges/ConduitEdge';
import { useFlowAdapter } from './flow-adapter';
import { layoutFor, SIZE } from './geometry';
import { AssetNode } from './nodes/AssetNode';
import { JunctionNode } from './nodes/JunctionNode';
import { ZoneNode } from './nodes/ZoneNode';
import { type FlowNode, ViewDeriver } from './view-model';
import { ZoneMiniMap } from './ZoneMiniMap';
import { ZONE_KIND_COLOR } from './zone-style';

// Defined once, outside components: React Flow re-mounts every node when these objects change.
const nodeTypes: NodeTypes = { zone: ZoneNode, asset: AssetNode, junction: JunctionNode } as NodeTypes;
const edgeTypes: EdgeTypes = { conduit: ConduitEdge } as EdgeTypes;
const defaultEdgeOptions = { zIndex: 1 };
const snapGrid: [number, number] = [SIZE.grid, SIZE.grid];
const proOptions = { hideAttribution: true };
// Also constant: React Flow copies some props (fitViewOptions, ariaLabelConfig) into its store
// whenever their identity changes, and every store update re-runs every node's selectors.
const fitViewOptions = { padding: 0.08 };
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
    void setCenter(x, y, { zoom: Math.max(getZoom(), 0.8), duration: 300 });
  }, [request, setCenter, getZoom]);
}

/** Fits the diagram into view when a document is opened (not after ordinary edits). */
function useFitOnOpen() {
  const { fitView } = useReactFlow();
  const openSeq = useEditor((s) => (s.lastEdit?.label === 'Open' ? s.lastEdit.seq : null));
  useEffect(() => {
    if (openSeq === null) return;
    const id = requestAnimationFrame(() => void fitView({ padding: 0.08, duration: 0 }));
    return () => cancelAnimationFrame(id);
  }, [openSeq, fitView]);
}

export function Canvas() {
  const deriver = useRef<ViewDeriver | null>(null);
  deriver.current ??= new ViewDeriver();
  const { model, selection, overlay } = useEditor(
    useShallow((s) => ({ model: s.model, selection: s.selection, overlay: s.dragOverlay })),
  );
  const view = deriver.current.derive(model, selection, overlay);
  const nodes = useStableArray(view.nodes);
  const edges = useStableArray(view.edges);
  const handlers = useFlowAdapter();
  // Large diagrams render only the elements in view and use the zones-only map (see detail.ts and
  // ZoneMiniMap.tsx for why): their DOM and React Flow's per-node map made opening and dragging slow.
  const large = nodes.length >= LARGE_DIAGRAM_NODES;
  useReveal();
  useFitOnOpen();

  return (
    <div className="relative h-full w-full" data-testid="canvas">
      <ConduitMarkers />
      <ReactFlow<FlowNode, (typeof edges)[number]>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        {...handlers}
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
        fitView
        fitViewOptions={fitViewOptions}
        proOptions={proOptions}
        onlyRenderVisibleElements={large}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
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
  );
}
