import { Handle, type NodeProps, NodeResizer, Position, useConnection } from '@xyflow/react';
import { memo } from 'react';
import { ZONE_KIND_ICON } from '../../../domain/catalog/icons';
import { PALETTE } from '../../../domain/catalog/palette';
import { ZONE_KIND_COLOR } from '../../../domain/catalog/zone-colours';
import { effectivePurdueLevel, ZONE_KIND_INFO } from '../../../domain/catalog/zone-kinds';
import { slText } from '../../../domain/security-level';
import { Icon } from '../../ui/Icon';
import { useTheme } from '../../ui/theme';
import { slRange } from '../format';
import { SIZE } from '../geometry';
import type { ZoneFlowNode } from '../view-model';
import { withAlpha } from '../zone-style';
import { AssetTiles } from './AssetTiles';
import { FindingBadge } from './FindingBadge';

const HANDLES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const;

/**
 * A zone: a group node holding assets and nested zones. Only the header, the frame handles and
 * the resizer take pointer events; the body lets clicks through to the canvas, so box selection
 * and panning work inside zones and the zone is moved by its header.
 */
export const ZoneNode = memo(function ZoneNode({ data, selected }: NodeProps<ZoneFlowNode>) {
  const { zone, findings, depth, tiles, colour } = data;
  const theme = useTheme((s) => s.theme);
  const color = colour ? PALETTE[colour][theme] : ZONE_KIND_COLOR[zone.kind];
  const kind = ZONE_KIND_INFO[zone.kind];
  const purdue = effectivePurdueLevel(zone);
  const target = zone.slTarget;
  // While a conduit is being drawn, every zone shows its handles as drop targets.
  const connecting = useConnection((c) => c.inProgress);
  return (
    <div
      data-testid="zone-node"
      data-zone-id={zone.id}
      data-kind={zone.kind}
      data-parent-id={zone.parentId}
      data-colour={colour}
      // Dark theme: a translucent dark base under the kind tint (important: the tint is set inline).
      className={`relative h-full w-full rounded-[10px] dark:bg-[rgb(30_41_59/0.32)]! ${connecting ? 'zone-connecting' : ''}`}
      style={{
        border: `1.5px ${zone.kind === 'external' ? 'dashed' : 'solid'} ${selected ? '#2563eb' : withAlpha(color, 0.55)}`,
        background:
          depth === 0
            ? withAlpha(color, 0.045)
            : `linear-gradient(${withAlpha(color, 0.06)}, ${withAlpha(color, 0.06)}), #ffffffd9`,
        boxShadow: selected ? '0 0 0 3px #2563eb33' : undefined,
      }}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={SIZE.zoneMinWidth}
        minHeight={SIZE.zoneMinHeight}
        color="#2563eb"
        handleClassName="zone-hit !h-2.5 !w-2.5 !rounded-sm !border-white !bg-blue-600"
        lineClassName="zone-hit"
      />
      <div
        className="zone-hit @container flex cursor-grab items-center gap-2 rounded-t-[9px] px-3 active:cursor-grabbing"
        style={{
          height: SIZE.header,
          background: withAlpha(color, 0.1),
          borderBottom: `1px solid ${withAlpha(color, 0.2)}`,
        }}
      >
        <span style={{ color }} className="shrink-0">
          <Icon name={ZONE_KIND_ICON[zone.kind]} size={17} />
        </span>
        <div className="flex min-w-0 flex-1 items-baseline gap-2">
          <span
            data-testid="zone-name"
            className="truncate text-[13px] font-semibold text-slate-800"
            title={zone.name}
          >
            {zone.name || <em className="font-normal text-slate-400">unnamed zone</em>}
          </span>
          <span className="truncate text-[11px] text-slate-500 @max-[300px]:hidden">{kind.label}</span>
        </div>
        <span
          className="shrink-0 rounded px-1 text-[10px] font-semibold text-slate-600 tabular-nums"
          style={{ background: withAlpha(color, 0.14) }}
          title={`Purdue level ${purdue}${zone.purdueLevel === undefined ? ' (default for the kind)' : ''}`}
        >
          L{purdue}
        </span>
        <span
          data-testid="zone-slt"
          className={`shrink-0 rounded border px-1.5 text-[10px] font-semibold tabular-nums ${
            target === undefined || target === null
              ? 'border-dashed border-slate-300 text-slate-400'
              : 'border-slate-300 bg-white dark:bg-(--otz-surface) text-slate-700'
          }`}
          title={
            target === undefined || target === null
              ? 'Target security level not assessed'
              : `Target security level: ${slText(target)}`
          }
        >
          SL-T {target === undefined || target === null ? '–' : slRange(target)}
        </span>
        <FindingBadge findings={findings} />
      </div>
      {tiles ? <AssetTiles tiles={tiles} /> : null}
      {HANDLES.map((h) => (
        <Handle
          key={h.id}
          id={h.id}
          type="source"
          position={h.position}
          className="zone-hit zone-handle"
          title="Drag to another zone to create a conduit"
        />
      ))}
    </div>
  );
});
