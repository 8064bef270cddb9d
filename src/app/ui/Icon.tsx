import { memo } from 'react';
import { ICON_STROKE_WIDTH, ICON_VIEW_BOX, type IconData, icon } from '../../domain/catalog/icons';

interface IconProps {
  /** An icon id from the catalog icon set, or icon data. */
  name: string | IconData;
  size?: number;
  className?: string;
  strokeWidth?: number;
  /** Accessible label; without one the icon is decorative. */
  title?: string;
}

/**
 * An icon's paths as one path: every path starts with an absolute moveto, so joined they are the
 * same subpaths, stroked the same (no fill). One element per icon instead of up to eight; a small
 * plant's first frame holds a hundred asset cards.
 */
const joined = new WeakMap<IconData, string>();
function pathData(data: IconData): string {
  let d = joined.get(data);
  if (d === undefined) {
    d = data.paths.join(' ');
    joined.set(data, d);
  }
  return d;
}

/** Draws a line icon (catalog/icons.ts) at any size in the current text colour. */
export const Icon = memo(function Icon({ name, size = 16, className, strokeWidth, title }: IconProps) {
  const data = typeof name === 'string' ? icon(name) : name;
  return (
    <svg
      width={size}
      height={size}
      viewBox={ICON_VIEW_BOX}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth ?? ICON_STROKE_WIDTH}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
    >
      <path d={pathData(data)} />
    </svg>
  );
});
