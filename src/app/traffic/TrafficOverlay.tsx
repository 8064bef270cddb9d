/**
 * The comparison on the canvas, in the diagram's coordinates (React Flow's viewport portal):
 * violations as red dashed arrows between zones with their connection counts (click one to list
 * its flows), allowed traffic as a green weight badge on its conduit, and conduits with
 * unexercised documented flows marked grey. Takes pointer events only on the count badges.
 */
import { useViewport, ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { agree, plural } from '../../domain/text/plural';
import { trafficOverlay } from '../../domain/traffic/zone-pairs';
import { floatingSegment } from '../canvas/edges/floating';
import { type Box, layoutFor } from '../canvas/geometry';
import { useDrawerOpen } from '../shell/panels';
import { useEditor } from '../store/editor-store';
import { useTraffic } from './traffic-store';
import { useTrafficComparison } from './use-comparison';

const RED = '#dc2626';
const GREEN = '#15803d';
const GREY = '#94a3b8';

const scaleFor = (zoom: number) => Math.min(1.7, Math.max(1, 1 / zoom));
const compact = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e4 ? `${Math.round(n / 1e3)}k` : n.toLocaleString('en');

function segment(from: Box, to: Box, offset: number) {
  const s = floatingSegment(from, to);
  const dx = s.tx - s.sx;
  const dy = s.ty - s.sy;
  const len = Math.hypot(dx, dy) || 1;
  // Shift sideways so the arrow does not sit on the conduit line (or on the reverse arrow).
  const nx = (-dy / len) * offset;
  const ny = (dx / len) * offset;
  return { sx: s.sx + nx, sy: s.sy + ny, tx: s.tx + nx, ty: s.ty + ny, ux: dx / len, uy: dy / len };
}

export function TrafficOverlay() {
  const open = useDrawerOpen('traffic');
  const comparison = useTrafficComparison();
  return open && comparison ? <Layer comparison={comparison} /> : null;
}

function Layer({ comparison }: { comparison: NonNullable<ReturnType<typeof useTrafficComparison>> }) {
  const model = useEditor((s) => s.model);
  const selected = useTraffic((s) => s.selectedPair);
  const { zoom } = useViewport();
  const k = scaleFor(zoom);
  const layout = layoutFor(model);
  const data = useMemo(() => trafficOverlay(comparison), [comparison]);
  const box = (id: string) => layout.zone.get(id)?.abs;
  const maxAllowed = Math.max(1, ...data.allowedByConduit.values());

  const badges: Array<{
    key: string;
    x: number;
    y: number;
    text: string;
    color: string;
    title: string;
    pair?: string;
  }> = [];
  const lines: React.ReactNode[] = [];
  for (const v of data.violations) {
    const from = box(v.from);
    const to = box(v.to);
    if (!from || !to) continue;
    const s = segment(from, to, 30 * k);
    const w = (selected === v.key ? 4 : 2.5) * k;
    const head = 6 * w;
    const bx = s.tx - s.ux * head;
    const by = s.ty - s.uy * head;
    const px = -s.uy * head * 0.5;
    const py = s.ux * head * 0.5;
    lines.push(
      <g key={v.key} data-traffic-violation={v.key}>
        <line
          x1={s.sx}
          y1={s.sy}
          x2={bx}
          y2={by}
          stroke={RED}
          strokeWidth={w}
          strokeDasharray={`${3 * w} ${2 * w}`}
          strokeLinecap="round"
        />
        <path d={`M${s.tx} ${s.ty}L${bx + px} ${by + py}L${bx - px} ${by - py}Z`} fill={RED} />
      </g>,
    );
    badges.push({
      key: `v:${v.key}`,
      // Beside its arrow, on the side away from the conduit.
      x: (s.sx + s.tx) / 2 - s.uy * 26 * k,
      y: (s.sy + s.ty) / 2 + s.ux * 26 * k,
      text: `⚠ ${compact(v.count)}`,
      color: RED,
      title: `${v.flows.length} undocumented ${agree(v.flows.length, 'flow', 'flows')}, ${plural(v.count, 'connection')}: click to list them`,
      pair: v.key,
    });
  }
  for (const c of model.conduits) {
    const [a, b] = c.zoneIds;
    const from = a ? box(a) : undefined;
    const to = b ? box(b) : undefined;
    if (!from || !to) continue;
    const s = floatingSegment(from, to);
    const len = Math.hypot(s.tx - s.sx, s.ty - s.sy) || 1;
    // Badges sit beside the conduit label, on the side away from violation arrows, one above the other.
    const ux = (s.tx - s.sx) / len;
    const uy = (s.ty - s.sy) / len;
    const at = (along: number) => ({
      x: (s.sx + s.tx) / 2 - uy * 100 * k + ux * along * k,
      y: (s.sy + s.ty) / 2 + ux * 100 * k + uy * along * k,
    });
    const allowed = data.allowedByConduit.get(c.id);
    const unused = data.unexercisedByConduit.get(c.id);
    if (allowed) {
      const w = (2 + 6 * (Math.log10(allowed + 1) / Math.log10(maxAllowed + 1))) * k;
      lines.push(
        <line
          key={`w:${c.id}`}
          data-traffic-allowed={c.id}
          x1={s.sx}
          y1={s.sy}
          x2={s.tx}
          y2={s.ty}
          stroke={GREEN}
          strokeOpacity={0.35}
          strokeWidth={w}
          strokeLinecap="round"
        />,
      );
      badges.push({
        key: `a:${c.id}`,
        ...at(-13),
        text: `✓ ${compact(allowed)}`,
        color: GREEN,
        title: `${allowed} allowed connections on ${c.name || c.id}`,
      });
    }
    if (unused) {
      badges.push({
        key: `u:${c.id}`,
        ...at(13),
        text: `${unused} unused`,
        color: GREY,
        title: `${unused} documented ${agree(unused, 'flow', 'flows')} never observed on ${c.name || c.id}`,
      });
      if (!allowed)
        lines.push(
          <line
            key={`g:${c.id}`}
            data-traffic-unused={c.id}
            x1={s.sx}
            y1={s.sy}
            x2={s.tx}
            y2={s.ty}
            stroke={GREY}
            strokeOpacity={0.5}
            strokeWidth={3 * k}
            strokeDasharray={`${4 * k} ${4 * k}`}
          />,
        );
    }
  }

  return (
    <ViewportPortal>
      <div
        data-testid="traffic-overlay"
        className="pointer-events-none absolute top-0 left-0"
        style={{ zIndex: 1900 }}
      >
        <svg className="absolute top-0 left-0 overflow-visible" width={1} height={1} aria-hidden="true">
          {lines}
        </svg>
        {badges.map((b) => (
          <button
            key={b.key}
            type="button"
            title={b.title}
            data-traffic-badge={b.key}
            tabIndex={b.pair ? 0 : -1}
            className={`absolute whitespace-nowrap rounded-full px-2 py-0.5 font-bold text-[12px] text-white shadow ring-2 ring-white dark:ring-(--otz-surface) ${b.pair ? 'pointer-events-auto cursor-pointer' : ''}`}
            style={{
              left: b.x,
              top: b.y,
              background: b.color,
              transform: `translate(-50%, -50%) scale(${k})`,
            }}
            onClick={b.pair ? () => useTraffic.getState().select(b.pair!) : undefined}
          >
            {b.text}
          </button>
        ))}
      </div>
    </ViewportPortal>
  );
}
