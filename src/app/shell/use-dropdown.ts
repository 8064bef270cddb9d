/**
 * Open/close state of a header dropdown (a trigger button and the popup under it): a click
 * outside or focus moving elsewhere closes it; closing from inside (Escape, a chosen item) puts
 * focus back on the trigger so a keyboard user does not land on <body>.
 */
import { type FocusEvent, type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';

export interface DropdownOptions {
  /** Called each time the popup opens (e.g. to refresh what it lists). */
  onOpen?: () => void;
  /** While true the popup stays open whatever happens (a confirmation dialog above it is open). */
  locked?: boolean;
}

export type FocusOnOpen = 'first' | 'last' | null;

export function useDropdown({ onOpen, locked = false }: DropdownOptions = {}) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popupId = useId();
  // Which item to focus once the popup has rendered; read by the menu after each opening.
  const focusOnOpen = useRef<FocusOnOpen>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  const lockedRef = useRef(locked);
  lockedRef.current = locked;

  const show = useCallback((focus: FocusOnOpen = null) => {
    focusOnOpen.current = focus;
    setOpen(true);
  }, []);

  /** Closes; with `restoreFocus`, focus returns to the trigger if it was inside the popup or lost. */
  const close = useCallback((restoreFocus = false) => {
    const active = document.activeElement;
    const focusWasInside = !active || active === document.body || rootRef.current?.contains(active);
    setOpen(false);
    if (restoreFocus && focusWasInside) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    onOpenRef.current?.();
    const onPointer = (e: PointerEvent) => {
      if (lockedRef.current) return;
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  /** On the dropdown's root element: Escape anywhere inside closes and refocuses the trigger. */
  const onRootKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open || lockedRef.current) return;
    // Handled here, so the editor's own Escape (clear the selection) must not run as well.
    e.preventDefault();
    close(true);
  };

  /** On the root element: focus moving to something outside (Tab, a click elsewhere) closes. */
  const onRootBlur = (e: FocusEvent) => {
    if (!open || lockedRef.current) return;
    // A null relatedTarget is a click on something unfocusable, inside or out: the pointer
    // listener decides those.
    const next = e.relatedTarget as Node | null;
    if (next && !rootRef.current?.contains(next)) setOpen(false);
  };

  return { open, show, close, rootRef, buttonRef, popupId, focusOnOpen, onRootKeyDown, onRootBlur };
}

export type Dropdown = ReturnType<typeof useDropdown>;
