/**
 * The words the persistence says to the user (banner notices, problems, toasts), kept apart from
 * the save logic so both read more easily.
 */
import type { StorageFault } from './document-store';

export function time(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

export function quoted(name: string): string {
  const short = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  return `“${short || 'Untitled diagram'}”`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const SLOW_START = {
  title: 'Still opening.',
  message:
    'Browser storage is slow to answer. You can keep working: changes are kept in this tab and saved as soon as it answers.',
};

export const EDITS_WHILE_OPENING = {
  title: 'Saved.',
  message:
    'Changes made while browser storage was opening were saved as a new diagram; earlier diagrams are in the Documents menu.',
};

export const SAVING_AGAIN = {
  title: 'Saving again.',
  message: 'The diagram is stored in this browser once more.',
};

export function memoryOnlyMessage(fault: StorageFault, recoveredName?: string, recoveredAt?: string): string {
  const recovered =
    recoveredName !== undefined && recoveredAt !== undefined
      ? ` The copy of ${quoted(recoveredName)} kept at ${time(recoveredAt)} was restored.`
      : '';
  return `${capitalise(fault.message)}. Your work stays in this tab only: download a copy before closing it.${recovered}`;
}

export function saveFailedMessage(fault: StorageFault, backupKept: boolean): string {
  const where = backupKept
    ? 'A backup copy was kept in local storage and will be restored on the next start.'
    : 'Download a copy to keep it.';
  const lead =
    fault.kind === 'quota'
      ? "The browser's storage for this site is full, so the last changes are not saved."
      : `${capitalise(fault.message)}.`;
  return `${lead} Your work stays open in this tab. ${where}`;
}
