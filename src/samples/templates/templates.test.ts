import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../domain/engine/evaluate';
import { parseModel, parseModelText } from '../../domain/model/parse';
import type { Model, Position } from '../../domain/model/schema';
import { serializeModel } from '../../domain/serialize/model-json';
import { buildTemplate } from './template-dsl';
import { TEMPLATE_SPECS } from './template-specs';
import { loadTemplates, TEMPLATE_IDS } from './templates';

const here = dirname(fileURLToPath(import.meta.url));
const fileText = (id: string) => readFileSync(join(here, `${id}.json`), 'utf8');

function parsed(id: string): Model {
  const r = parseModelText(fileText(id));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.model;
}

const ASSET = { width: 184, height: 56 }; // the widest asset box any view draws (the exporters)

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: { width: number; height: number }) =>
  inner.x >= 0 &&
  inner.y >= 40 &&
  inner.x + inner.width <= outer.width &&
  inner.y + inner.height <= outer.height;

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  it('is canonical JSON and up to date with its definition', () => {
    const text = fileText(id);
    expect(serializeModel(parsed(id))).toBe(text);
    const spec = TEMPLATE_SPECS.find((s) => s.id === id)!;
    const built = parseModel(buildTemplate(spec));
    expect(built.ok && serializeModel(built.model)).toBe(text);
  });

  it('opens with zero error findings', () => {
    const { counts, findings } = evaluate(parsed(id));
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(counts.error).toBe(0);
  });

  it('explains itself and documents every conduit', () => {
    const m = parsed(id);
    expect(m.meta.description?.length).toBeGreaterThan(200);
    for (const c of m.conduits) expect(c.flows?.length, c.id).toBeGreaterThan(0);
    for (const z of m.zones) expect(z.description, z.id).toBeTruthy();
    // every zone but the external ones is assessed
    for (const z of m.zones) if (z.kind !== 'external') expect(z.slTarget, z.id).not.toBeUndefined();
  });

  it('has a tidy diagram: every box placed, inside its zone, and nothing overlapping', () => {
    const m = parsed(id);
    const pos = m.diagram!.positions;
    const zoneBox = (zid: string): Rect & Position => {
      const p = pos[zid];
      expect(p?.width, zid).toBeGreaterThan(0);
      expect(p?.height, zid).toBeGreaterThan(0);
      return p as Rect & Position;
    };
    for (const z of m.zones) {
      const box = zoneBox(z.id);
      const content: Array<[string, Rect]> = [
        ...m.assets
          .filter((a) => a.zoneId === z.id)
          .map((a): [string, Rect] => [a.id, { ...pos[a.id]!, ...ASSET }]),
        ...m.zones.filter((c) => c.parentId === z.id).map((c): [string, Rect] => [c.id, zoneBox(c.id)]),
      ];
      for (const [cid, r] of content) expect(inside(r, box), `${cid} inside ${z.id}`).toBe(true);
      for (let i = 0; i < content.length; i++)
        for (let j = i + 1; j < content.length; j++)
          expect(overlaps(content[i]![1], content[j]![1]), `${content[i]![0]} / ${content[j]![0]}`).toBe(
            false,
          );
    }
    const top = m.zones.filter((z) => z.parentId === undefined).map((z) => [z.id, zoneBox(z.id)] as const);
    for (let i = 0; i < top.length; i++)
      for (let j = i + 1; j < top.length; j++)
        expect(overlaps(top[i]![1], top[j]![1]), `${top[i]![0]} / ${top[j]![0]}`).toBe(false);
  });
});

describe('loadTemplates', () => {
  it('loads every template, validated, in dialog order', async () => {
    const all = await loadTemplates();
    expect(all.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    expect(all.map((t) => t.name)).toEqual([
      'Purdue reference architecture',
      'Water and wastewater utility with remote sites',
      'Discrete manufacturing plant with cell/area zones',
      'Batch / pharma plant with validated MES',
    ]);
    for (const t of all) expect(t.counts.zones).toBe(t.model.zones.length);
  });

  it('covers the four requested kinds of plant', () => {
    const kinds = (id: string) => new Set(parsed(id).zones.map((z) => z.kind));
    expect(kinds('purdue-reference').has('dmz')).toBe(true);
    expect(parsed('water-utility').assets.some((a) => a.type === 'cellular-modem')).toBe(true);
    expect(parsed('water-utility').conduits.some((c) => c.zoneIds.length > 2 && c.untrustedNetwork)).toBe(
      true,
    );
    expect(
      parsed('discrete-manufacturing').zones.filter((z) => z.parentId !== undefined).length,
    ).toBeGreaterThanOrEqual(4);
    expect(kinds('pharma-batch').has('safety')).toBe(true);
    expect(parsed('pharma-batch').assets.some((a) => a.type === 'mes')).toBe(true);
  });
});
