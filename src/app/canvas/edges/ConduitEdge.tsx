import { BaseEdge, EdgeLabelRenderer, type EdgeProps, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import { PALETTE, PALETTE_COLOURS } from '../../../domain/catalog/palette';
import { deviceZoneIds } from '../../../domain/model/device-ends';
import { useTheme } from '../../ui/theme';
import { useCompact } from '../detail';
import type { ConduitFlowEdge } from '../view-model';
import { STATUS_COLOR } from '../zone-style';
import { ConduitLabel } from './ConduitLabel';
import { floatingSegment, nodeBox } from './floating';

/** Marker ids defined once by <ConduitMarkers/>. */
export const arrowMarkerId = (status: keyof typeof STATUS_COLOR, selected: boolean, colour?: string) =>
  `otz-arrow-${selected ? 'selected' : colour ? `c-${colour}` : status}`;

/**
 * The security device mark (firewall, diode, gateway) where the conduit meets a zone: a small
 * brick-walled box on the line, a little inside from the zone's border.
 */
function DeviceMark({
  x,
  y,
  towardX,
  towardY,
  color,
  fill,
}: {
  x: number;
  y: number;
  towardX: number;
  towardY: number;
  color: string;
  fill: string;
}) {
  const len = Math.hypot(towardX - x, towardY - y) || 1;
  const cx = x + ((towardX - x) / len) * 20;
  const cy = y + ((towardY - y) / len) * 20;
  return (
    <g data-testid="device-mark" transform={`translate(${cx - 8} ${cy - 6.5})`} pointerEvents="none">
      <rect width="16" height="13" rx="2" fill={fill} stroke={color} strokeWidth="1.6" />
      <path
        d="M0 4.3h16M0 8.7h16M8 0v4.3M4 4.3v4.4M12 4.3v4.4M8 8.7v4.3"
        stroke={color}
        strokeWidth="1.1"
        fill="none"
      />
    </g>
  );
}

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
  const theme = useTheme((st) => st.theme);
  if (!s || !t || !data) return null;
  const seg = floatingSegment(nodeBox(s), nodeBox(t));
  const path = `M ${seg.sx} ${seg.sy} L ${seg.tx} ${seg.ty}`;
  const colour = data.colour;
  const color = selected ? '#2563eb' : colour ? PALETTE[colour][theme] : STATUS_COLOR[data.status];
  // Device ends: a single edge runs zoneIds[0] → zoneIds[1]; a leg runs junction → its zone.
  const devices = deviceZoneIds(data.conduit);
  const atSource = data.role === 'single' && devices.includes(source);
  const atTarget = devices.includes(target);
  const arrow = data.oneWay && !(data.role === 'leg' && data.fromSource);
  const isSelected = !!selected;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={18}
        markerEnd={
          arrow
            ? `url(#${arrowMarkerId(data.status, isSelected, colour && `${colour}-${theme}`)})`
            : undefined
        }
        style={{
          stroke: color,
          strokeWidth: isSelected ? 3 : 2,
          strokeDasharray: data.conduit.type === 'gateway' ? '7 4' : undefined,
        }}
      />
      {atSource && (
        <DeviceMark
          x={seg.sx}
          y={seg.sy}
          towardX={seg.tx}
          towardY={seg.ty}
          color={color}
          fill={theme === 'dark' ? '#0f172a' : '#ffffff'}
        />
      )}
      {atTarget && (
        <DeviceMark
          x={seg.tx}
          y={seg.ty}
          towardX={seg.sx}
          towardY={seg.sy}
          color={color}
          fill={theme === 'dark' ? '#0f172a' : '#ffffff'}
        />
      )}
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
  const entries = [
    ...Object.entries(STATUS_COLOR),
    ['selected', '#2563eb'],
    ...PALETTE_COLOURS.flatMap((c) => [
      [`c-${c}-light`, PALETTE[c].light],
      [`c-${c}-dark`, PALETTE[c].dark],
    ]),
  ] as const;
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
