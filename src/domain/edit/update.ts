/**
 * Field edits of existing elements: what the inspector and the findings panel write.
 *
 * Every function is pure and keeps object identity: untouched elements, arrays and the model
 * itself are returned as they were, so the incremental engine and React Flow re-process only what
 * changed, and an edit that changes nothing returns the very same model (no undo step is wasted).
 *
 * Patches: a key that is absent leaves the field alone; a key present with the value `undefined`
 * removes the field (back to the catalog default or "not set"). The edited element is validated
 * against the format's schema and referential rules; a bad edit throws an EditError and the
 * model is untouched, so invalid input can never reach a saved file.
 */
import type { ZodType } from 'zod';
import {
  type Asset,
  AssetSchema,
  type Conduit,
  ConduitSchema,
  type Flow,
  FlowSchema,
  type Meta,
  MetaSchema,
  type Model,
  type Severity,
  type Zone,
  ZoneSchema,
} from '../model/schema';
import { normaliseSl, type SecurityLevel } from '../security-level';
import { hasOwnEntry, ownValue } from './own';

export class EditError extends Error {
  override name = 'EditError';
}

/** What may change on an element: everything but its id. */
export type Patch<T> = { [K in Exclude<keyof T, 'id'>]?: T[K] | undefined };
export type ZonePatch = Patch<Zone>;
export type AssetPatch = Patch<Asset>;
export type ConduitPatch = Patch<Conduit>;
export type FlowPatch = { [K in keyof Flow]?: Flow[K] | undefined };
export type MetaPatch = { [K in keyof Meta]?: Meta[K] | undefined };

/** Structural equality for the JSON-like values of a model (numbers, strings, arrays, records). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** The object with the patch applied, or the same object when nothing changes. */
function applyPatch<T extends object>(target: T, patch: object): T {
  let result: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(patch)) {
    const current = ownValue(target as Record<string, unknown>, key);
    if (value === undefined ? current === undefined : sameValue(current, value)) continue;
    result ??= { ...(target as Record<string, unknown>) };
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return (result as T | undefined) ?? target;
}

function validate<T>(schema: ZodType<T>, value: T, what: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new EditError(`${what}: ${where}${issue?.message ?? 'invalid value'}`);
  }
}

/** Security levels are stored in their compact form: one number when all seven FRs agree. */
function normaliseLevels<P extends { slTarget?: unknown; slCapability?: unknown }>(patch: P): P {
  let result = patch;
  for (const key of ['slTarget', 'slCapability'] as const) {
    const value = patch[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' && !Array.isArray(value)) continue;
    const compact = Array.isArray(value) && value.length === 7 ? normaliseSl(value as SecurityLevel) : value;
    if (compact !== value) result = { ...result, [key]: compact };
  }
  return result;
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = [...list];
  copy[index] = item;
  return copy;
}

function findIndex<T extends { id: string }>(list: readonly T[], id: string, what: string): number {
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) throw new EditError(`no ${what} with id ${JSON.stringify(id)}`);
  return index;
}

/** Zones that would become an ancestor-of-itself if used as `zoneId`'s parent: the zone and its descendants. */
export function zoneAndDescendants(model: Model, zoneId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const z of model.zones)
    if (z.parentId !== undefined) children.set(z.parentId, [...(children.get(z.parentId) ?? []), z.id]);
  const result = new Set<string>();
  const stack = [zoneId];
  while (stack.length) {
    const id = stack.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/** The zones a zone may be nested in: every zone except itself and its descendants. */
export function parentCandidates(model: Model, zoneId: string): Zone[] {
  const excluded = zoneAndDescendants(model, zoneId);
  return model.zones.filter((z) => !excluded.has(z.id));
}

export function updateZone(model: Model, id: string, patch: ZonePatch): Model {
  const index = findIndex(model.zones, id, 'zone');
  const zone = model.zones[index]!;
  const next = applyPatch(zone, normaliseLevels(patch));
  if (next === zone) return model;
  validate(ZoneSchema, next, `zone ${JSON.stringify(zone.name || id)}`);
  if (next.parentId !== undefined && next.parentId !== zone.parentId) {
    if (!model.zones.some((z) => z.id === next.parentId))
      throw new EditError(`unknown parent zone ${JSON.stringify(next.parentId)}`);
    if (zoneAndDescendants(model, id).has(next.parentId))
      throw new EditError(
        next.parentId === id
          ? 'a zone cannot be its own parent'
          : 'a zone cannot be nested inside one of its own sub-zones',
      );
  }
  return { ...model, zones: replaceAt(model.zones, index, next) };
}

export function updateAsset(model: Model, id: string, patch: AssetPatch): Model {
  const index = findIndex(model.assets, id, 'asset');
  const asset = model.assets[index]!;
  const next = applyPatch(asset, normaliseLevels(patch));
  if (next === asset) return model;
  validate(AssetSchema, next, `asset ${JSON.stringify(asset.name || id)}`);
  if (next.zoneId !== asset.zoneId && !model.zones.some((z) => z.id === next.zoneId))
    throw new EditError(`unknown zone ${JSON.stringify(next.zoneId)}`);
  return { ...model, assets: replaceAt(model.assets, index, next) };
}

function checkFlow(flow: Flow, zoneIds: readonly string[], where: string): void {
  validate(FlowSchema, flow, where);
  for (const end of ['from', 'to'] as const)
    if (!zoneIds.includes(flow[end]))
      throw new EditError(`${where}: zone ${JSON.stringify(flow[end])} is not joined by this conduit`);
  if (flow.from === flow.to) throw new EditError(`${where}: a flow must go from one zone to another`);
}

/** Flows that a new zone list would orphan (they start or end in a zone no longer joined). */
export function flowsLostByZoneChange(conduit: Conduit, zoneIds: readonly string[]): Flow[] {
  return (conduit.flows ?? []).filter((f) => !zoneIds.includes(f.from) || !zoneIds.includes(f.to));
}

/**
 * Updates a conduit. When `zoneIds` changes, flows are kept consistent: a zone replaced in place
 * (same position in the list) carries its flows over to the new zone; flows touching a zone that
 * was removed are dropped (the inspector warns before doing so, see flowsLostByZoneChange).
 */
export function updateConduit(model: Model, id: string, patch: ConduitPatch): Model {
  const index = findIndex(model.conduits, id, 'conduit');
  const conduit = model.conduits[index]!;
  let effective = normaliseLevels(patch);
  const newZones = patch.zoneIds;
  if (newZones !== undefined && !sameValue(newZones, conduit.zoneIds)) {
    if (new Set(newZones).size !== newZones.length)
      throw new EditError('a conduit cannot join the same zone twice');
    for (const zid of newZones)
      if (!model.zones.some((z) => z.id === zid)) throw new EditError(`unknown zone ${JSON.stringify(zid)}`);
    // A zone swapped for another at the same position keeps its flows.
    const renamed = new Map<string, string>();
    if (newZones.length === conduit.zoneIds.length)
      conduit.zoneIds.forEach((old, i) => {
        const now = newZones[i]!;
        if (old !== now && !newZones.includes(old)) renamed.set(old, now);
      });
    const flows = 'flows' in patch ? patch.flows : conduit.flows;
    if (flows) {
      const kept = flows
        .map((f) => {
          const from = renamed.get(f.from) ?? f.from;
          const to = renamed.get(f.to) ?? f.to;
          return from === f.from && to === f.to ? f : { ...f, from, to };
        })
        .filter((f) => newZones.includes(f.from) && newZones.includes(f.to) && f.from !== f.to);
      effective = { ...effective, flows: kept.length ? kept : undefined };
    }
  }
  const next = applyPatch(conduit, effective);
  if (next === conduit) return model;
  validate(ConduitSchema, next, `conduit ${JSON.stringify(conduit.name || id)}`);
  next.flows?.forEach((f, i) => {
    checkFlow(f, next.zoneIds, `flow ${i + 1}`);
  });
  return { ...model, conduits: replaceAt(model.conduits, index, next) };
}

function conduitFlows(model: Model, conduitId: string): { conduit: Conduit; flows: readonly Flow[] } {
  const conduit = model.conduits[findIndex(model.conduits, conduitId, 'conduit')]!;
  return { conduit, flows: conduit.flows ?? [] };
}

function flowAt(flows: readonly Flow[], index: number): Flow {
  const flow = flows[index];
  if (!flow) throw new EditError(`no flow number ${index + 1}`);
  return flow;
}

export function updateFlow(model: Model, conduitId: string, flowIndex: number, patch: FlowPatch): Model {
  const { conduit, flows } = conduitFlows(model, conduitId);
  const flow = flowAt(flows, flowIndex);
  const next = applyPatch(flow, patch);
  if (next === flow) return model;
  checkFlow(next, conduit.zoneIds, `flow ${flowIndex + 1}`);
  return updateConduit(model, conduitId, { flows: replaceAt(flows, flowIndex, next) });
}

/** Appends a flow; without one, a placeholder from the first zone to the second over any TCP port. */
export function addFlow(model: Model, conduitId: string, flow?: Flow): Model {
  const { conduit, flows } = conduitFlows(model, conduitId);
  const added: Flow = flow ?? {
    from: conduit.zoneIds[0]!,
    to: conduit.zoneIds[1]!,
    protocol: 'tcp',
  };
  checkFlow(added, conduit.zoneIds, `flow ${flows.length + 1}`);
  return updateConduit(model, conduitId, { flows: [...flows, added] });
}

export function removeFlow(model: Model, conduitId: string, flowIndex: number): Model {
  const { flows } = conduitFlows(model, conduitId);
  flowAt(flows, flowIndex);
  const rest = flows.filter((_, i) => i !== flowIndex);
  return updateConduit(model, conduitId, { flows: rest.length ? rest : undefined });
}

export function updateMeta(model: Model, patch: MetaPatch): Model {
  const next = applyPatch(model.meta, patch);
  if (next === model.meta) return model;
  validate(MetaSchema, next, 'diagram properties');
  return { ...model, meta: next };
}

export interface RulePolicyPatch {
  /** `false` disables the rule; `undefined` (present) returns to the default, enabled. */
  enabled?: boolean | undefined;
  /** A new severity; `undefined` (present) returns to the rule's own severity. */
  severity?: Severity | undefined;
}

/**
 * Records a rule override in `model.policy`. Overrides that return to the defaults are removed,
 * and an empty `policy` disappears with them, so the file only says what differs.
 */
export function setRulePolicy(model: Model, ruleId: string, patch: RulePolicyPatch): Model {
  if (!ruleId) throw new EditError('a rule id is required');
  const rules = model.policy?.rules ?? {};
  const current = ownValue(rules, ruleId) ?? {};
  const merged = applyPatch(current, patch);
  if (merged === current && hasOwnEntry(rules, ruleId)) return model;
  const entry = applyPatch(merged, { enabled: merged.enabled === true ? undefined : merged.enabled });
  const nextRules = { ...rules };
  if (Object.values(entry).some((v) => v !== undefined)) nextRules[ruleId] = entry;
  else delete nextRules[ruleId];
  if (sameValue(nextRules, rules)) return model;
  const { rules: _old, ...restPolicy } = model.policy ?? {};
  const policy = Object.keys(nextRules).length ? { ...restPolicy, rules: nextRules } : restPolicy;
  if (Object.keys(policy).length) return { ...model, policy };
  const { policy: _gone, ...rest } = model;
  return rest;
}
