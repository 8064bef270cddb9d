/**
 * Text helpers shared by the rules, so every message names elements and levels the same way.
 * Messages are plain text (the UI renders them as text, never as HTML).
 */
import type { FrShortfall } from '../security-level';
import { FR_IDS } from '../security-level';
import { cleanText } from '../text/clean-text';

const MAX_NAME = 80;

/** Cut to a readable length, with control and bidi characters neutralised (names come from files). */
function shorten(text: string): string {
  const clean = cleanText(text);
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean;
}

/** Free text from the file (a risk title), quoted, shortened and made inert for messages. */
export function quoted(text: string): string {
  return `"${shorten(text)}"`;
}

/**
 * The element as a reader knows it: its name, quoted ("Control room"); its id only when it has no
 * usable name. Messages name elements the way a plant engineer would; the id stays in the finding's
 * subject (the findings panel and the CLI print it beside the message).
 */
export function label(element: { id: string; name: string }): string {
  const name = element.name.trim();
  return `"${shorten(name === '' ? element.id : name)}"`;
}

/** "IAC (short by 1), RDF (short by 2)"; "every FR (short by 1)" when all seven fall short alike. */
export function describeShortfalls(list: readonly FrShortfall[]): string {
  const first = list[0];
  if (first && list.length === FR_IDS.length && list.every((s) => s.gap === first.gap))
    return `every FR (short by ${first.gap})`;
  return list.map((s) => `${s.fr} (short by ${s.gap})`).join(', ');
}

/** "a, b and c"; with more than `max` items: "a, b, c and 4 more". */
export function listText(items: readonly string[], max = 3): string {
  if (items.length === 0) return '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Labels of the elements, ordered by name then id so the text never depends on array order.
 * Only the first `max` are labelled (picked without sorting the whole list).
 */
export function labelList(elements: ReadonlyArray<{ id: string; name: string }>, max = 3): string {
  const first: Array<{ id: string; name: string }> = [];
  for (const e of elements) {
    if (first.length === max && byNameThenId(e, first[max - 1]!) >= 0) continue;
    let at = first.length;
    while (at > 0 && byNameThenId(e, first[at - 1]!) < 0) at--;
    first.splice(at, 0, e);
    if (first.length > max) first.pop();
  }
  const labels = first.map(label);
  if (elements.length > max) return `${labels.join(', ')} and ${elements.length - max} more`;
  return listText(labels, max);
}

export function byNameThenId(a: { id: string; name: string }, b: { id: string; name: string }): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Where an asset flag comes from, for messages: "marked safety-related" when the file sets it,
 * "safety-related by default for type SIS controller" when it is the catalog default.
 */
export function flagOrigin(explicit: boolean | undefined, flagText: string, typeLabel: string): string {
  return explicit === undefined ? `${flagText} by default for type ${typeLabel}` : `marked ${flagText}`;
}

/** `"DMZ" → "Control" modbus-tcp/502` — a flow with its zones by name. */
export function flowText(
  flow: { from: string; to: string; protocol: string; port?: number | 'any' | undefined },
  zoneById: ReadonlyMap<string, { id: string; name: string }>,
): string {
  const end = (id: string) => {
    const z = zoneById.get(id);
    return z ? label(z) : `"${id}"`;
  };
  const port = flow.port === undefined ? '' : `/${flow.port}`;
  return `${end(flow.from)} → ${end(flow.to)} ${shorten(flow.protocol)}${port}`;
}
