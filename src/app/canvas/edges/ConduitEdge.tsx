import { BaseEdge, EdgeLabelRenderer, type EdgeProps, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import { useCompact } from '../detail';
import type { ConduitFlowEdge } from '../view-model';
import { STATUS_COLOR } from '../zone-style';
import { ConduitLabel } from './ConduitLabel';
import { floatingSegment, nodeBox } from './floating';

/** Marker ids defined once by <ConduitMarkers/>. */
export const arrowMarkerId = (status: keyof typeof STATUS_COLOR, selected: boolean) =>
  `otz-arrow-${selected ? 'selected' : status}`;

/** A conduit (or one leg of a multi-zone conduit): straight line between zone borders. */
export const ConduitEdge = memo(function ConduitEdge({
  id,
  source,
  target,
  data,
  selected,
}: EdgeProps<ConduitFlowEdge>) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  const compact = useCompact();
  if (!s || !t || !data) return null;
  const seg = floatingSegment(nodeBox(s), nodeBox(t));
  const path = `M ${seg.sx} ${seg.sy} L ${seg.tx} ${seg.ty}`;
  const color = selected ? '#2563eb' : STATUS_COLOR[data.status];
  const arrow = data.oneWay && !(data.role === 'leg' && data.fromSource);
  const isSelected = !!selected;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={18}
        markerEnd={arrow ? `url(#${arrowMarkerId(data.status, isSelected)})` : undefined}
        style={{
          stroke: color,
          strokeWidth: isSelected ? 3 : 2,
          strokeDasharray: data.conduit.type === 'gateway' ? '7 4' : undefined,
        }}
      />
      {data.role === 'single' && !compact && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan absolute"
            style={{
              transform: `translate(-50%, -50%) translate(${seg.sx + (seg.tx - seg.sx) * data.labelT}px, ${seg.sy + (seg.ty - seg.sy) * data.labelT}px)`,
              pointerEvents: 'all',
            }}
          >
            <ConduitLabel view={data} selected={isSelected} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** Arrow heads for one-way conduits, one per status colour. */
export function ConduitMarkers() {
  const entries = [...Object.entries(STATUS_COLOR), ['selected', '#2563eb']] as const;
  return (
    <svg aria-hidden="true" style={{ position: 'absolute', width: 0, height: 0 }}>
      <defs>
        {entries.map(([key, color]) => (
          <marker
            key={key}
            id={`otz-arrow-${key}`}
            viewBox="0 0 12 12"
            refX="10"
            refY="6"
            markerWidth="12"
            markerHeight="12"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M1 1.5 L10.5 6 L1 10.5 z" fill={color} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
