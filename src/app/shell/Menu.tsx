/**
 * The header's dropdowns (Export, Import, Documents): one trigger button and the popup under it.
 *
 * kind 'menu' is an ARIA menu button. Its items are not in the Tab order; Enter, Space or
 * ArrowDown on the button opens it on the first item (ArrowUp on the last), ArrowUp/ArrowDown
 * (wrapping), Home, End and a typed letter move between items, Escape closes and returns to the
 * button, Tab closes and moves on, and choosing an item closes.
 *
 * kind 'panel' is a disclosure: a labelled region whose controls (inputs, several buttons per row)
 * are reached with Tab like the rest of the page; Escape, a click outside or focus leaving it close it.
 */
import {
  type ButtonHTMLAttributes,
  createContext,
  type KeyboardEvent,
  type ReactNode,
  useContext,
  useId,
  useLayoutEffect,
} from 'react';
import type { IconData } from '../../domain/catalog/icons';
import { Icon } from '../ui/Icon';
import { type DropdownOptions, useDropdown } from './use-dropdown';

type Close = (restoreFocus?: boolean) => void;

const MenuClose = createContext<Close>(() => {});

const triggerClass =
  'flex h-8 items-center gap-1.5 rounded-md px-2 text-[12.5px] text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-300';

const ITEM_SELECTOR = '[role="menuitem"]:not(:disabled)';

function menuItems(popup: HTMLElement): HTMLElement[] {
  return [...popup.querySelectorAll<HTMLElement>(ITEM_SELECTOR)];
}

/** The item a key moves to from `current`, or null for a key menus do not use. */
function itemForKey(items: HTMLElement[], current: number, key: string): HTMLElement | null {
  const n = items.length;
  if (n === 0) return null;
  if (key === 'ArrowDown') return items[(current + 1) % n]!;
  if (key === 'ArrowUp') return items[(current - 1 + n) % n]!;
  if (key === 'Home') return items[0]!;
  if (key === 'End') return items[n - 1]!;
  if (key.length === 1 && key.trim()) {
    // Type-ahead: the next item whose name starts with the letter, after the current one.
    const letter = key.toLowerCase();
    for (let step = 1; step <= n; step++) {
      const item = items[(current + step) % n]!;
      const name = item.getAttribute('aria-label') ?? item.textContent ?? '';
      if (name.trim().toLowerCase().startsWith(letter)) return item;
    }
  }
  return null;
}

export interface MenuProps extends DropdownOptions {
  /** Accessible name of the popup (the trigger is named by its own content). */
  label: string;
  icon: IconData;
  /** The trigger button's text (its accessible name). */
  trigger: ReactNode;
  kind?: 'menu' | 'panel';
  popupClassName: string;
  /** The popup's content; as a function it gets `close` for controls that are not MenuItems. */
  children: ReactNode | ((close: Close) => ReactNode);
}

export function Menu({
  label,
  icon,
  trigger,
  kind = 'menu',
  popupClassName,
  children,
  ...options
}: MenuProps) {
  const dropdown = useDropdown(options);
  const { open, show, close, rootRef, buttonRef, popupId, focusOnOpen } = dropdown;
  const isMenu = kind === 'menu';

  useLayoutEffect(() => {
    const popup = open ? document.getElementById(popupId) : null;
    const where = focusOnOpen.current;
    focusOnOpen.current = null;
    if (!popup || !where) return;
    const items = menuItems(popup);
    (where === 'first' ? items[0] : items.at(-1))?.focus();
  }, [open, popupId, focusOnOpen]);

  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (!isMenu || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    if (open) {
      const popup = document.getElementById(popupId);
      const items = popup ? menuItems(popup) : [];
      (e.key === 'ArrowDown' ? items[0] : items.at(-1))?.focus();
    } else show(e.key === 'ArrowDown' ? 'first' : 'last');
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Tab') {
      // Leave from the trigger, so Tab and Shift+Tab move on from where the menu sits.
      buttonRef.current?.focus();
      close();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const items = menuItems(e.currentTarget);
    const next = itemForKey(items, items.indexOf(document.activeElement as HTMLElement), e.key);
    if (!next) return;
    // Also keeps the editor's arrow-key nudge from moving the selected elements underneath.
    e.preventDefault();
    next.focus();
  };

  const content = typeof children === 'function' ? children(close) : children;

  return (
    <div ref={rootRef} className="relative" onKeyDown={dropdown.onRootKeyDown} onBlur={dropdown.onRootBlur}>
      <button
        ref={buttonRef}
        type="button"
        className={triggerClass}
        title={label}
        aria-haspopup={isMenu ? 'menu' : undefined}
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        onClick={() => (open ? close() : show(isMenu ? 'first' : null))}
        onKeyDown={onButtonKeyDown}
      >
        <Icon name={icon} size={16} strokeWidth={1.8} />
        {trigger}
      </button>
      {open && isMenu ? (
        <div id={popupId} role="menu" aria-label={label} className={popupClassName} onKeyDown={onMenuKeyDown}>
          <MenuClose value={close}>{content}</MenuClose>
        </div>
      ) : null}
      {open && !isMenu ? (
        <section id={popupId} aria-label={label} className={popupClassName}>
          {content}
        </section>
      ) : null}
    </div>
  );
}

export interface MenuItemProps
  extends Omit<
    ButtonHTMLAttributes<HTMLButtonElement>,
    'onClick' | 'onSelect' | 'role' | 'type' | 'tabIndex'
  > {
  onSelect(): void;
  /** Leave the menu open after choosing (the item shows progress and closes the menu itself). */
  keepOpen?: boolean;
}

/** One choice in a Menu: closes the menu (focus back on its button), then runs `onSelect`. */
export function MenuItem({ onSelect, keepOpen = false, ...props }: MenuItemProps) {
  const close = useContext(MenuClose);
  return (
    <button
      {...props}
      type="button"
      role="menuitem"
      tabIndex={-1}
      onClick={() => {
        if (!keepOpen) close(true);
        onSelect();
      }}
    />
  );
}

/** The function that closes the enclosing Menu, for items that close it later (keepOpen). */
export function useMenuClose(): Close {
  return useContext(MenuClose);
}

/** A titled group of items; screen readers announce the title when focus enters the group. */
export function MenuGroup({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a menu's group is role=group; a <fieldset> is a form control group
    <div role="group" aria-labelledby={id} className={className}>
      <div
        id={id}
        className="px-2.5 pt-1 pb-0.5 font-semibold text-[11px] text-slate-500 uppercase tracking-wide"
      >
        {title}
      </div>
      {children}
    </div>
  );
}
