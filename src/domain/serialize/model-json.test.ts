import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModelText } from '../model/parse';
import type { Model } from '../model/schema';
import { serializeModel } from './model-json';

/** A model whose objects are deliberately built with keys out of spec order. */
function scrambled(): Model {
  return {
    diagram: {
      positions: {
        pump: { height: 56, width: 160, y: 50, x: 40 },
        '10': { x: 1, y: 2 },
        '2': { x: 3, y: 4 },
        ctl: { x: 0, y: 0, width: 600, height: 300 },
      },
    },
    conduits: [
      {
        flows: [{ port: 502, protocol: 'Modbus/TCP', to: 'ctl', from: 'ops', description: 'polling' }],
        type: 'filtering',
        zoneIds: ['ops', 'ctl'],
        name: 'Ops ↔ Control',
        id: 'c1',
        controls: ['firewall', 'ids'],
        slCapability: [2, 2, 3, 1, 2, 1, 1],
      },
    ],
    policy: { rules: { 'zone-empty': { severity: 'warning', enabled: true }, 'b-rule': { enabled: false } } },
    assets: [
      { zoneId: 'ctl', type: 'plc', name: 'PLC "A"', id: 'pump', addresses: ['10.0.1.5', '10.0.1.6'] },
      { zoneId: 'ops', type: 'historian', name: 'Historian', id: 'hist', vendor: 'AVEVA' },
    ],
    zones: [
      { slTarget: 2, kind: 'control', name: 'Control', id: 'ctl', parentId: 'ops' },
      { kind: 'operations', name: 'Ops', id: 'ops', slTarget: null, description: undefined },
    ],
    meta: { updatedAt: '2025-01-01', name: 'Plant' },
    version: 1,
    format: 'ot-zones',
  } as Model;
}

const keysOfFirstLevel = (text: string, indent: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(`${indent}"`))
    .map((l) => /^\s*"([^"]*)"/.exec(l)?.[1]);

function parsed(text: string): Model {
  const r = parseModelText(text);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.model;
}

/** Lines that differ, located by trimming the common prefix and suffix of the two texts. */
function changedRegion(a: string, b: string) {
  const la = a.split('\n');
  const lb = b.split('\n');
  let start = 0;
  while (start < la.length && start < lb.length && la[start] === lb[start]) start++;
  let endA = la.length;
  let endB = lb.length;
  while (endA > start && endB > start && la[endA - 1] === lb[endB - 1]) {
    endA--;
    endB--;
  }
  return { start, removed: la.slice(start, endA), added: lb.slice(start, endB) };
}

describe('serializeModel', () => {
  it('writes top-level and element keys in the order of the format spec', () => {
    const text = serializeModel(scrambled());
    expect(keysOfFirstLevel(text, '  ')).toEqual([
      'format',
      'version',
      'meta',
      'zones',
      'assets',
      'conduits',
      'policy',
      'diagram',
    ]);
    const doc = JSON.parse(text);
    expect(Object.keys(doc.meta)).toEqual(['name', 'updatedAt']);
    expect(Object.keys(doc.zones[0])).toEqual(['id', 'name', 'kind', 'slTarget', 'parentId']);
    expect(Object.keys(doc.assets[0])).toEqual(['id', 'name', 'type', 'zoneId', 'addresses']);
    expect(Object.keys(doc.conduits[0])).toEqual([
      'id',
      'name',
      'zoneIds',
      'type',
      'controls',
      'slCapability',
      'flows',
    ]);
    expect(Object.keys(doc.conduits[0].flows[0])).toEqual(['from', 'to', 'protocol', 'port', 'description']);
    expect(Object.keys(doc.policy.rules['zone-empty'])).toEqual(['enabled', 'severity']);
  });

  it('sorts record keys by code unit, even integer-like ids that JS objects would list first', () => {
    const text = serializeModel(scrambled());
    const diagram = text.slice(text.indexOf('  "diagram": {'));
    const positionKeys = keysOfFirstLevel(diagram, '      ');
    expect(positionKeys).toEqual(['10', '2', 'ctl', 'pump']);
    expect(text).toMatch(/"b-rule": \{\n\s+"enabled": false\n\s+\},\n\s+"zone-empty"/);
    expect(text).toContain(
      '"pump": {\n        "x": 40,\n        "y": 50,\n        "width": 160,\n        "height": 56\n',
    );
  });

  it('keeps array order as the user made it', () => {
    const doc = JSON.parse(serializeModel(scrambled()));
    expect(doc.zones.map((z: { id: string }) => z.id)).toEqual(['ctl', 'ops']);
    expect(doc.assets.map((a: { id: string }) => a.id)).toEqual(['pump', 'hist']);
    expect(doc.conduits[0].zoneIds).toEqual(['ops', 'ctl']);
    expect(doc.assets[0].addresses).toEqual(['10.0.1.5', '10.0.1.6']);
  });

  it('uses the JSON.stringify 2-space layout, ends with one newline and omits undefined fields', () => {
    const text = serializeModel(scrambled());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toContain('undefined');
    expect(text).toContain('"slTarget": null');
    // Same bytes as JSON.stringify would give for the reordered document (apart from the record
    // whose integer-like keys JSON.stringify would move).
    const doc = JSON.parse(text);
    delete doc.diagram.positions['10'];
    delete doc.diagram.positions['2'];
    const reference = `${JSON.stringify(doc, null, 2)}\n`;
    const m = scrambled();
    delete m.diagram!.positions['10'];
    delete m.diagram!.positions['2'];
    expect(serializeModel(m)).toBe(reference);
  });

  it('round-trips: parse(serialize(m)) equals m, and serialize(parse(serialize(m))) is byte-identical', () => {
    const m = parsed(serializeModel(scrambled()));
    const once = serializeModel(m);
    expect(parsed(once)).toEqual(m);
    expect(serializeModel(parsed(once))).toBe(once);
  });

  it('round-trips any text in names and descriptions (quotes, control characters, unpaired surrogates)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (name, description) => {
          const m = scrambled();
          m.meta.name = name;
          m.assets[0]!.description = description;
          m.diagram!.positions[name || 'x'] = { x: 1.5, y: -2.25 };
          const text = serializeModel(m);
          expect(JSON.parse(text).meta.name).toBe(name);
          expect(serializeModel(JSON.parse(text) as Model)).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same bytes whatever order the record entries were inserted in', () => {
    const a = scrambled();
    const b = scrambled();
    b.diagram!.positions = Object.fromEntries(Object.entries(a.diagram!.positions).reverse());
    b.policy!.rules = Object.fromEntries(Object.entries(a.policy!.rules!).reverse());
    expect(serializeModel(b)).toBe(serializeModel(a));
  });

  it('changes only lines inside the diagram section when a box moves or is resized', () => {
    const before = serializeModel(scrambled());
    const moved = scrambled();
    moved.diagram!.positions.pump = { x: 400, y: 50, width: 160, height: 56 };
    moved.diagram!.positions.ctl = { x: 0, y: 0, width: 640, height: 300 };
    const after = serializeModel(moved);
    const diff = changedRegion(before, after);
    expect(diff.added.length).toBeGreaterThan(0);
    const diagramLine = before.split('\n').indexOf('  "diagram": {');
    expect(diagramLine).toBeGreaterThan(0);
    expect(diff.start).toBeGreaterThan(diagramLine);
    expect(diff.removed.join('\n')).toContain('"width": 600');
    expect(diff.added.join('\n')).toContain('"x": 400');
  });

  it('adds a position for a new box without touching the semantic part', () => {
    const m = scrambled();
    const before = serializeModel(m);
    m.diagram!.positions.hist = { x: 10, y: 20 };
    const diff = changedRegion(before, serializeModel(m));
    expect(diff.start).toBeGreaterThan(before.split('\n').indexOf('  "diagram": {'));
    expect(diff.removed).toEqual([]);
  });
});

describe('serializeModel on keys that are special in JavaScript', () => {
  it('keeps an unknown "__proto__" field as data rather than dropping it', () => {
    const m = JSON.parse(
      '{"format":"ot-zones","version":1,"meta":{"name":"x","__proto__":{"a":1}},"zones":[],"assets":[],"conduits":[]}',
    );
    expect(JSON.parse(serializeModel(m)).meta).toEqual(JSON.parse('{"name":"x","__proto__":{"a":1}}'));
  });
});
