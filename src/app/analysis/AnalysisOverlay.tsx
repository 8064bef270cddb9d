import { useViewport, ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { floatingSegment } from '../canvas/edges/floating';
import { type Box, layoutFor } from '../canvas/geometry';
import { useEditor } from '../store/editor-store';
import { type CanvasHighlight, EMPTY_HIGHLIGHT, type ZoneMark } from './highlight';
import { useCanvasHighlight } from './results';
import { barrierColor, TONE_COLOR } from './tones';

/** Marks stay readable when the diagram is zoomed out to fit a projector: they grow as it shrinks. */
const scaleFor = (zoom: number) => Math.min(1.7, Math.max(1, 1 / zoom));

function markColor(mark: ZoneMark): string {
  if (mark.tone === 'reached') return barrierColor(mark.barriers ?? 0);
  return mark.tone === 'dimmed' ? 'transparent' : TONE_COLOR[mark.tone];
}

function Arrow({
  from,
  to,
  color,
  width,
  dashed,
}: {
  from: Box;
  to: Box;
  color: string;
  width: number;
  dashed?: boolean;
}) {
  const s = floatingSegment(from, to);
  const dx = s.tx - s.sx;
  const dy = s.ty - s.sy;
  const len = Math.hypot(dx, dy) || 1;
  const head = 7 * width;
  // Arrow head drawn as a path so its size follows the line width without a shared <marker>.
  const ux = dx / len;
  const uy = dy / len;
  const bx = s.tx - ux * head;
  const by = s.ty - uy * head;
  const px = -uy * head * 0.55;
  const py = ux * head * 0.55;
  return (
    <g>
      <line
        x1={s.sx}
        y1={s.sy}
        x2={bx}
        y2={by}
        stroke={color}
        strokeWidth={width}
        strokeLinecap="round"
        strokeDasharray={dashed ? `${width * 2} ${width * 2}` : undefined}
      />
      <path d={`M${s.tx} ${s.ty}L${bx + px} ${by + py}L${bx - px} ${by - py}Z`} fill={color} />
    </g>
  );
}

/**
 * Draws the open analysis on the canvas, in the diagram's own coordinates (React Flow's viewport
 * portal): rings and badges on zones, faded zones that are not involved, path arrows, cut marks.
 * It takes no pointer events, so the diagram stays fully usable underneath.
 */
export const AnalysisOverlay = memo(function AnalysisOverlay() {
  const highlight = useCanvasHighlight();
  // Only a shown analysis follows the viewport (a re-render per pan frame); otherwise nothing runs.
  return highlight === EMPTY_HIGHLIGHT ? null : <HighlightLayer highlight={highlight} />;
});

function HighlightLayer({ highlight }: { highlight: CanvasHighlight }) {
  const model = useEditor((s) => s.model);
  const { zoom } = useViewport();
  const layout = layoutFor(model);
  const k = scaleFor(zoom);
  const box = (id: string) => layout.zone.get(id)?.abs;

  // A faded zone that holds a highlighted zone is not filled (the fill would hide its child).
  const holdsMarked = new Set<string>();
  for (const g of layout.zones) {
    const mark = highlight.zones.get(g.zone.id);
    if (!mark || mark.tone === 'dimmed') continue;
    for (let p = g.parentId; p !== undefined; p = layout.zone.get(p)?.parentId) {
      if (holdsMarked.has(p)) break;
      holdsMarked.add(p);
    }
  }

  return (
    <ViewportPortal>
      <div
        data-testid="analysis-overlay"
        className="pointer-events-none absolute top-0 left-0"
        style={{ zIndex: 2000 }}
      >
        {layout.zones.map((g) => {
          const mark = highlight.zones.get(g.zone.id);
          if (!mark) return null;
          const b = g.abs;
          if (mark.tone === 'dimmed')
            return holdsMarked.has(g.zone.id) ? null : (
              <div
                key={g.zone.id}
                data-analysis-zone={g.zone.id}
                data-tone="dimmed"
                className="absolute rounded-[10px] bg-[rgb(248_250_252/0.72)] dark:bg-[rgb(2_6_23/0.66)]"
                style={{ left: b.x, top: b.y, width: b.width, height: b.height }}
              />
            );
          const color = markColor(mark);
          return (
            <div
              key={g.zone.id}
              data-analysis-zone={g.zone.id}
              data-tone={mark.tone}
              data-badge={mark.badge}
              className="absolute rounded-[12px]"
              style={{
                left: b.x - 3 * k,
                top: b.y - 3 * k,
                width: b.width + 6 * k,
                height: b.height + 6 * k,
                border: `${3.5 * k}px ${mark.tone === 'isolated' || mark.tone === 'dependent' ? 'dashed' : 'solid'} ${color}`,
                background: mark.tone === 'source' ? `${color}14` : undefined,
                boxShadow: `0 0 0 ${3 * k}px ${color}33`,
              }}
            >
              {mark.badge && (
                <span
                  className="absolute top-0 right-3 whitespace-nowrap rounded-full px-2.5 py-0.5 text-[14px] leading-5 font-bold text-white shadow-md ring-2 ring-white dark:ring-(--otz-surface)"
                  style={{
                    background: color,
                    transform: `translateY(-55%) scale(${k})`,
                    transformOrigin: 'right center',
                  }}
                >
                  {mark.badge}
                </span>
              )}
            </div>
          );
        })}
        <svg className="absolute top-0 left-0 overflow-visible" width={1} height={1} aria-hidden="true">
          {highlight.steps.map((s) => {
            const from = box(s.from);
            const to = box(s.to);
            if (!from || !to) return null;
            const reached = highlight.zones.get(s.to)?.barriers ?? 0;
            const color = highlight.kind === 'reach' ? barrierColor(reached) : TONE_COLOR.path;
            return (
              <Arrow
                key={`${s.from}>${s.to}`}
                from={from}
                to={to}
                color={color}
                width={3 * k}
                dashed={s.conduit === null}
              />
            );
          })}
          {highlight.cuts.flatMap((c) =>
            c.inside.flatMap((inId) =>
              c.outside.map((outId) => {
                const a = box(inId);
                const b = box(outId);
                if (!a || !b) return null;
                const s = floatingSegment(a, b);
                const mx = (s.sx + s.tx) / 2;
                const my = (s.sy + s.ty) / 2;
                return (
                  <g key={`${c.conduit}:${inId}>${outId}`} data-cut={c.conduit}>
                    <line
                      x1={s.sx}
                      y1={s.sy}
                      x2={s.tx}
                      y2={s.ty}
                      stroke={TONE_COLOR.cut}
                      strokeWidth={3 * k}
                      strokeDasharray={`${6 * k} ${5 * k}`}
                    />
                    <circle
                      cx={mx}
                      cy={my}
                      r={13 * k}
                      fill={TONE_COLOR.cut}
                      stroke="#fff"
                      strokeWidth={2 * k}
                    />
                    <text
                      x={mx}
                      y={my}
                      fill="#fff"
                      fontSize={16 * k}
                      fontWeight={700}
                      textAnchor="middle"
                      dominantBaseline="central"
                    >
                      ✂
                    </text>
                  </g>
                );
              }),
            ),
          )}
        </svg>
      </div>
    </ViewportPortal>
  );
}
