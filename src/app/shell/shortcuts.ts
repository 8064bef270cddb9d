/** Editor keyboard shortcuts (ignored while typing in a field). Copy/paste live in canvas/clipboard.ts. */
import { useEffect } from 'react';
import { deleteSelection, duplicateSelection, nudgeSelection, selectAll } from '../canvas/commands';
import { SIZE } from '../canvas/geometry';
import { focusConnectTo } from '../inspector/ConnectTo';
import { redo, undo, useEditor } from '../store/editor-store';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function handleShortcut(event: KeyboardEvent): boolean {
  if (isTyping(event.target)) return false;
  // Keys inside a modal dialog belong to it (Escape closes it; nothing edits the diagram behind).
  if (event.target instanceof Element && event.target.closest('dialog[open]')) return false;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z' && !event.shiftKey) undo();
  else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) redo();
  else if (mod && key === 'd') duplicateSelection();
  else if (mod && key === 'a') selectAll();
  else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) deleteSelection();
  else if (!mod && event.key === 'Escape') useEditor.getState().select([]);
  else if (!mod && !event.altKey && key === 'c') {
    // Connect without a mouse: C on a focused or selected zone opens its "Connect to…" picker.
    const focused = event.target instanceof Element ? event.target.closest('.react-flow__node-zone') : null;
    const { selection, model } = useEditor.getState();
    const selected = selection.length === 1 ? selection[0] : undefined;
    const zoneId =
      focused?.getAttribute('data-id') ??
      (selected !== undefined && model.zones.some((z) => z.id === selected) ? selected : undefined);
    return focusConnectTo(zoneId);
  } else if (!mod && !event.altKey && event.key in ARROWS) {
    // A focused canvas node moves the selection itself (React Flow's keyboard support).
    if (event.target instanceof Element && event.target.closest('.react-flow__node')) return false;
    if (useEditor.getState().selection.length === 0) return false;
    const [dx, dy] = ARROWS[event.key]!;
    const step = SIZE.grid * (event.shiftKey ? 5 : 1);
    nudgeSelection(dx * step, dy * step);
  } else return false;
  return true;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (handleShortcut(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
