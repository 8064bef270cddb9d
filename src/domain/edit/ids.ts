/** Fresh element ids: readable (`plc-3`, `zone-2`, `conduit-5`), unique across the whole model. */
import { LIMITS } from '../model/limits';
import type { Model } from '../model/schema';

/** Every id in use: zones, assets, conduits, notes, risks and subsystems share one namespace. */
export function usedIds(model: Model): Set<string> {
  const ids = new Set<string>();
  for (const z of model.zones) ids.add(z.id);
  for (const a of model.assets) ids.add(a.id);
  for (const c of model.conduits) ids.add(c.id);
  for (const n of model.notes ?? []) ids.add(n.id);
  for (const r of model.risks ?? []) ids.add(r.id);
  for (const s of model.diagram?.subsystems ?? []) ids.add(s.id);
  return ids;
}

/** Lower-case kebab form usable as an id prefix; falls back to `element`. */
export function idPrefix(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'element';
}

/**
 * Returns a function that hands out ids `prefix-N` not used in the model nor handed out before.
 * Counting starts at 1 per prefix, so ids stay short and predictable.
 */
export function idAllocator(model: Model): (prefix: string) => string {
  const taken = usedIds(model);
  const next = new Map<string, number>();
  return (prefix: string) => {
    const base = idPrefix(prefix);
    let n = next.get(base) ?? 1;
    while (taken.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    taken.add(id);
    next.set(base, n + 1);
    return id;
  };
}

/**
 * The text cut to at most `max` UTF-16 code units (what the format's length limit counts), ending
 * in "…" when cut. Never splits a surrogate pair, so the result is always well-formed text.
 */
export function clipName(text: string, max: number = LIMITS.name): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return `${text.slice(0, end)}…`;
}

/** `stem` + `suffix` within `max`: the stem is clipped so the suffix ("copy", " 2") always shows. */
export function withSuffix(stem: string, suffix: string, max: number = LIMITS.name): string {
  return `${clipName(stem, max - suffix.length)}${suffix}`;
}

/** A name not used by `names` and within `max`: the name itself, else "name 2", "name 3", … */
export function uniqueName(name: string, names: ReadonlySet<string>, max: number = LIMITS.name): string {
  const fitted = clipName(name, max);
  if (!names.has(fitted)) return fitted;
  for (let n = 2; ; n++) {
    const candidate = withSuffix(name, ` ${n}`, max);
    if (!names.has(candidate)) return candidate;
  }
}
