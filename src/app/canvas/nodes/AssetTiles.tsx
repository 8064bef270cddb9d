import { memo } from 'react';
import type { AssetTile } from '../asset-tiles';
import { SIZE } from '../geometry';

/** Fill of the icon square by asset class, as on the cards (emerald / slate / blue tints). */
const CLASS_FILL = { iacs: '#d1fae5', infrastructure: '#e2e8f0', business: '#dbeafe' } as const;
const BADGE_FILL = { error: '#dc2626', warning: '#f59e0b', ok: '#0284c7' } as const;
const CLASSES = Object.keys(CLASS_FILL) as Array<keyof typeof CLASS_FILL>;
const STATUSES = Object.keys(BADGE_FILL) as Array<keyof typeof BADGE_FILL>;

const rect = (x: number, y: number, w: number, h: number) => `M${x} ${y}h${w}v${h}h${-w}z`;
const dot = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

/**
 * A zone's assets drawn as plain tiles in the overview (see asset-tiles.ts): card outlines, the
 * class-coloured icon squares and a dot where a card shows its findings badge. A handful of paths
 * per zone rather than elements per asset: at this zoom thousands of assets can be in view.
 */
export const AssetTiles = memo(function AssetTiles({ tiles }: { tiles: readonly AssetTile[] }) {
  const w = SIZE.assetWidth;
  const h = SIZE.assetHeight;
  const outlines = tiles.map((t) => rect(t.x, t.y, w, h)).join('');
  const squares = CLASSES.map((cls) => ({
    cls,
    d: tiles
      .filter((t) => t.cls === cls)
      .map((t) => rect(t.x + 6, t.y + 10, 36, 36))
      .join(''),
  }));
  const dots = STATUSES.map((status) => ({
    status,
    d: tiles
      .filter((t) => t.findings > 0 && t.status === status)
      .map((t) => dot(t.x + w, t.y, 10))
      .join(''),
  }));
  return (
    <svg
      data-testid="asset-tiles"
      data-count={tiles.length}
      aria-hidden="true"
      className="pointer-events-none absolute overflow-visible"
      // Node coordinates start at the outer edge; the zone box has a 1.5 px border.
      style={{ top: -1.5, left: -1.5 }}
      width="1"
      height="1"
    >
      <path d={outlines} fill="#ffffff" stroke="#cbd5e1" strokeWidth={1.5} />
      {squares.map((s) => (s.d ? <path key={s.cls} d={s.d} fill={CLASS_FILL[s.cls]} /> : null))}
      {dots.map((s) => (s.d ? <path key={s.status} d={s.d} fill={BADGE_FILL[s.status]} /> : null))}
    </svg>
  );
});
