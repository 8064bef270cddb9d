/**
 * Copy/cut/paste of diagram elements. The fragment goes to the system clipboard as JSON (through
 * the copy/paste events, which need no permission) and to localStorage, so pasting works in
 * another tab of the editor even where the system clipboard is unavailable.
 */
import { type Fragment, parseFragment } from '../../domain/edit/fragment';
import { plural } from '../../domain/text/plural';
import { toast } from '../store/toasts';
import { copySelectionFragment, deleteSelection, pasteFragmentHere } from './commands';
import { SIZE } from './geometry';

export const CLIPBOARD_KEY = 'ot-zones:clipboard';

/** Repeated pastes of the same fragment step further away, so copies do not stack exactly. */
let lastPasted: { text: string; count: number } | null = null;

function storeLocally(text: string): void {
  try {
    localStorage.setItem(CLIPBOARD_KEY, text);
  } catch {
    // storage full or disabled: the system clipboard still has it
  }
}

function readLocal(): string | null {
  try {
    return localStorage.getItem(CLIPBOARD_KEY);
  } catch {
    return null;
  }
}

function summarise(fragment: Fragment): string {
  const parts: string[] = [];
  if (fragment.zones.length) parts.push(`${plural(fragment.zones.length, 'zone')}`);
  if (fragment.assets.length) parts.push(`${plural(fragment.assets.length, 'asset')}`);
  if (fragment.conduits.length) parts.push(`${plural(fragment.conduits.length, 'conduit')}`);
  return parts.join(', ');
}

/** Copies the selection; returns the JSON text (also put in localStorage), or null when nothing copyable is selected. */
export function copySelection(): string | null {
  const fragment = copySelectionFragment();
  if (!fragment) return null;
  const text = JSON.stringify(fragment);
  storeLocally(text);
  lastPasted = null;
  toast(`Copied ${summarise(fragment)}.`);
  return text;
}

/** Pastes JSON text holding a fragment; false when the text is not one. */
export function pasteText(text: string | null): boolean {
  if (!text) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const fragment = parseFragment(value);
  if (!fragment) return false;
  const count = lastPasted?.text === text ? lastPasted.count + 1 : 1;
  lastPasted = { text, count };
  const step = 2 * SIZE.gap * count;
  pasteFragmentHere(fragment, { x: step, y: step });
  return true;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Installs the copy/cut/paste listeners; returns a function that removes them. */
export function installClipboard(): () => void {
  const onCopy = (event: ClipboardEvent, cut: boolean) => {
    if (isEditable(event.target) || window.getSelection()?.toString()) return;
    const text = copySelection();
    if (!text) return;
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    if (cut) deleteSelection();
  };
  const copy = (e: ClipboardEvent) => onCopy(e, false);
  const cut = (e: ClipboardEvent) => onCopy(e, true);
  const paste = (event: ClipboardEvent) => {
    if (isEditable(event.target)) return;
    const systemText = event.clipboardData?.getData('text/plain') ?? '';
    // The system clipboard wins when it holds a fragment; otherwise the last copy in any tab.
    if (pasteText(systemText) || (!systemText.trim() && pasteText(readLocal()))) {
      event.preventDefault();
      return;
    }
    if (systemText.trim()) toast('The clipboard holds no diagram elements to paste.', 'info');
    else if (!readLocal()) toast('Nothing to paste yet: copy zones or assets first.', 'info');
  };
  window.addEventListener('copy', copy);
  window.addEventListener('cut', cut);
  window.addEventListener('paste', paste);
  return () => {
    window.removeEventListener('copy', copy);
    window.removeEventListener('cut', cut);
    window.removeEventListener('paste', paste);
  };
}
