import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useCompact } from '../detail';
import { ConduitLabel } from '../edges/ConduitLabel';
import { JUNCTION_SIZE, type JunctionFlowNode } from '../view-model';
import { STATUS_COLOR } from '../zone-style';

/** The hub of a conduit joining three or more zones: a dot with the conduit's label beneath. */
export const JunctionNode = memo(function JunctionNode({ data, selected }: NodeProps<JunctionFlowNode>) {
  const color = selected ? '#2563eb' : STATUS_COLOR[data.status];
  const compact = useCompact();
  return (
    <div
      data-testid="conduit-junction"
      data-conduit-id={data.conduit.id}
      className="relative"
      style={{ width: JUNCTION_SIZE, height: JUNCTION_SIZE }}
    >
      <div
        className="h-full w-full rounded-full border-[3px] bg-white dark:bg-(--otz-surface)"
        style={{ borderColor: color }}
      />
      {/* Edges need a handle to attach to; the floating edge ignores its position. */}
      <Handle type="source" position={Position.Top} isConnectable={false} className="junction-handle" />
      {compact ? null : (
        <div className="absolute top-full left-1/2 mt-1 -translate-x-1/2">
          <ConduitLabel view={data} selected={!!selected} />
        </div>
      )}
    </div>
  );
});
