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
      {data.paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
});
