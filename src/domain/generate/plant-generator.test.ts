import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { buildIndex } from '../model/derive';
import { formatIssue } from '../model/issues';
import { parseModel } from '../model/parse';
import type { Model } from '../model/schema';
import { serializeModel } from '../serialize/model-json';
import { generatePlant, PLANT_SIZES, type PlantSize } from './plant-generator';

const cache = new Map<string, Model>();
const plant = (size: PlantSize, seed = 1) => {
  const key = `${size}/${seed}`;
  if (!cache.has(key)) cache.set(key, generatePlant(size, seed));
  return cache.get(key)!;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('generatePlant', () => {
  it.each(['S', 'M', 'L', 'XL'] as const)(
    '%s has exactly the zones, assets and conduits of its size',
    (size) => {
      const m = plant(size);
      const want = PLANT_SIZES[size];
      expect([m.zones.length, m.assets.length, m.conduits.length]).toEqual([
        want.zones,
        want.assets,
        want.conduits,
      ]);
    },
  );

  it.each(['S', 'M', 'L'] as const)('%s is a valid model file', (size) => {
    const r = parseModel(JSON.parse(serializeModel(plant(size))));
    expect(r.ok ? [] : r.issues.slice(0, 5).map(formatIssue)).toEqual([]);
  });

  it('is deterministic: the same size and seed give byte-identical files, another seed another plant', () => {
    const a = serializeModel(generatePlant('M', 7));
    expect(serializeModel(generatePlant('M', 7))).toBe(a);
    expect(serializeModel(generatePlant('M', 8))).not.toBe(a);
  });

  it('never uses Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    expect(() => generatePlant('S', 3)).not.toThrow();
  });

  it('rejects an unknown size', () => {
    expect(() => generatePlant('XXL' as PlantSize)).toThrow(/unknown plant size "XXL"/);
  });

  it('has a realistic structure: every zone kind, nested cells and field zones, multi-zone conduits, flows', () => {
    const m = plant('M');
    const kinds = new Set(m.zones.map((z) => z.kind));
    for (const k of [
      'enterprise',
      'external',
      'dmz',
      'remote-access',
      'operations',
      'supervisory',
      'control',
      'safety',
      'field',
    ])
      expect(kinds, k).toContain(k);
    const index = buildIndex(m);
    const depth = (id: string): number => {
      const parent = index.zone.get(id)?.parentId;
      return parent === undefined ? 0 : 1 + depth(parent);
    };
    expect(Math.max(...m.zones.map((z) => depth(z.id)))).toBe(2); // area ⊃ cell ⊃ field
    expect(m.conduits.some((c) => c.zoneIds.length > 2)).toBe(true);
    const flows = m.conduits.flatMap((c) => c.flows ?? []);
    expect(flows.length).toBeGreaterThan(m.conduits.length);
    expect(new Set(flows.map((f) => f.protocol)).size).toBeGreaterThanOrEqual(8);
    for (const p of ['OPC UA', 'Modbus/TCP', 'RDP', 'HTTPS'])
      expect(flows.map((f) => f.protocol)).toContain(p);
    // Zones that hold no nested zones hold assets, so the diagram has no empty boxes.
    for (const z of m.zones)
      if (!index.childZones.get(z.id)?.length)
        expect(index.assetsByZone.get(z.id)?.length ?? 0, z.id).toBeGreaterThan(0);
    // Safety zones talk to the control room only through a one-way data diode.
    for (const z of m.zones.filter((x) => x.kind === 'safety'))
      for (const c of index.conduitsByZone.get(z.id) ?? []) {
        expect(c.type).toBe('unidirectional');
        expect(c.controls).toContain('data-diode');
      }
  });

  it('has some findings for the checker to show, but not a mess', () => {
    const m = plant('L');
    const e = evaluate(m);
    expect(e.counts.error).toBeGreaterThan(0);
    expect(e.counts.warning).toBeGreaterThan(0);
    const flagged = new Set(e.findings.map((f) => f.subject.id));
    const elements = m.zones.length + m.assets.length + m.conduits.length;
    expect(flagged.size / elements).toBeLessThan(0.05);
    const rules = new Set(e.findings.map((f) => f.rule));
    expect(rules).toContain('conduit-capability-below-target');
    expect(rules).toContain('conduit-flow-any');
    expect(rules).not.toContain('it-to-control-without-dmz');
    // The design keeps two barriers everywhere; only a firewall opened to any port (a deliberate
    // flaw) takes one away, and the finding says so.
    for (const f of e.findings.filter((x) => x.rule === 'defense-in-depth-shallow'))
      expect(f.message).toContain('not count as a barrier: a flow allows any protocol or port');
  });

  it('positions every element; assets and nested zones sit inside their zone below its header', () => {
    const m = plant('M');
    const positions = m.diagram!.positions;
    const index = buildIndex(m);
    for (const z of m.zones) {
      const box = positions[z.id]!;
      expect(box.width && box.height, z.id).toBeTruthy();
      const inside = [
        ...(index.assetsByZone.get(z.id) ?? []).map((a) => ({
          id: a.id,
          ...positions[a.id]!,
          width: 160,
          height: 56,
        })),
        ...(index.childZones.get(z.id) ?? []).map((c) => ({ id: c.id, ...positions[c.id]! })),
      ];
      for (const c of inside) {
        expect(c.x, c.id).toBeGreaterThanOrEqual(0);
        expect(c.y, c.id).toBeGreaterThanOrEqual(40);
        expect(c.x + c.width!, c.id).toBeLessThanOrEqual(box.width!);
        expect(c.y + c.height!, c.id).toBeLessThanOrEqual(box.height!);
      }
    }
    for (const a of m.assets) expect(positions[a.id], a.id).toBeDefined();
  });
});
