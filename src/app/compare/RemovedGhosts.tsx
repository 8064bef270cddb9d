/**
 * Removed elements drawn as ghosts where they were in the compared version: red dashed outlines
 * for zones and assets, a red dashed line for conduits, all under the canvas's transform (React
 * Flow's viewport portal) and never interactive, so the open diagram stays editable underneath.
 * Positions come from the compared version's own layout (the same layout the canvas uses).
 */
import { useReactFlow, ViewportPortal } from '@xyflow/react';
import { useCallback } from 'react';
import { layoutFor } from '../../domain/derived/model';
import type { ElementChange } from '../../domain/diff/model-diff';
import type { Box } from '../../domain/layout/geometry';
import type { Model } from '../../domain/model/schema';

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where a removed zone, asset or conduit was drawn in `base`: its box (a conduit: its zones' centres). */
export function ghostGeometry(
  base: Model,
  change: Pick<ElementChange, 'kind' | 'id'>,
): { box?: Box; line?: { x: number; y: number }[] } | undefined {
  const layout = layoutFor(base);
  if (change.kind === 'zone') {
    const box = layout.zone.get(change.id)?.abs;
    return box ? { box } : undefined;
  }
  if (change.kind === 'asset') {
    const box = layout.asset.get(change.id)?.abs;
    return box ? { box } : undefined;
  }
  if (change.kind === 'conduit') {
    const conduit = base.conduits.find((c) => c.id === change.id);
    const line = (conduit?.zoneIds ?? []).flatMap((z) => {
      const box = layout.zone.get(z)?.abs;
      return box ? [centre(box)] : [];
    });
    return line.length >= 2 ? { line } : undefined;
  }
  return undefined;
}

/** Pans the canvas to where a removed element was. */
export function useRevealGhost(base: Model) {
  const { setCenter, getZoom } = useReactFlow();
  return useCallback(
    (change: ElementChange) => {
      const g = ghostGeometry(base, change);
      const points = g?.box ? [centre(g.box)] : (g?.line ?? []);
      if (points.length === 0) return;
      const x = points.reduce((s, p) => s + p.x, 0) / points.length;
      const y = points.reduce((s, p) => s + p.y, 0) / points.length;
      void setCenter(x, y, { zoom: Math.max(getZoom(), 0.8), duration: 300 });
    },
    [base, setCenter, getZoom],
  );
}

export function RemovedGhosts({ base, changes }: { base: Model; changes: readonly ElementChange[] }) {
  const removed = changes.filter(
    (c) => c.change === 'removed' && (c.kind === 'zone' || c.kind === 'asset' || c.kind === 'conduit'),
  );
  if (removed.length === 0) return null;
  return (
    <ViewportPortal>
      {removed.map((c) => {
        const g = ghostGeometry(base, c);
        if (g?.box)
          return (
            <div
              key={`${c.kind}:${c.id}`}
              data-testid="removed-ghost"
              data-id={c.id}
              data-kind={c.kind}
              title={`Removed ${c.kind}: ${c.name}`}
              className="pointer-events-none absolute rounded-md border-2 border-red-500 border-dashed bg-red-50/40 dark:bg-red-950/30"
              style={{ left: g.box.x, top: g.box.y, width: g.box.width, height: g.box.height }}
            >
              <span className="absolute top-0.5 left-1 max-w-[calc(100%-0.5rem)] truncate rounded bg-white/90 dark:bg-(--otz-surface)/94 px-1 font-medium text-[10px] text-red-700 dark:text-red-300 line-through">
                {c.name}
              </span>
            </div>
          );
        if (g?.line)
          return (
            <svg
              key={`${c.kind}:${c.id}`}
              data-testid="removed-ghost"
              data-id={c.id}
              data-kind={c.kind}
              aria-label={`Removed conduit: ${c.name}`}
              role="img"
              className="pointer-events-none absolute top-0 left-0 overflow-visible"
              width="1"
              height="1"
            >
              <title>{`Removed conduit: ${c.name}`}</title>
              <polyline
                points={g.line.map((p) => `${p.x},${p.y}`).join(' ')}
                fill="none"
                stroke="#dc2626"
                strokeWidth={3}
                strokeDasharray="8 6"
                opacity={0.8}
              />
            </svg>
          );
        return null;
      })}
    </ViewportPortal>
  );
}
