/**
 * Small builders for rule and engine tests: terse models with sensible defaults, and a runner that
 * applies one rule to every subject of its scope. Not used by production code.
 */
import { expect } from 'vitest';
import { buildIndex } from '../src/domain/model/derive';
import type { Asset, Conduit, Model, Policy, Zone } from '../src/domain/model/schema';
import type { FindingDraft, Rule } from '../src/domain/rules/rule';

export function zone(id: string, kind: Zone['kind'], extra: Partial<Zone> = {}): Zone {
  return { id, name: `Zone ${id}`, kind, ...extra };
}

export function asset(id: string, type: string, zoneId: string, extra: Partial<Asset> = {}): Asset {
  return { id, name: `Asset ${id}`, type, zoneId, ...extra };
}

export function conduit(id: string, zoneIds: string[], extra: Partial<Conduit> = {}): Conduit {
  return { id, name: `Conduit ${id}`, zoneIds, type: 'filtering', ...extra };
}

export function model(parts: {
  zones?: Zone[];
  assets?: Asset[];
  conduits?: Conduit[];
  policy?: Policy;
}): Model {
  const m: Model = {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'test' },
    zones: parts.zones ?? [],
    assets: parts.assets ?? [],
    conduits: parts.conduits ?? [],
  };
  if (parts.policy) m.policy = parts.policy;
  return m;
}

/** Runs one rule over every subject of its scope, in model order. */
export function run(rule: Rule, m: Model): FindingDraft[] {
  const index = buildIndex(m);
  switch (rule.scope) {
    case 'zone':
      return m.zones.flatMap((z) => rule.check(z, index));
    case 'asset':
      return m.assets.flatMap((a) => rule.check(a, index));
    case 'conduit':
      return m.conduits.flatMap((c) => rule.check(c, index));
    case 'model':
      return rule.check(index);
  }
}

/** Subject ids of the drafts, for compact assertions. */
export function subjects(drafts: readonly FindingDraft[]): string[] {
  return drafts.map((d) => d.subject.id);
}

/**
 * The message names each element by its quoted name and shows none of their ids (the finding's
 * subject carries the id; the panel and the CLI print it beside the message).
 */
export function expectNamed(message: string, ...elements: ReadonlyArray<{ id: string; name: string }>): void {
  let rest = message;
  for (const e of elements) {
    expect(message).toContain(`"${e.name}"`);
    rest = rest.split(`"${e.name}"`).join('""');
  }
  for (const e of elements)
    expect(rest).not.toMatch(
      new RegExp(`(^|[^\\w-])${e.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`),
    );
}
