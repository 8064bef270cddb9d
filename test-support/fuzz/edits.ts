/**
 * Random edit sequences through the editor's pure edit operations (src/domain/edit), as a user
 * would make them: add, update, nest, move, connect, copy/paste, delete. Each step picks its
 * targets when it runs (indexes modulo what exists), so any sequence applies to any model.
 * An edit may refuse with EditError (the editor shows that as a message); anything else it throws
 * is a bug. Test-only code.
 */
import fc from 'fast-check';
import { ASSET_TYPES } from '../../src/domain/catalog/asset-types';
import { CONTROLS } from '../../src/domain/catalog/controls';
import { ZONE_KINDS } from '../../src/domain/catalog/zone-kinds';
import { addAsset, addConduit, addZone } from '../../src/domain/edit/add';
import { extractFragment, pasteFragment } from '../../src/domain/edit/fragment';
import { moveElements } from '../../src/domain/edit/positions';
import { removeElements } from '../../src/domain/edit/remove';
import { reparentAsset, reparentZone } from '../../src/domain/edit/reparent';
import {
  addFlow,
  EditError,
  parentCandidates,
  removeFlow,
  setRulePolicy,
  updateAsset,
  updateConduit,
  updateFlow,
  updateMeta,
  updateZone,
} from '../../src/domain/edit/update';
import type { Model } from '../../src/domain/model/schema';
import { RULE_IDS, slArb, type TextMode, textArb } from './arbitraries';

export interface EditStep {
  /** For failure messages. */
  label: string;
  apply(model: Model): Model;
}

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

const point = fc.record({ x: fc.integer({ min: -400, max: 2000 }), y: fc.integer({ min: -400, max: 2000 }) });
const n = fc.nat({ max: 1_000 });

/** Steps whose `apply` picks its targets in the model it is given. */
export function editStepArb(mode: TextMode = 'mixed'): fc.Arbitrary<EditStep> {
  const name = textArb(mode, 200);
  const step = (label: string, apply: (m: Model) => Model): EditStep => ({ label, apply });
  return fc.oneof(
    fc
      .record({ kind: fc.constantFrom(...ZONE_KINDS), parent: fc.option(n), at: point })
      .map(({ kind, parent, at }) =>
        step(`add ${kind} zone`, (m) => {
          const parentId = parent === null ? undefined : pick(m.zones, parent)?.id;
          return addZone(
            m,
            parentId === undefined ? { kind, position: at } : { kind, parentId, position: at },
          ).model;
        }),
      ),
    fc
      .record({ type: fc.constantFrom(...ASSET_TYPES.map((t) => t.id)), zone: n, at: point })
      .map(({ type, zone, at }) =>
        step(`add ${type}`, (m) => {
          const zoneId = pick(m.zones, zone)?.id;
          if (zoneId === undefined) throw new EditError('no zone yet');
          return addAsset(m, { type, zoneId, position: at }).model;
        }),
      ),
    fc
      .record({
        a: n,
        b: n,
        type: fc.constantFrom('filtering', 'gateway', 'unidirectional') as fc.Arbitrary<'filtering'>,
      })
      .map(({ a, b, type }) =>
        step('connect two zones', (m) => {
          const from = pick(m.zones, a)?.id;
          const to = pick(m.zones, a + 1 + (b % Math.max(1, m.zones.length - 1)))?.id;
          if (from === undefined || to === undefined) throw new EditError('need two zones');
          return addConduit(m, { zoneIds: [from, to], type }).model;
        }),
      ),
    fc
      .record(
        {
          name,
          kind: fc.constantFrom(...ZONE_KINDS),
          slTarget: fc.option(slArb),
          parent: fc.option(n),
          zone: n,
        },
        { requiredKeys: ['zone'] },
      )
      .map(({ zone, parent, ...patch }) =>
        step('update a zone', (m) => {
          const z = pick(m.zones, zone);
          if (!z) throw new EditError('no zone');
          const parentId = parent === undefined ? undefined : parent === null ? null : parent;
          const full: Record<string, unknown> = { ...patch };
          if (parentId !== undefined)
            full.parentId = parentId === null ? undefined : pick(parentCandidates(m, z.id), parentId)?.id;
          return updateZone(m, z.id, full);
        }),
      ),
    fc
      .record(
        {
          name,
          zone: n,
          wireless: fc.boolean(),
          transient: fc.boolean(),
          safetyRelated: fc.boolean(),
          slCapability: slArb,
          vendor: name,
          asset: n,
        },
        { requiredKeys: ['asset'] },
      )
      .map(({ asset, zone, ...patch }) =>
        step('update an asset', (m) => {
          const a = pick(m.assets, asset);
          if (!a) throw new EditError('no asset');
          const zoneId = zone === undefined ? undefined : pick(m.zones, zone)?.id;
          return updateAsset(m, a.id, zoneId === undefined ? patch : { ...patch, zoneId });
        }),
      ),
    fc
      .record(
        {
          name,
          type: fc.constantFrom('filtering', 'gateway', 'unidirectional') as fc.Arbitrary<'filtering'>,
          direction: fc.constantFrom('bidirectional', 'forward') as fc.Arbitrary<'forward'>,
          controls: fc.uniqueArray(fc.constantFrom(...CONTROLS.map((c) => c.id)), { maxLength: 4 }),
          slCapability: slArb,
          untrustedNetwork: fc.boolean(),
          remoteAccess: fc.boolean(),
          extraZone: n,
          conduit: n,
        },
        { requiredKeys: ['conduit'] },
      )
      .map(({ conduit, extraZone, ...patch }) =>
        step('update a conduit', (m) => {
          const c = pick(m.conduits, conduit);
          if (!c) throw new EditError('no conduit');
          const extra = extraZone === undefined ? undefined : pick(m.zones, extraZone)?.id;
          const zoneIds =
            extra === undefined || c.zoneIds.includes(extra) ? undefined : [...c.zoneIds, extra];
          return updateConduit(m, c.id, zoneIds ? { ...patch, zoneIds } : patch);
        }),
      ),
    fc
      .record({
        conduit: n,
        flow: n,
        op: fc.constantFrom('add', 'update', 'remove'),
        protocol: fc.oneof(fc.constantFrom('modbus', 'any', 'https'), textArb(mode, 200, 1)),
        port: fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.constant('any' as const)),
      })
      .map(({ conduit, flow, op, protocol, port }) =>
        step(`${op} a flow`, (m) => {
          const c = pick(m.conduits, conduit);
          if (!c) throw new EditError('no conduit');
          if (op === 'add') return addFlow(m, c.id);
          const count = c.flows?.length ?? 0;
          if (count === 0) throw new EditError('no flow');
          if (op === 'remove') return removeFlow(m, c.id, flow % count);
          return updateFlow(m, c.id, flow % count, { protocol, port });
        }),
      ),
    fc.array(n, { minLength: 1, maxLength: 3 }).map((picks) =>
      step('delete elements', (m) => {
        const all = [...m.zones, ...m.assets, ...m.conduits].map((e) => e.id);
        return removeElements(
          m,
          picks.map((p) => pick(all, p)).filter((id): id is string => id !== undefined),
        );
      }),
    ),
    fc.record({ zone: n, parent: fc.option(n), at: point }).map(({ zone, parent, at }) =>
      step('nest a zone', (m) => {
        const z = pick(m.zones, zone);
        if (!z) throw new EditError('no zone');
        const parentId = parent === null ? undefined : pick(m.zones, parent)?.id;
        return reparentZone(m, z.id, parentId, at);
      }),
    ),
    fc.record({ asset: n, zone: n, at: point }).map(({ asset, zone, at }) =>
      step('move an asset to a zone', (m) => {
        const a = pick(m.assets, asset);
        const z = pick(m.zones, zone);
        if (!a || !z) throw new EditError('nothing to move');
        return reparentAsset(m, a.id, z.id, at);
      }),
    ),
    fc.record({ el: n, at: point }).map(({ el, at }) =>
      step('drag an element', (m) => {
        const id = pick([...m.zones, ...m.assets], el)?.id;
        if (id === undefined) throw new EditError('nothing to drag');
        return moveElements(m, { [id]: at });
      }),
    ),
    fc
      .record({ els: fc.array(n, { minLength: 1, maxLength: 3 }), into: fc.option(n), at: point })
      .map(({ els, into, at }) =>
        step('copy and paste', (m) => {
          const all = [...m.zones, ...m.assets].map((e) => e.id);
          const fragment = extractFragment(
            m,
            els.map((e) => pick(all, e)).filter((id): id is string => id !== undefined),
          );
          if (!fragment) throw new EditError('nothing to copy');
          const target = into === null ? undefined : pick(m.zones, into)?.id;
          return pasteFragment(
            m,
            fragment,
            target === undefined ? { offset: at } : { into: target, offset: at },
          ).model;
        }),
      ),
    fc
      .record({
        rule: fc.constantFrom(...RULE_IDS),
        enabled: fc.option(fc.boolean(), { nil: undefined }),
        severity: fc.option(fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<'error'>, {
          nil: undefined,
        }),
      })
      .map(({ rule, enabled, severity }) =>
        step(`set policy of ${rule}`, (m) => setRulePolicy(m, rule, { enabled, severity })),
      ),
    name.map((text) => step('rename the diagram', (m) => updateMeta(m, { name: text }))),
  );
}

/** Applies the steps in turn; a step refused with EditError leaves the model as it was. */
export function applySteps(
  model: Model,
  steps: readonly EditStep[],
  each?: (m: Model, step: EditStep) => void,
): Model {
  let current = model;
  for (const s of steps) {
    try {
      current = s.apply(current);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
    }
    each?.(current, s);
  }
  return current;
}
