/**
 * The name a person shows to others in shared documents: picked once, kept in this browser's
 * localStorage, shown in presence and recorded by the server in the history.
 */
const KEY = 'ot-zones:display-name';
export const NAME_MAX = 40;

export function readDisplayName(storage: Pick<Storage, 'getItem'> | null = safeStorage()): string | null {
  try {
    const name = storage?.getItem(KEY)?.trim();
    return name ? name.slice(0, NAME_MAX) : null;
  } catch {
    return null;
  }
}

export function writeDisplayName(
  name: string,
  storage: Pick<Storage, 'setItem'> | null = safeStorage(),
): void {
  try {
    storage?.setItem(KEY, name.trim().slice(0, NAME_MAX));
  } catch {
    // kept for this session only
  }
}

/** Why a name cannot be used, or null. */
export function displayNameError(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a name others will recognise.';
  if (trimmed.length > NAME_MAX) return `At most ${NAME_MAX} characters.`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return 'Control characters are not allowed.';
  return null;
}

/** Colours that read on white and on the canvas, distinct from the zone kinds' palette. */
const COLORS = ['#e11d48', '#7c3aed', '#0891b2', '#ea580c', '#16a34a', '#c026d3', '#2563eb', '#ca8a04'];

/** A participant's colour: stable for one awareness client id. */
export function colorFor(clientId: number): string {
  return COLORS[Math.abs(clientId) % COLORS.length]!;
}

/** Up to two initials for an avatar. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts.at(-1)![0]] : [...(parts[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
