/**
 * A header button: a glyph and a label that is screen-reader text until the window is very wide
 * (the header holds many buttons and must fit at 1280 px), the title as tooltip. With `pressed` it
 * is a toggle (aria-pressed) drawn in `activeClass` while on.
 */
import type { ReactNode } from 'react';
import { Glyph } from './Glyph';

/** A header button's shape and type, without colours. */
export const BASE = 'flex h-8 items-center gap-1.5 rounded-md px-2.5 text-[12.5px] font-medium';
const IDLE = 'text-slate-700 hover:bg-slate-100';

/** A plain header button's classes (for buttons with content of their own). */
export const HEADER_BUTTON = `${BASE} ${IDLE}`;

/** The label's class: hidden visually below 2400 px, always the button's accessible name. */
export const HEADER_LABEL = 'sr-only min-[2400px]:not-sr-only';

export function HeaderButton({
  label,
  title,
  glyph,
  dash,
  onClick,
  pressed,
  activeClass = 'bg-slate-100 text-slate-900 hover:bg-slate-100',
  testId,
}: {
  label: string;
  title: string;
  glyph: readonly string[];
  dash?: string;
  onClick(): void;
  pressed?: boolean;
  activeClass?: string;
  testId?: string;
}): ReactNode {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      data-testid={testId}
      className={`${BASE} ${pressed ? activeClass : IDLE}`}
      title={title}
      onClick={onClick}
    >
      <Glyph d={glyph} dash={dash} />
      <span className={HEADER_LABEL}>{label}</span>
    </button>
  );
}
