import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../test-support/rule-model';
import { ZONE_KINDS } from '../catalog/zone-kinds';
import { checkIntegrity } from '../model/integrity';
import type { Asset, Conduit, Flow, Model, Zone } from '../model/schema';
import { RULES } from '../rules/index';
import type { Finding } from '../rules/rule';
import { createIncrementalEvaluator, type Evaluation, evaluate } from './evaluate';

// ---- random models and edits -------------------------------------------------------------

const TYPES = [
  'plc',
  'hmi',
  'sis-controller',
  'historian',
  'erp',
  'office-workstation',
  'maintenance-laptop',
  'wireless-access-point',
  'wireless-sensor',
  'cellular-modem',
  'cloud-service',
  'firewall',
  'switch',
  'unknown-type',
];
const CONTROLS = [
  'firewall',
  'data-diode',
  'vpn',
  'encryption',
  'mfa',
  'jump-host',
  'session-recording',
  'access-approval',
  'fail-close',
  'island-mode',
  'ids',
];
const PROTOCOLS = ['any', 'modbus-tcp', 'https', 'opc-ua'];
const PORTS: Flow['port'][] = [undefined, 'any', 502, 443];
const PURDUE = [undefined, 0, 1, 2, 3, 3.5, 4, 5] as const;
const CONDUIT_TYPES: Conduit['type'][] = ['filtering', 'gateway', 'unidirectional'];
const SEVERITIES = ['error', 'warning', 'info'] as const;

/** A stream of random numbers an edit draws its choices from (keeps edits valid by construction). */
class Dice {
  private at = 0;
  constructor(private readonly values: readonly number[]) {}
  next(n: number): number {
    const v = this.values[this.at++ % this.values.length] ?? 0;
    return n <= 0 ? 0 : v % n;
  }
  pick<T>(list: readonly T[]): T {
    return list[this.next(list.length)]!;
  }
  chance(oneIn: number): boolean {
    return this.next(oneIn) === 0;
  }
  sl(): number | number[] | null | undefined {
    switch (this.next(5)) {
      case 0:
        return undefined;
      case 1:
        return null;
      case 2:
        return Array.from({ length: 7 }, () => this.next(5));
      default:
        return this.next(5);
    }
  }
  flag(): boolean | undefined {
    return this.pick([undefined, undefined, true, false]);
  }
}

let counter = 0;
const freshId = (prefix: string) => `${prefix}${++counter}`;

function setOpt<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const copy = { ...obj };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function randomZone(d: Dice, zones: readonly Zone[]): Zone {
  let z = zone(freshId('z'), d.pick(ZONE_KINDS), { name: d.pick(['Alpha', 'Beta', 'Gamma', '']) });
  z = setOpt(z, 'slTarget', d.sl());
  z = setOpt(z, 'purdueLevel', d.chance(4) ? d.pick(PURDUE) : undefined);
  if (zones.length > 0 && d.chance(3)) z.parentId = d.pick(zones).id;
  return z;
}

function randomAsset(d: Dice, zones: readonly Zone[]): Asset {
  let a = asset(freshId('a'), d.pick(TYPES), d.pick(zones).id, { name: d.pick(['P', 'Q', 'R']) });
  for (const flag of ['safetyRelated', 'wireless', 'transient', 'externalNetwork'] as const)
    a = setOpt(a, flag, d.flag());
  const cap = d.sl();
  return setOpt(a, 'slCapability', cap ?? undefined);
}

function randomFlows(d: Dice, zoneIds: readonly string[]): Flow[] | undefined {
  if (d.chance(4)) return undefined;
  return Array.from({ length: d.next(3) }, () => {
    const from = d.pick(zoneIds);
    const to = d.pick(zoneIds.filter((id) => id !== from));
    const f: Flow = { from, to, protocol: d.pick(PROTOCOLS) };
    const port = d.pick(PORTS);
    return port === undefined ? f : { ...f, port };
  });
}

function randomConduit(d: Dice, zones: readonly Zone[]): Conduit | undefined {
  if (zones.length < 2) return undefined;
  const ids = [...new Set(Array.from({ length: 2 + d.next(2) }, () => d.pick(zones).id))];
  if (ids.length < 2) return undefined;
  let c = conduit(freshId('c'), ids, { type: d.pick(CONDUIT_TYPES), name: d.pick(['Link', 'Path']) });
  c = setOpt(c, 'direction', d.pick([undefined, 'forward', 'bidirectional'] as const));
  c = setOpt(c, 'controls', d.chance(3) ? undefined : CONTROLS.filter(() => d.chance(3)));
  c = setOpt(c, 'slTarget', d.sl());
  c = setOpt(c, 'slCapability', d.sl() ?? undefined);
  for (const flag of ['untrustedNetwork', 'remoteAccess', 'serviceProvider'] as const)
    c = setOpt(c, flag, d.flag());
  return setOpt(c, 'flows', randomFlows(d, ids));
}

function randomModel(d: Dice): Model {
  const zones: Zone[] = [];
  for (let i = 0, n = 1 + d.next(7); i < n; i++) zones.push(randomZone(d, zones));
  const assets = Array.from({ length: d.next(14) }, () => randomAsset(d, zones));
  const conduits = Array.from({ length: d.next(8) }, () => randomConduit(d, zones)).filter(
    (c): c is Conduit => !!c,
  );
  return model({ zones, assets, conduits });
}

const replaceAt = <T>(list: readonly T[], at: number, value: T): T[] =>
  list.map((x, i) => (i === at ? value : x));
const removeAt = <T>(list: readonly T[], at: number): T[] => list.filter((_, i) => i !== at);

/** Zone ids in the subtree of `id` (including it), to avoid parent cycles when reparenting. */
function subtree(m: Model, id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const z of m.zones)
      if (z.parentId !== undefined && out.has(z.parentId) && !out.has(z.id)) {
        out.add(z.id);
        grew = true;
      }
  }
  return out;
}

/** Removes a zone and everything that would dangle: its assets, its place in conduits and flows. */
function removeZone(m: Model, id: string): Model {
  const gone = m.zones.find((z) => z.id === id)!;
  const zones = m.zones
    .filter((z) => z.id !== id)
    .map((z) => (z.parentId === id ? setOpt(z, 'parentId', gone.parentId) : z));
  const assets = m.assets.filter((a) => a.zoneId !== id);
  const conduits = m.conduits.flatMap((c) => {
    if (!c.zoneIds.includes(id)) return [c];
    const zoneIds = c.zoneIds.filter((z) => z !== id);
    if (zoneIds.length < 2) return [];
    return [
      setOpt(
        { ...c, zoneIds },
        'flows',
        c.flows?.filter((f) => f.from !== id && f.to !== id),
      ),
    ];
  });
  return { ...m, zones, assets, conduits };
}

/** One random edit that keeps the model valid and the identity of untouched elements. */
function applyEdit(m: Model, d: Dice): Model {
  const zi = d.next(m.zones.length);
  const ai = d.next(m.assets.length);
  const ci = d.next(m.conduits.length);
  const z = m.zones[zi];
  const a = m.assets[ai];
  const c = m.conduits[ci];
  switch (d.next(16)) {
    case 0:
      return { ...m, zones: [...m.zones, randomZone(d, m.zones)] };
    case 1:
      return z && m.zones.length > 1 ? removeZone(m, z.id) : m;
    case 2: {
      if (!z) return m;
      const edited = setOpt(
        setOpt({ ...z, kind: d.pick(ZONE_KINDS) }, 'slTarget', d.sl()),
        'purdueLevel',
        d.chance(3) ? d.pick(PURDUE) : undefined,
      );
      return { ...m, zones: replaceAt(m.zones, zi, edited) };
    }
    case 3: {
      if (!z) return m;
      const banned = subtree(m, z.id);
      const options = m.zones.filter((p) => !banned.has(p.id));
      const parent = d.chance(3) || options.length === 0 ? undefined : d.pick(options).id;
      return { ...m, zones: replaceAt(m.zones, zi, setOpt(z, 'parentId', parent)) };
    }
    case 4:
      return z
        ? { ...m, zones: replaceAt(m.zones, zi, { ...z, name: d.pick(['Renamed', 'Alpha', 'Zeta']) }) }
        : m;
    case 5:
      return m.zones.length ? { ...m, assets: [...m.assets, randomAsset(d, m.zones)] } : m;
    case 6:
      return a ? { ...m, assets: removeAt(m.assets, ai) } : m;
    case 7: {
      if (!a) return m;
      let edited: Asset = { ...a, type: d.pick(TYPES) };
      for (const flag of ['safetyRelated', 'wireless', 'transient', 'externalNetwork'] as const)
        edited = setOpt(edited, flag, d.flag());
      return { ...m, assets: replaceAt(m.assets, ai, setOpt(edited, 'slCapability', d.sl() ?? undefined)) };
    }
    case 8:
      return a && m.zones.length
        ? { ...m, assets: replaceAt(m.assets, ai, { ...a, zoneId: d.pick(m.zones).id }) }
        : m;
    case 9: {
      const added = randomConduit(d, m.zones);
      return added ? { ...m, conduits: [...m.conduits, added] } : m;
    }
    case 10:
      return c ? { ...m, conduits: removeAt(m.conduits, ci) } : m;
    case 11: {
      if (!c) return m;
      let edited: Conduit = setOpt(
        { ...c, type: d.pick(CONDUIT_TYPES) },
        'direction',
        d.pick([undefined, 'forward', 'bidirectional'] as const),
      );
      edited = setOpt(setOpt(edited, 'slTarget', d.sl()), 'slCapability', d.sl() ?? undefined);
      for (const flag of ['untrustedNetwork', 'remoteAccess', 'serviceProvider'] as const)
        edited = setOpt(edited, flag, d.flag());
      return { ...m, conduits: replaceAt(m.conduits, ci, edited) };
    }
    case 12: {
      if (!c) return m;
      const controls = CONTROLS.filter(() => d.chance(3));
      return {
        ...m,
        conduits: replaceAt(m.conduits, ci, setOpt(c, 'controls', controls.length ? controls : undefined)),
      };
    }
    case 13: {
      if (!c) return m;
      // Change the zones a conduit joins (keeping flows inside it), or its flows.
      if (d.chance(2))
        return { ...m, conduits: replaceAt(m.conduits, ci, setOpt(c, 'flows', randomFlows(d, c.zoneIds))) };
      const extra = d.pick(m.zones).id;
      const zoneIds = c.zoneIds.includes(extra)
        ? c.zoneIds.length > 2
          ? c.zoneIds.filter((x) => x !== extra)
          : c.zoneIds
        : [...c.zoneIds, extra];
      const flows = c.flows?.filter((f) => zoneIds.includes(f.from) && zoneIds.includes(f.to));
      return { ...m, conduits: replaceAt(m.conduits, ci, setOpt({ ...c, zoneIds }, 'flows', flows)) };
    }
    case 14: {
      const rules: Record<string, { enabled?: boolean; severity?: Finding['severity'] }> = {};
      for (const id of [...RULES.map((r) => r.id), 'not-a-rule'])
        if (d.chance(5))
          rules[id] = d.chance(2) ? { enabled: d.chance(3) } : { severity: d.pick(SEVERITIES) };
      return d.chance(4) ? setOpt(m, 'policy', undefined) : { ...m, policy: { rules } };
    }
    default: {
      // Layout or meta only.
      if (d.chance(2)) return { ...m, meta: { ...m.meta, name: d.pick(['x', 'y']) } };
      const id = d.pick([...m.zones, ...m.assets]).id;
      return {
        ...m,
        diagram: { positions: { ...m.diagram?.positions, [id]: { x: d.next(500), y: d.next(500) } } },
      };
    }
  }
}

// ---- comparison --------------------------------------------------------------------------

function snapshot(ev: Evaluation) {
  return {
    findings: ev.findings,
    suppressed: ev.suppressed,
    counts: ev.counts,
    bySubject: [...ev.bySubject.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

describe('incremental evaluation', () => {
  it('agrees with full evaluation after every step of random edit sequences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1_000_000), { minLength: 40, maxLength: 40 }),
        fc.array(fc.array(fc.nat(1_000_000), { minLength: 30, maxLength: 30 }), {
          minLength: 1,
          maxLength: 25,
        }),
        (seed, edits) => {
          let m = randomModel(new Dice(seed));
          expect(checkIntegrity(m)).toEqual([]);
          const evaluator = createIncrementalEvaluator();
          let last = evaluator.update(m);
          expect(snapshot(last)).toEqual(snapshot(evaluate(m)));
          for (const edit of edits) {
            const next = applyEdit(m, new Dice(edit));
            expect(checkIntegrity(next)).toEqual([]);
            const ev = evaluator.update(next);
            const full = evaluate(next);
            expect(snapshot(ev)).toEqual(snapshot(full));
            // Unchanged per-subject lists keep their identity.
            for (const [id, list] of ev.bySubject) {
              const before = last.bySubject.get(id);
              if (before && before !== list) expect(list).not.toEqual(before);
            }
            m = next;
            last = ev;
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('returns the identical Evaluation for a diagram-only change', () => {
    const m = model({
      zones: [zone('z1', 'control', { slTarget: 2 }), zone('z2', 'enterprise')],
      assets: [asset('a1', 'plc', 'z1', { slCapability: 1 })],
      conduits: [conduit('c1', ['z1', 'z2'])],
    });
    const evaluator = createIncrementalEvaluator();
    const first = evaluator.update(m);
    expect(first.findings.length).toBeGreaterThan(0);
    const moved = { ...m, diagram: { positions: { z1: { x: 10, y: 20 } } } };
    expect(evaluator.update(moved)).toBe(first);
    const notes = { ...moved, notes: [{ id: 'n1', text: 'hello' }] };
    expect(evaluator.update(notes)).toBe(first);
  });

  it('keeps the arrays of subjects an asset edit does not affect', () => {
    const m = model({
      zones: [
        zone('z1', 'control', { slTarget: 2 }),
        zone('z2', 'control', { slTarget: 2 }),
        zone('spare', 'field'),
      ],
      assets: [asset('a1', 'plc', 'z1', { slCapability: 1 }), asset('a2', 'plc', 'z2', { slCapability: 1 })],
      conduits: [conduit('c1', ['z1', 'z2'], { slCapability: 1 })],
    });
    const evaluator = createIncrementalEvaluator();
    const before = evaluator.update(m);
    const edited = { ...m, assets: replaceAt(m.assets, 0, { ...m.assets[0]!, slCapability: 0 }) };
    const after = evaluator.update(edited);
    expect(after).not.toBe(before);
    expect(after.bySubject.get('a1')).not.toBe(before.bySubject.get('a1'));
    expect(after.bySubject.get('a1')?.[0]?.message).toContain('SL-C 0');
    for (const id of ['a2', 'c1', 'spare']) {
      expect(after.bySubject.get(id), id).toBeDefined();
      expect(after.bySubject.get(id), id).toBe(before.bySubject.get(id));
    }
  });

  it('re-applies a policy change without losing findings', () => {
    const m = model({ zones: [zone('z1', 'control'), zone('z2', 'field')] });
    const evaluator = createIncrementalEvaluator();
    const before = evaluator.update(m);
    const off = evaluator.update({ ...m, policy: { rules: { 'zone-empty': { enabled: false } } } });
    expect(off.suppressed).toBe(2);
    expect(off.findings.some((f) => f.rule === 'zone-empty')).toBe(false);
    const back = evaluator.update(m);
    expect(back.suppressed).toBe(0);
    expect(back.findings).toEqual(before.findings);
  });
});
