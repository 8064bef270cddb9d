/**
 * The semantic diff of two model versions: elements matched by id (flows by their endpoints,
 * protocol and port inside their conduit), with field-level before/after. Moving or resizing a box
 * is not a change to the architecture: such layout-only changes are counted apart and listed only
 * when asked for. Output order is deterministic: by kind, then id.
 */
import type { Conduit, Flow, Model, Position } from '../model/schema';
import { diffFields, type FieldChange, sameValue } from './fields';

export const CHANGE_KINDS = ['zone', 'asset', 'conduit', 'flow', 'note', 'policy', 'meta'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type ChangeType = 'added' | 'removed' | 'changed';

export interface ElementChange {
  kind: ChangeKind;
  /** The element's id; a flow's is "<conduit id>/<from>><to>/<protocol>/<port>". */
  id: string;
  /** How people know it (for text and Markdown; the JSON contract keeps to kind, id, change, fields). */
  name: string;
  change: ChangeType;
  fields: FieldChange[];
  /** A changed element whose only differences are its position or size on the diagram. */
  layoutOnly?: boolean;
}

export interface ModelDiff {
  changes: ElementChange[];
  summary: { added: number; removed: number; changed: number; layoutOnly: number };
}

export interface DiffOptions {
  /** List layout-only changes (and position fields of changed elements). Default false. */
  includeLayout?: boolean;
}

const ORDER = {
  zone: ['id', 'name', 'kind', 'purdueLevel', 'slTarget', 'parentId', 'description', 'owner', 'networks'],
  asset: [
    'id',
    'name',
    'type',
    'zoneId',
    'slCapability',
    'safetyRelated',
    'wireless',
    'transient',
    'externalNetwork',
    'vendor',
    'model',
    'addresses',
    'description',
  ],
  conduit: [
    'id',
    'name',
    'zoneIds',
    'type',
    'direction',
    'controls',
    'slTarget',
    'slCapability',
    'untrustedNetwork',
    'remoteAccess',
    'serviceProvider',
    'description',
  ],
  flow: ['from', 'to', 'protocol', 'port', 'description'],
  note: ['id', 'text', 'author', 'createdAt', 'targetId'],
  acceptance: ['finding', 'justification', 'acceptedBy', 'date', 'expires', 'compensating', 'ticket'],
  meta: ['name', 'site', 'description', 'author'],
} as const;

const KIND_RANK = Object.fromEntries(CHANGE_KINDS.map((k, i) => [k, i])) as Record<ChangeKind, number>;
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Plain = Record<string, unknown>;
const plain = (v: object | undefined) => v as Plain | undefined;

/** The part of a flow's id after "<conduit id>/": what matches a flow across versions. */
export function flowKey(flow: Flow): string {
  return `${flow.from}>${flow.to}/${flow.protocol}/${flow.port ?? '-'}`;
}

/** Flow id → flow for one conduit; a repeated identical flow gets "#2", "#3" in model order. */
export function flowsById(conduit: Conduit): Map<string, Flow> {
  const map = new Map<string, Flow>();
  for (const flow of conduit.flows ?? []) {
    const base = `${conduit.id}/${flowKey(flow)}`;
    let id = base;
    for (let n = 2; map.has(id); n++) id = `${base}#${n}`;
    map.set(id, flow);
  }
  return map;
}

function flowName(flow: Flow, zoneName: (id: string) => string): string {
  return `${zoneName(flow.from)} → ${zoneName(flow.to)} ${flow.protocol}${flow.port === undefined ? '' : `/${flow.port}`}`;
}

function positionFields(before: Position | undefined, after: Position | undefined): FieldChange[] {
  if (sameValue(before, after)) return [];
  return diffFields(plain(before), plain(after), {
    order: ['x', 'y', 'width', 'height'],
    prefix: 'position',
  });
}

interface Matchable {
  id: string;
}

/** Matches two lists by id and diffs each pair (skipping the fields named in `skip`). */
function matchById<T extends Matchable>(
  kind: ChangeKind,
  before: readonly T[],
  after: readonly T[],
  order: readonly string[],
  nameOf: (item: T) => string,
  skip: readonly string[] = [],
): ElementChange[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const next = new Map(after.map((item) => [item.id, item]));
  const changes: ElementChange[] = [];
  for (const [id, item] of next) {
    const prev = old.get(id);
    if (!prev)
      changes.push({
        kind,
        id,
        name: nameOf(item),
        change: 'added',
        fields: diffFields(undefined, plain(item), { order, skip }),
      });
    else {
      const fields = diffFields(plain(prev), plain(item), { order, skip });
      if (fields.length > 0) changes.push({ kind, id, name: nameOf(item), change: 'changed', fields });
    }
  }
  for (const [id, item] of old)
    if (!next.has(id))
      changes.push({
        kind,
        id,
        name: nameOf(item),
        change: 'removed',
        fields: diffFields(plain(item), undefined, { order, skip }),
      });
  return changes;
}

function flowChanges(before: Model, after: Model): ElementChange[] {
  const zoneNames = new Map<string, string>();
  for (const z of before.zones) zoneNames.set(z.id, z.name || z.id);
  for (const z of after.zones) zoneNames.set(z.id, z.name || z.id);
  const zoneName = (id: string) => zoneNames.get(id) ?? id;
  const oldConduits = new Map(before.conduits.map((c) => [c.id, c]));
  const newConduits = new Map(after.conduits.map((c) => [c.id, c]));
  const changes: ElementChange[] = [];
  const ids = new Set([...oldConduits.keys(), ...newConduits.keys()]);
  for (const conduitId of ids) {
    const prev = oldConduits.get(conduitId);
    const next = newConduits.get(conduitId);
    if (prev === next) continue;
    const oldFlows = prev ? flowsById(prev) : new Map<string, Flow>();
    const newFlows = next ? flowsById(next) : new Map<string, Flow>();
    for (const [id, flow] of newFlows) {
      const was = oldFlows.get(id);
      const fields = diffFields(plain(was), plain(flow), { order: ORDER.flow });
      if (!was) changes.push({ kind: 'flow', id, name: flowName(flow, zoneName), change: 'added', fields });
      else if (fields.length > 0)
        changes.push({ kind: 'flow', id, name: flowName(flow, zoneName), change: 'changed', fields });
    }
    for (const [id, flow] of oldFlows)
      if (!newFlows.has(id))
        changes.push({
          kind: 'flow',
          id,
          name: flowName(flow, zoneName),
          change: 'removed',
          fields: diffFields(plain(flow), undefined, { order: ORDER.flow }),
        });
  }
  return changes;
}

function policyChanges(before: Model, after: Model): ElementChange[] {
  const rules = (m: Model) =>
    Object.entries(m.policy?.rules ?? {}).map(([id, rule]) => ({ id: `rules/${id}`, ...rule }));
  const acceptances = (m: Model) =>
    (m.policy?.acceptances ?? []).map((a) => ({ ...a, id: `acceptances/${a.finding}` }));
  return [
    ...matchById('policy', rules(before), rules(after), ['enabled', 'severity'], (r) => r.id, ['id']),
    ...matchById(
      'policy',
      acceptances(before),
      acceptances(after),
      ORDER.acceptance,
      (a) => `Acceptance: ${a.justification.slice(0, 60)}`,
      ['id'],
    ),
  ];
}

function metaChanges(before: Model, after: Model): ElementChange[] {
  // updatedAt changes on every save; it says nothing about the architecture.
  const meta = diffFields(plain(before.meta), plain(after.meta), { order: ORDER.meta, skip: ['updatedAt'] });
  const changes: ElementChange[] =
    meta.length > 0
      ? [
          {
            kind: 'meta',
            id: 'meta',
            name: after.meta.name || before.meta.name,
            change: 'changed',
            fields: meta,
          },
        ]
      : [];
  const records = (m: Model) => (m.changeRecords ?? []).map((r) => ({ ...r, id: `changeRecords/${r.id}` }));
  changes.push(...matchById('meta', records(before), records(after), [], (r) => r.title));
  return changes;
}

/** Applies layout: position fields on changed elements, and layout-only entries when asked for. */
function addLayout(
  changes: ElementChange[],
  before: Model,
  after: Model,
  includeLayout: boolean,
): { changes: ElementChange[]; layoutOnly: number } {
  const oldPos = before.diagram?.positions ?? {};
  const newPos = after.diagram?.positions ?? {};
  const changedById = new Map<string, ElementChange>();
  for (const c of changes) if (c.change === 'changed' && c.kind !== 'flow') changedById.set(c.id, c);
  const names = new Map<string, [ChangeKind, string]>();
  const both = (kind: ChangeKind, list: ReadonlyArray<{ id: string; name?: string; text?: string }>) => {
    for (const e of list) names.set(e.id, [kind, e.name ?? e.text?.slice(0, 40) ?? e.id]);
  };
  const oldIds = new Set(
    [...before.zones, ...before.assets, ...before.conduits, ...(before.notes ?? [])].map((e) => e.id),
  );
  both('zone', after.zones);
  both('asset', after.assets);
  both('conduit', after.conduits);
  both('note', after.notes ?? []);
  let layoutOnly = 0;
  const extra: ElementChange[] = [];
  for (const [id, [kind, name]] of names) {
    if (!oldIds.has(id)) continue;
    const fields = positionFields(oldPos[id], newPos[id]);
    if (fields.length === 0) continue;
    const changed = changedById.get(id);
    if (changed) {
      if (includeLayout) changed.fields.push(...fields);
      continue;
    }
    layoutOnly++;
    if (includeLayout) extra.push({ kind, id, name, change: 'changed', fields, layoutOnly: true });
  }
  return { changes: [...changes, ...extra], layoutOnly };
}

export function diffModels(before: Model, after: Model, options: DiffOptions = {}): ModelDiff {
  const nameOf = (e: { name: string; id: string }) => e.name || e.id;
  const semantic: ElementChange[] = [
    ...matchById('zone', before.zones, after.zones, ORDER.zone, nameOf),
    ...matchById('asset', before.assets, after.assets, ORDER.asset, nameOf),
    ...matchById('conduit', before.conduits, after.conduits, ORDER.conduit, nameOf, ['flows']),
    ...flowChanges(before, after),
    ...matchById(
      'note',
      before.notes ?? [],
      after.notes ?? [],
      ORDER.note,
      (n) => n.text.slice(0, 60) || n.id,
    ),
    ...policyChanges(before, after),
    ...metaChanges(before, after),
  ];
  const { changes, layoutOnly } = addLayout(semantic, before, after, options.includeLayout === true);
  changes.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || byCodeUnit(a.id, b.id));
  const summary = { added: 0, removed: 0, changed: 0, layoutOnly };
  for (const c of changes) if (!c.layoutOnly) summary[c.change]++;
  return { changes, summary };
}
