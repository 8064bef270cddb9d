/**
 * Mutations that turn a valid model document into an invalid one, each recording where the damage
 * is, so tests can check that the loader's issue paths point at it. Test-only code.
 */
import fc from 'fast-check';
import type { PathSegment } from '../../src/domain/model/issues';
import type { Model } from '../../src/domain/model/schema';

/** A model document as plain JSON data, free to damage. */
export type Doc = Record<string, unknown>;

export interface Damage {
  /** What was done, for failure messages. */
  what: string;
  /** Where the damage is: a reported issue must lie on this path (prefix either way). */
  at: PathSegment[];
  apply(doc: Doc): void;
}

const MISSING = 'no-such-element-\u202E<x>';

const get = (doc: unknown, path: readonly PathSegment[]): unknown =>
  path.reduce<unknown>((cur, seg) => (cur as Record<PathSegment, unknown>)[seg], doc);

function set(doc: Doc, path: readonly PathSegment[], value: unknown): void {
  const parent = get(doc, path.slice(0, -1)) as Record<PathSegment, unknown>;
  parent[path[path.length - 1]!] = value;
}

function remove(doc: Doc, path: readonly PathSegment[]): void {
  const parent = get(doc, path.slice(0, -1)) as Record<PathSegment, unknown>;
  delete parent[path[path.length - 1]!];
}

const damage = (what: string, at: PathSegment[], apply: (doc: Doc) => void): Damage => ({ what, at, apply });
const setTo = (at: PathSegment[], value: unknown, what: string) =>
  damage(`${what} at ${JSON.stringify(at)}`, at, (d) => set(d, at, value));
const drop = (at: PathSegment[]) => damage(`delete ${JSON.stringify(at)}`, at, (d) => remove(d, at));

/** Every damage that applies to this model; each one alone makes it invalid. */
export function damagesFor(model: Model): Damage[] {
  const out: Damage[] = [];
  for (const key of ['format', 'version', 'meta', 'zones', 'assets', 'conduits'] as const)
    out.push(drop([key]));
  out.push(drop(['meta', 'name']));
  out.push(setTo(['format'], 'ot-zone', 'wrong format id'));
  out.push(setTo(['version'], '1', 'version as a string'));
  out.push(setTo(['version'], 1.5, 'fractional version'));
  out.push(setTo(['zones'], { 0: 'x' }, 'object instead of array'));
  out.push(setTo(['meta', 'name'], 42, 'number instead of string'));
  out.push(setTo(['surprise'], true, 'unknown top-level field'));

  const zoneIds = model.zones.map((z) => z.id);
  model.zones.forEach((z, i) => {
    const at: PathSegment[] = ['zones', i];
    for (const key of ['id', 'name', 'kind'] as const) out.push(drop([...at, key]));
    out.push(setTo([...at, 'id'], '', 'empty id'));
    out.push(setTo([...at, 'kind'], 'kitchen', 'unknown zone kind'));
    out.push(setTo([...at, 'name'], ['array'], 'array instead of string'));
    out.push(setTo([...at, 'slTarget'], 5, 'level above 4'));
    out.push(setTo([...at, 'slTarget'], [1, 2, 3], 'vector of three'));
    out.push(setTo([...at, 'slTarget'], 1.5, 'fractional level'));
    out.push(setTo([...at, 'purdueLevel'], 2.5, 'unknown Purdue level'));
    out.push(setTo([...at, 'parentId'], MISSING, 'dangling parent'));
    out.push(setTo([...at, 'parentId'], z.id, 'own parent'));
    out.push(setTo([...at, 'slTraget'], 2, 'misspelt field'));
    out.push(setTo([...at, 'id'], '__proto__', 'reserved id'));
    const other = model.zones.findIndex((o) => o.id !== z.id);
    if (other >= 0) {
      const otherId = zoneIds[other]!;
      // Duplicates are reported at the later element; a cycle at its first zone in file order.
      out.push(
        damage(`zones[${i}] takes the id of zones[${other}]`, ['zones', Math.max(i, other), 'id'], (d) =>
          set(d, [...at, 'id'], otherId),
        ),
      );
      out.push(
        damage(`cycle between zones ${i} and ${other}`, ['zones', Math.min(i, other), 'parentId'], (d) => {
          set(d, [...at, 'parentId'], otherId);
          set(d, ['zones', other, 'parentId'], z.id);
        }),
      );
    }
  });

  model.assets.forEach((a, i) => {
    const at: PathSegment[] = ['assets', i];
    for (const key of ['id', 'name', 'type', 'zoneId'] as const) out.push(drop([...at, key]));
    out.push(setTo([...at, 'zoneId'], MISSING, 'dangling zone'));
    out.push(setTo([...at, 'wireless'], 'yes', 'string instead of boolean'));
    out.push(setTo([...at, 'slCapability'], null, 'null capability'));
    out.push(setTo([...at, 'addresses'], '10.0.0.1', 'string instead of array'));
    const zone = zoneIds[0]!;
    if (a.id !== zone) out.push(setTo([...at, 'id'], zone, 'id of a zone'));
  });

  model.conduits.forEach((c, i) => {
    const at: PathSegment[] = ['conduits', i];
    for (const key of ['id', 'name', 'zoneIds', 'type'] as const) out.push(drop([...at, key]));
    out.push(setTo([...at, 'zoneIds', 1], MISSING, 'dangling conduit zone'));
    out.push(setTo([...at, 'zoneIds', 1], c.zoneIds[0], 'zone listed twice'));
    out.push(setTo([...at, 'zoneIds'], [c.zoneIds[0]], 'a single zone'));
    out.push(setTo([...at, 'type'], 'wormhole', 'unknown conduit type'));
    out.push(setTo([...at, 'direction'], 'backward', 'unknown direction'));
    out.push(setTo([...at, 'controls'], [7], 'number in controls'));
    c.flows?.forEach((f, k) => {
      const fat: PathSegment[] = [...at, 'flows', k];
      for (const key of ['from', 'to', 'protocol'] as const) out.push(drop([...fat, key]));
      out.push(setTo([...fat, 'from'], MISSING, 'flow from outside the conduit'));
      out.push(setTo([...fat, 'to'], f.from, 'flow to its own zone'));
      out.push(setTo([...fat, 'port'], 70000, 'port above 65535'));
      out.push(setTo([...fat, 'protocol'], '', 'empty protocol'));
    });
  });

  model.notes?.forEach((_n, i) => {
    out.push(setTo(['notes', i, 'targetId'], MISSING, 'dangling note target'));
    out.push(drop(['notes', i, 'text']));
  });

  const positions = Object.keys(model.diagram?.positions ?? {});
  for (const key of positions.slice(0, 2)) {
    out.push(setTo(['diagram', 'positions', key, 'x'], '12', 'string coordinate'));
    out.push(setTo(['diagram', 'positions', key, 'width'], -3, 'negative width'));
    out.push(setTo(['diagram', 'positions', key, 'y'], -1e300, 'coordinate beyond the diagram limit'));
  }
  if (model.diagram) {
    out.push(
      damage('a __proto__ position', ['diagram', 'positions', '__proto__'], (d) => {
        const pos = get(d, ['diagram', 'positions']) as Record<string, unknown>;
        Object.defineProperty(pos, '__proto__', { value: { x: 1, y: 2 }, enumerable: true });
      }),
    );
  }
  return out;
}

/** A plain-JSON copy of the model (what JSON.parse would give for its file). */
export function toDoc(model: Model): Doc {
  return JSON.parse(JSON.stringify(model)) as Doc;
}

/** A model's document with exactly one damage applied (so that no second one can undo it). */
export function damagedDocArb(models: fc.Arbitrary<Model>): fc.Arbitrary<{ doc: Doc; damage: Damage }> {
  return models.chain((model) =>
    fc.constantFrom(...damagesFor(model)).map((damage) => {
      const doc = toDoc(model);
      damage.apply(doc);
      return { doc, damage };
    }),
  );
}

/**
 * A model's document with many damages piled up. Later damages may find their target already gone
 * (they are skipped) and two damages may even cancel out, so only "never throws" holds here.
 */
export function wreckedDocArb(models: fc.Arbitrary<Model>): fc.Arbitrary<Doc> {
  return models.chain((model) =>
    fc.subarray(damagesFor(model), { minLength: 1, maxLength: 8 }).map((damages) => {
      const doc = toDoc(model);
      for (const d of damages) {
        try {
          d.apply(doc);
        } catch {
          // the place it would damage was removed by an earlier damage
        }
      }
      return doc;
    }),
  );
}

/** Does the path name a place in the document: the value itself, or the slot where it is missing? */
export function pathResolves(doc: unknown, path: readonly PathSegment[]): boolean {
  let cur: unknown = doc;
  for (const seg of path.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return false;
    cur = (cur as Record<PathSegment, unknown>)[seg];
  }
  return path.length === 0 || (cur !== null && typeof cur === 'object');
}

/** One path lies on the other (either is a prefix of the other). */
export function onPath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
