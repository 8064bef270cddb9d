/**
 * Purdue bands behind the diagram (diagram.purdueBands): five labelled horizontal bands with
 * draggable dividers. Drawn in the viewport (so they pan and zoom with the diagram) below every
 * node and edge; a divider drag shows live and is committed once on release (one undo step).
 */
import { useStore, ViewportPortal } from '@xyflow/react';
import { useState } from 'react';
import { setPurdueBands } from '../../domain/edit/bands';
import { moveDivider, PURDUE_BANDS } from '../../domain/layout/purdue-bands';
import { layoutFor } from '../store/derived';
import { useEditor } from '../store/editor-store';

const MARGIN = 320;

export function PurdueBandsLayer() {
  const stored = useEditor((s) => s.model.diagram?.purdueBands);
  const model = useEditor((s) => s.model);
  const zoom = useStore((s) => s.transform[2]);
  const [drag, setDrag] = useState<{ index: number; edges: number[] } | null>(null);
  if (!stored) return null;
  const edges = drag?.edges ?? stored;
  const bounds = layoutFor(model).bounds;
  const left = Math.min(bounds.x, 0) - MARGIN;
  const width = Math.max(bounds.width, 800) + MARGIN * 2;

  const startDrag = (index: number) => (e: React.PointerEvent<HTMLDivElement>) => {
    e.stopPropagation();
    e.preventDefault();
    const startY = e.clientY;
    const base = [...stored];
    e.currentTarget.setPointerCapture(e.pointerId);
    let current = base;
    const move = (ev: PointerEvent) => {
      current = moveDivider(base, index, base[index]! + (ev.clientY - startY) / zoom);
      setDrag({ index, edges: current });
    };
    const target = e.currentTarget;
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
      setDrag(null);
      useEditor.getState().applyEdit('Move Purdue band divider', (m) => setPurdueBands(m, current));
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };

  return (
    <ViewportPortal>
      <div
        data-testid="purdue-bands"
        className="pointer-events-none absolute top-0 left-0"
        style={{ zIndex: -1 }}
      >
        {PURDUE_BANDS.map((band, i) => {
          const top = edges[i]!;
          const height = edges[i + 1]! - top;
          return (
            <div
              key={band.label}
              data-band={i}
              className={`absolute ${i % 2 === 0 ? 'bg-slate-400/[0.07] dark:bg-slate-300/[0.05]' : 'bg-transparent'}`}
              style={{ left, top, width, height }}
            >
              <span
                className="absolute top-1 font-semibold whitespace-nowrap tracking-wide text-slate-500 uppercase dark:text-slate-400"
                style={{ left: bounds.x - left, fontSize: 12 / Math.max(zoom, 0.5) }}
              >
                {band.label}
              </span>
            </div>
          );
        })}
        {edges.map((y, i) =>
          i === 0 ? null : (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: dividers are positional (edge 1..5)
              key={i}
              role="slider"
              tabIndex={0}
              aria-label={`Purdue band divider ${i}`}
              aria-orientation="vertical"
              aria-valuenow={Math.round(y)}
              data-divider={i}
              className="nodrag nopan pointer-events-auto absolute flex cursor-row-resize items-center"
              style={{ left, top: y - 6, width, height: 12 }}
              onPointerDown={startDrag(i)}
              onKeyDown={(e) => {
                const step = e.key === 'ArrowUp' ? -20 : e.key === 'ArrowDown' ? 20 : 0;
                if (!step) return;
                e.preventDefault();
                useEditor
                  .getState()
                  .applyEdit('Move Purdue band divider', (m) =>
                    setPurdueBands(m, moveDivider(stored, i, stored[i]! + step)),
                  );
              }}
            >
              <div className="h-0 w-full border-t-2 border-dashed border-slate-400/70 dark:border-slate-500/70" />
              <span className="absolute left-0 h-3 w-10 rounded-full bg-slate-400 dark:bg-slate-500" />
            </div>
          ),
        )}
      </div>
    </ViewportPortal>
  );
}
