/**
 * Making any state of a shared document a valid model, and saying what was changed.
 *
 * Concurrent edits merge field by field, so the merged state can break rules no single edit
 * broke. What happens in each case (decided here, the same on every replica and the server):
 * - two people drag the same box, or edit the same field: the last write wins (Yjs), nothing to repair;
 * - a zone is deleted while someone adds an asset to it: the asset moves to the deleted zone's
 *   nearest surviving ancestor, else the surviving zone nearest to where the deleted zone was,
 *   else a zone "Recovered" created for it;
 * - a zone a conduit joins is deleted: the conduit drops that zone (and the flows that used it);
 *   a conduit left with fewer than two zones is dropped;
 * - the same id created twice (two entries; layout.ts): the first (zones before assets before
 *   conduits …, then by entry key) keeps it, the others get the next free "<id>-N";
 * - a nested zone whose parent was deleted becomes top-level; a note on a deleted element becomes
 *   a sticky note; a risk on a deleted zone or conduit is dropped;
 * - a field with an invalid value (an old or hostile client) gets the previous value, else a
 *   default, else is removed; an element that cannot be made valid is dropped.
 * Valid elements are returned as the same objects (identity kept for the incremental evaluator).
 */
import type { z } from 'zod';
import { checkIntegrity } from '../model/integrity';
import { quoteForMessage as quote } from '../model/issues';
import { LIMITS } from '../model/limits';
import {
  AssetSchema,
  ChangeRecordSchema,
  ConduitSchema,
  CURRENT_VERSION,
  FORMAT_ID,
  MetaSchema,
  type Model,
  NoteSchema,
  PolicySchema,
  type Position,
  PositionSchema,
  RiskMatrixSchema,
  RiskSchema,
  ZoneSchema,
} from '../model/schema';
import { matrixProblems, riskMatrixOf } from '../risk/matrix';
import { isKnownRequirement } from '../standard/requirements';
import { COLLECTIONS, type CollectionName, keyOf, SHARED_ID_COLLECTIONS, setKeyOf } from './layout';

/** What the doc holds, element by element, before validation. */
export interface RawModel {
  meta?: unknown;
  policy?: unknown;
  riskMatrix?: unknown;
  /** Optional parts present even when empty (layout.ts OPTIONAL_PARTS). */
  present: string[];
  zones: unknown[];
  assets: unknown[];
  conduits: unknown[];
  notes: unknown[];
  risks: unknown[];
  changeRecords: unknown[];
  positions: Record<string, unknown>;
}

export type RepairKind =
  | 'invalid-value'
  | 'dropped-element'
  | 'duplicate-id'
  | 'orphan-moved'
  | 'zone-recovered'
  | 'conduit-trimmed'
  | 'conduit-dropped'
  | 'parent-removed'
  | 'note-detached'
  | 'risk-dropped'
  | 'position-dropped';

export interface Repair {
  kind: RepairKind;
  /** The element concerned (after renaming, for duplicate ids). */
  id?: string;
  message: string;
}

export interface RepairResult {
  model: Model;
  repairs: Repair[];
}

type Element = { id: string } & Record<string, unknown>;

const SCHEMAS: Record<CollectionName, z.ZodType> = {
  zones: ZoneSchema,
  assets: AssetSchema,
  conduits: ConduitSchema,
  notes: NoteSchema,
  risks: RiskSchema,
  changeRecords: ChangeRecordSchema,
};

/** Values for required fields when neither the element nor its previous version has a valid one. */
const DEFAULTS: Record<CollectionName, Record<string, unknown>> = {
  zones: { name: '', kind: 'control' },
  assets: { name: '', type: 'generic', zoneId: '\u0000' },
  conduits: { name: '', type: 'filtering', zoneIds: [] },
  notes: { text: '' },
  risks: { title: '', likelihood: 1, consequence: 1, subjectId: '\u0000' },
  changeRecords: { title: 'Change', status: 'draft' },
};

const SINGULAR: Record<CollectionName, string> = {
  zones: 'zone',
  assets: 'asset',
  conduits: 'conduit',
  notes: 'note',
  risks: 'risk',
  changeRecords: 'change record',
};

/** Elements already checked against their schema (elements are never mutated). */
const VALID = new WeakSet<object>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copyOf(element: Element, changes: Record<string, unknown>): Element {
  const copy = { ...element, ...changes } as Element;
  for (const [field, value] of Object.entries(changes)) if (value === undefined) delete copy[field];
  const key = keyOf(element);
  if (key !== undefined) setKeyOf(copy, key);
  return copy;
}

const label = (e: Element) => (typeof e.name === 'string' && e.name ? quote(e.name) : quote(e.id));

class Repairer {
  readonly repairs: Repair[] = [];
  constructor(
    readonly raw: RawModel,
    readonly previous: Model | undefined,
  ) {}

  note(kind: RepairKind, message: string, id?: string): void {
    this.repairs.push(id === undefined ? { kind, message } : { kind, id, message });
  }

  previousElement(name: CollectionName, id: string): Record<string, unknown> | undefined {
    const list = this.previous?.[name] as Element[] | undefined;
    return list?.find((e) => e.id === id);
  }

  /** The element made schema-valid, or undefined when it cannot be. */
  validElement(name: CollectionName, value: unknown): Element | undefined {
    if (isRecord(value) && VALID.has(value)) return value as Element;
    if (!isRecord(value) || typeof value.id !== 'string' || !value.id || value.id.length > LIMITS.id) {
      this.note('dropped-element', `a ${SINGULAR[name]} without a valid id was dropped`);
      return undefined;
    }
    const schema = SCHEMAS[name];
    let element = value as Element;
    for (let attempt = 0; attempt < 3; attempt++) {
      const parsed = schema.safeParse(element);
      if (parsed.success) {
        VALID.add(element);
        return element;
      }
      const changes: Record<string, unknown> = {};
      const before = this.previousElement(name, element.id);
      for (const issue of parsed.error.issues) {
        const fields =
          issue.code === 'unrecognized_keys' && issue.path.length === 0
            ? issue.keys
            : [issue.path[0]].filter((f): f is string => typeof f === 'string');
        for (const field of fields) {
          if (field === 'id' || Object.hasOwn(changes, field)) continue;
          const old = before?.[field];
          changes[field] =
            attempt === 0 && old !== undefined
              ? old
              : Object.hasOwn(DEFAULTS[name], field)
                ? DEFAULTS[name][field]
                : undefined;
          this.note(
            'invalid-value',
            `${SINGULAR[name]} ${label(element)}: invalid ${field} ${changes[field] === undefined ? 'removed' : 'reset'}`,
            element.id,
          );
        }
      }
      if (Object.keys(changes).length === 0) break;
      element = copyOf(element, changes);
    }
    this.note(
      'dropped-element',
      `${SINGULAR[name]} ${label(element)} could not be repaired and was dropped`,
      element.id,
    );
    return undefined;
  }

  part<T>(
    name: 'meta' | 'policy' | 'riskMatrix',
    schema: z.ZodType<T>,
    fallback: T | undefined,
  ): T | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (schema.safeParse(value).success) return value as T;
    const old = this.previous?.[name] as T | undefined;
    this.note(
      'invalid-value',
      `invalid ${name} ${old !== undefined ? 'reset to its previous value' : 'reset'}`,
    );
    return old ?? fallback;
  }
}

/** Absolute top-left of an element: positions are relative to the parent zone. */
function absolute(
  id: string,
  positions: Readonly<Record<string, unknown>>,
  parentOf: (id: string) => string | undefined,
): { x: number; y: number } | undefined {
  let x = 0;
  let y = 0;
  let cursor: string | undefined = id;
  let found = false;
  for (let depth = 0; cursor !== undefined && depth < 50; depth++) {
    const p = Object.hasOwn(positions, cursor) ? positions[cursor] : undefined;
    if (isRecord(p) && typeof p.x === 'number' && typeof p.y === 'number') {
      x += p.x;
      y += p.y;
      found = true;
    }
    cursor = parentOf(cursor);
  }
  return found ? { x, y } : undefined;
}

/** The model the doc's state stands for, valid, with the list of repairs made. */
export function repairModel(raw: RawModel, previous?: Model): RepairResult {
  const r = new Repairer(raw, previous);
  const meta = r.part('meta', MetaSchema, { name: 'Untitled model' }) ?? { name: 'Untitled model' };
  const policy = r.part('policy', PolicySchema, undefined);
  let riskMatrix = r.part('riskMatrix', RiskMatrixSchema, undefined);
  if (riskMatrix && matrixProblems(riskMatrix).length) {
    r.note('invalid-value', 'the risk matrix was inconsistent and was reset');
    riskMatrix =
      previous?.riskMatrix && !matrixProblems(previous.riskMatrix).length ? previous.riskMatrix : undefined;
  }

  // 1. Every element schema-valid (or dropped), and no collection beyond the format's limit.
  const lists = {} as Record<CollectionName, Element[]>;
  const changed = new Set<CollectionName>();
  for (const name of COLLECTIONS) {
    const out: Element[] = [];
    let values = raw[name];
    if (values.length > LIMITS.elements) {
      r.note(
        'dropped-element',
        `${values.length - LIMITS.elements} ${name} beyond the limit of ${LIMITS.elements} were dropped`,
      );
      values = values.slice(0, LIMITS.elements);
      changed.add(name);
    }
    for (const value of values) {
      const element = r.validElement(name, value);
      if (element !== value) changed.add(name);
      if (element) out.push(element);
    }
    lists[name] = out;
  }
  const replace = (name: CollectionName, index: number, element: Element) => {
    lists[name][index] = element;
    changed.add(name);
  };
  const drop = (name: CollectionName, keep: (e: Element) => boolean) => {
    const before = lists[name].length;
    lists[name] = lists[name].filter(keep);
    if (lists[name].length !== before) changed.add(name);
  };

  // Positions: valid, within the diagram's reach.
  const positions: Record<string, Position> = Object.create(null);
  let positionsChanged = false;
  for (const [id, value] of Object.entries(raw.positions)) {
    const ok =
      PositionSchema.safeParse(value).success &&
      ['x', 'y', 'width', 'height'].every((f) => {
        const n = (value as Record<string, unknown>)[f];
        return n === undefined || Math.abs(n as number) <= LIMITS.coordinate;
      });
    if (ok) positions[id] = value as Position;
    else {
      positionsChanged = true;
      r.note('position-dropped', `invalid position of ${quote(id)} dropped`, id);
    }
  }

  // 2. Duplicate ids: the first keeps it, the others get "<id>-N".
  const taken = new Set<string>();
  const allIds = new Set<string>();
  for (const name of COLLECTIONS) for (const e of lists[name]) allIds.add(e.id);
  const fresh = (id: string) => {
    let n = 2;
    while (allIds.has(`${id}-${n}`) || `${id}-${n}`.length > LIMITS.id) n++;
    const next = `${id}-${n}`.slice(0, LIMITS.id);
    allIds.add(next);
    return next;
  };
  const dedupe = (names: readonly CollectionName[], seen: Set<string>) => {
    for (const name of names)
      lists[name].forEach((e, i) => {
        if (!seen.has(e.id)) {
          seen.add(e.id);
          return;
        }
        const id = fresh(e.id);
        seen.add(id);
        replace(name, i, copyOf(e, { id }));
        const pos = Object.hasOwn(positions, e.id) ? positions[e.id] : undefined;
        if (pos) {
          positions[id] = { ...pos, x: pos.x + 24, y: pos.y + 24 };
          positionsChanged = true;
        }
        r.note(
          'duplicate-id',
          `${SINGULAR[name]} ${label(e)} was created twice with id ${quote(e.id)}; this one is now ${quote(id)}`,
          id,
        );
      });
  };
  dedupe(SHARED_ID_COLLECTIONS, taken);
  dedupe(['changeRecords'], new Set());

  // 3. Zone nesting: known parents, no cycles.
  const zoneIds = new Set(lists.zones.map((z) => z.id));
  lists.zones.forEach((z, i) => {
    const parentId = z.parentId as string | undefined;
    if (parentId !== undefined && (parentId === z.id || !zoneIds.has(parentId))) {
      replace('zones', i, copyOf(z, { parentId: undefined }));
      r.note(
        'parent-removed',
        `zone ${label(z)} is now top-level: its parent zone ${quote(parentId)} was deleted`,
        z.id,
      );
    }
  });
  const parents = () => new Map(lists.zones.map((z) => [z.id, z.parentId as string | undefined]));
  let parentOf = parents();
  lists.zones.forEach((z, i) => {
    const trail = new Set<string>([z.id]);
    for (let cursor = parentOf.get(z.id); cursor !== undefined; cursor = parentOf.get(cursor)) {
      if (trail.has(cursor)) {
        replace('zones', i, copyOf(z, { parentId: undefined }));
        parentOf.set(z.id, undefined);
        r.note(
          'parent-removed',
          `zone ${label(z)} is now top-level: concurrent moves nested zones in a cycle`,
          z.id,
        );
        break;
      }
      trail.add(cursor);
    }
  });
  parentOf = parents();

  // 4. Orphaned assets: nearest surviving ancestor, else nearest zone on the canvas, else "Recovered".
  const previousZones = new Map((previous?.zones ?? []).map((z) => [z.id, z]));
  const previousPositions = previous?.diagram?.positions ?? {};
  const zoneName = (id: string) => {
    const z = lists.zones.find((x) => x.id === id);
    return z ? label(z) : quote(id);
  };
  let recovered: string | undefined;
  const homeFor = (lost: string): string => {
    for (let cursor = previousZones.get(lost)?.parentId, depth = 0; cursor && depth < 50; depth++) {
      if (zoneIds.has(cursor)) return cursor;
      cursor = previousZones.get(cursor)?.parentId;
    }
    const where =
      absolute(lost, raw.positions, (id) => previousZones.get(id)?.parentId) ??
      absolute(lost, previousPositions, (id) => previousZones.get(id)?.parentId);
    if (where && zoneIds.size) {
      let best: string | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const z of lists.zones) {
        const at = absolute(z.id, positions, (id) => parentOf.get(id));
        if (!at) continue;
        const d = (at.x - where.x) ** 2 + (at.y - where.y) ** 2;
        if (d < bestDistance) {
          bestDistance = d;
          best = z.id;
        }
      }
      if (best) return best;
    }
    const first = lists.zones[0];
    if (first) return first.id;
    if (!recovered) {
      recovered = allIds.has('recovered') ? fresh('recovered') : 'recovered';
      allIds.add(recovered);
      lists.zones.push({ id: recovered, name: 'Recovered', kind: 'control' } as Element);
      zoneIds.add(recovered);
      changed.add('zones');
      r.note('zone-recovered', 'zone "Recovered" created for assets whose zone was deleted', recovered);
    }
    return recovered;
  };
  lists.assets.forEach((a, i) => {
    const zoneId = a.zoneId as string;
    if (zoneIds.has(zoneId)) return;
    const home = homeFor(zoneId);
    replace('assets', i, copyOf(a, { zoneId: home }));
    r.note(
      'orphan-moved',
      zoneId === '\u0000'
        ? `asset ${label(a)} had no zone and was placed in zone ${zoneName(home)}`
        : `asset ${label(a)} moved to zone ${zoneName(home)}: its zone ${quote(zoneId)} was deleted`,
      a.id,
    );
  });

  // 5. Conduits keep only surviving zones; flows only between those.
  const conduitDrops = new Set<string>();
  lists.conduits.forEach((c, i) => {
    const zones = c.zoneIds as string[];
    const kept = zones.filter((z, j) => zoneIds.has(z) && zones.indexOf(z) === j);
    if (kept.length < 2) {
      conduitDrops.add(c.id);
      r.note('conduit-dropped', `conduit ${label(c)} was dropped: fewer than two of its zones remain`, c.id);
      return;
    }
    const flows = c.flows as Array<{ from: string; to: string }> | undefined;
    const keptFlows = flows?.filter((f) => kept.includes(f.from) && kept.includes(f.to) && f.from !== f.to);
    if (kept.length === zones.length && keptFlows?.length === flows?.length) return;
    replace('conduits', i, copyOf(c, { zoneIds: kept, flows: flows ? keptFlows : undefined }));
    r.note('conduit-trimmed', `conduit ${label(c)} no longer joins deleted zones`, c.id);
  });
  if (conduitDrops.size) drop('conduits', (c) => !conduitDrops.has(c.id));

  // Requirement statuses with unknown keys (an old or hostile client).
  for (const name of ['zones', 'conduits'] as const)
    lists[name].forEach((e, i) => {
      const requirements = e.requirements as Record<string, unknown> | undefined;
      if (!requirements) return;
      const unknown = Object.keys(requirements).filter((k) => !isKnownRequirement(k));
      if (!unknown.length) return;
      const kept = Object.fromEntries(Object.entries(requirements).filter(([k]) => isKnownRequirement(k)));
      replace(name, i, copyOf(e, { requirements: kept }));
      r.note(
        'invalid-value',
        `${SINGULAR[name]} ${label(e)}: unknown requirement ${quote(unknown[0]!)} removed`,
        e.id,
      );
    });

  // 6. Notes on deleted elements become sticky notes; risks on deleted subjects are dropped.
  const everything = new Set<string>();
  for (const name of SHARED_ID_COLLECTIONS) for (const e of lists[name]) everything.add(e.id);
  lists.notes.forEach((n, i) => {
    const target = n.targetId as string | undefined;
    if (target === undefined || everything.has(target)) return;
    replace('notes', i, copyOf(n, { targetId: undefined }));
    r.note(
      'note-detached',
      `a note on ${quote(target)} became a sticky note: ${quote(target)} was deleted`,
      n.id,
    );
  });
  const subjects = new Set([...lists.zones, ...lists.conduits].map((e) => e.id));
  const matrix = riskMatrixOf({ riskMatrix });
  drop('risks', (k) => {
    if (subjects.has(k.subjectId as string)) return true;
    r.note(
      'risk-dropped',
      `risk ${label({ ...k, name: k.title })} was dropped: its subject ${quote(k.subjectId as string)} was deleted`,
      k.id,
    );
    return false;
  });
  lists.risks.forEach((k, i) => {
    const clamp: Record<string, unknown> = {};
    for (const [field, size] of [
      ['likelihood', matrix.likelihood.length],
      ['consequence', matrix.consequence.length],
      ['residualLikelihood', matrix.likelihood.length],
      ['residualConsequence', matrix.consequence.length],
    ] as const) {
      const v = k[field] as number | undefined;
      if (v !== undefined && v > size) clamp[field] = size;
    }
    if (Object.keys(clamp).length) {
      replace('risks', i, copyOf(k, clamp));
      r.note('invalid-value', `risk ${quote(k.id)} moved onto the risk matrix's scale`, k.id);
    }
  });

  // Assemble, keeping the raw arrays (and so their identity) where nothing changed.
  const arrayOf = (name: CollectionName) => (changed.has(name) ? lists[name] : (raw[name] as Element[]));
  const model = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    meta,
    zones: arrayOf('zones'),
    assets: arrayOf('assets'),
    conduits: arrayOf('conduits'),
  } as Model;
  const present = new Set(raw.present);
  if (present.has('notes') || lists.notes.length) model.notes = arrayOf('notes') as Model['notes'];
  if (policy !== undefined) model.policy = policy;
  if (present.has('changeRecords') || lists.changeRecords.length)
    model.changeRecords = arrayOf('changeRecords') as Model['changeRecords'];
  if (present.has('risks') || lists.risks.length) model.risks = arrayOf('risks') as Model['risks'];
  if (riskMatrix !== undefined) model.riskMatrix = riskMatrix;
  const rawPositions = positionsChanged ? positions : raw.positions;
  if (present.has('diagram') || Object.keys(rawPositions).length) {
    model.diagram =
      previous?.diagram && previous.diagram.positions === rawPositions
        ? previous.diagram
        : { positions: rawPositions as Record<string, Position> };
  }

  // Whatever the steps above missed (should be nothing): drop the offending elements.
  let issues = checkIntegrity(model);
  for (let round = 0; issues.length && round < 3; round++) {
    for (const issue of issues) {
      const [head, index] = issue.path;
      r.note('dropped-element', `dropped: ${issue.message}`);
      if (
        typeof head === 'string' &&
        (COLLECTIONS as readonly string[]).includes(head) &&
        typeof index === 'number'
      ) {
        const name = head as CollectionName;
        const list = (model[name] as Element[] | undefined) ?? [];
        const target = list[index];
        (model as unknown as Record<string, unknown>)[name] = list.filter((e) => e !== target);
      } else if (head === 'riskMatrix') delete model.riskMatrix;
      else if (head === 'diagram') model.diagram = { positions: {} };
    }
    issues = checkIntegrity(model);
  }
  if (issues.length) return { model: previous ?? emptyModel(meta), repairs: r.repairs };

  if (previous && r.repairs.length === 0 && sameParts(previous, model))
    return { model: previous, repairs: [] };
  return { model, repairs: r.repairs };
}

function sameParts(a: Model, b: Model): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Model>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

function emptyModel(meta: Model['meta']): Model {
  return { format: FORMAT_ID, version: CURRENT_VERSION, meta, zones: [], assets: [], conduits: [] };
}
