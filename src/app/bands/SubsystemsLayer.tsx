/**
 * Subsystems (diagram.subsystems) on the canvas: grey dashed boxes around their zones, behind them,
 * following their zones live while a drag is in progress. The name renames on double-click; ✕
 * ungroups (the zones stay). No security meaning, so no findings.
 */
import { ViewportPortal } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { ownValue } from '../../domain/edit/own';
import { removeSubsystem, renameSubsystem } from '../../domain/edit/subsystems';
import type { Box } from '../../domain/layout/geometry';
import { subsystemBoxes } from '../../domain/layout/subsystems';
import { commitEdit } from '../inspector/commit';
import { layoutFor } from '../store/derived';
import { type DragOverlay, useEditor } from '../store/editor-store';

/** Zone boxes as drawn right now: the layout moved by any drag in progress. */
function liveZones(model: Parameters<typeof layoutFor>[0], overlay: DragOverlay | null) {
  const layout = layoutFor(model);
  if (!overlay) return layout.zone;
  const shift = new Map<string, { dx: number; dy: number }>();
  const zone = new Map<string, { abs: Box }>();
  for (const g of layout.zones) {
    const o = ownValue(overlay, g.zone.id);
    const inherited = g.parentId !== undefined ? shift.get(g.parentId) : undefined;
    const d = o ? { dx: o.x - g.rel.x, dy: o.y - g.rel.y } : (inherited ?? { dx: 0, dy: 0 });
    shift.set(g.zone.id, d);
    zone.set(g.zone.id, {
      abs: {
        x: g.abs.x + d.dx,
        y: g.abs.y + d.dy,
        width: o?.width ?? g.abs.width,
        height: o?.height ?? g.abs.height,
      },
    });
  }
  return zone;
}

export function SubsystemsLayer() {
  const model = useEditor((s) => s.model);
  const overlay = useEditor((s) => s.dragOverlay);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const boxes = useMemo(
    () =>
      model.diagram?.subsystems ? subsystemBoxes(model, { zone: liveZones(model, overlay) as never }) : [],
    [model, overlay],
  );
  if (boxes.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="pointer-events-none absolute top-0 left-0" style={{ zIndex: -1 }}>
        {boxes.map(({ subsystem, box }) => (
          <div
            key={subsystem.id}
            data-testid="subsystem"
            data-subsystem-id={subsystem.id}
            className="absolute rounded-[14px] border-[1.5px] border-dashed border-slate-400/80 bg-slate-400/[0.06] dark:border-slate-500/80 dark:bg-slate-300/[0.04]"
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
          >
            <div className="nodrag nopan pointer-events-auto absolute top-1 left-3 flex items-center gap-1">
              {renaming === subsystem.id ? (
                <input
                  // biome-ignore lint/a11y/noAutofocus: the user asked to rename
                  autoFocus
                  aria-label="Subsystem name"
                  aria-invalid={error ? true : undefined}
                  defaultValue={subsystem.name}
                  className="h-6 rounded border border-sky-500 bg-white dark:bg-(--otz-surface) px-1.5 text-[12px] text-slate-900"
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setRenaming(null);
                    if (e.key !== 'Enter') return;
                    const refused = commitEdit('Rename subsystem', (m) =>
                      renameSubsystem(m, subsystem.id, e.currentTarget.value.trim()),
                    );
                    setError(refused);
                    if (!refused) setRenaming(null);
                  }}
                  onBlur={() => setRenaming(null)}
                />
              ) : (
                <button
                  type="button"
                  title="Subsystem (no security meaning) — double-click to rename"
                  className="text-[12px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
                  onDoubleClick={() => setRenaming(subsystem.id)}
                >
                  {subsystem.name || 'Subsystem'}
                </button>
              )}
              <button
                type="button"
                aria-label={`Ungroup subsystem ${subsystem.name}`}
                title="Ungroup (the zones stay)"
                className="rounded px-1 text-[11px] text-slate-400 hover:bg-slate-200 hover:text-slate-700"
                onClick={() => commitEdit('Ungroup subsystem', (m) => removeSubsystem(m, subsystem.id))}
              >
                ✕
              </button>
            </div>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}
