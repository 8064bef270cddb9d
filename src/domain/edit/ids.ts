/** Fresh element ids: readable (`plc-3`, `zone-2`, `conduit-5`), unique across the whole model. */
import type { Model } from '../model/schema';

/** Every id in use: zones, assets, conduits and notes share one namespace. */
export function usedIds(model: Model): Set<string> {
  const ids = new Set<string>();
  for (const z of model.zones) ids.add(z.id);
  for (const a of model.assets) ids.add(a.id);
  for (const c of model.conduits) ids.add(c.id);
  for (const n of model.notes ?? []) ids.add(n.id);
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

/** A name not used by `names`: the name itself, else "name 2", "name 3", … */
export function uniqueName(name: string, names: ReadonlySet<string>): string {
  if (!names.has(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} ${n}`;
    if (!names.has(candidate)) return candidate;
  }
}
