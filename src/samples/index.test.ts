import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { effectivePurdueLevel } from '../domain/catalog/zone-kinds';
import { buildIndex, conduitEffectiveTarget } from '../domain/model/derive';
import { parseModelText } from '../domain/model/parse';
import type { Model, Position } from '../domain/model/schema';
import { shortfalls } from '../domain/security-level';
import { demoModel, demoModelText } from './index';

const FILE = fileURLToPath(new URL('./water-treatment.json', import.meta.url));
const ASSET = { width: 160, height: 56 };
const HEADER = 40;

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function box(model: Model, id: string, size?: { width: number; height: number }): Box {
  const p: Position | undefined = model.diagram?.positions[id];
  if (!p) throw new Error(`no position for ${id}`);
  const width = size?.width ?? p.width;
  const height = size?.height ?? p.height;
  if (width === undefined || height === undefined) throw new Error(`no size for ${id}`);
  return { id, x: p.x, y: p.y, width, height };
}

describe('water treatment demo model', () => {
  const model = demoModel();

  it('is a valid model file, stored in canonical form', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(parseModelText(text).ok).toBe(true);
    expect(demoModelText()).toBe(text);
  });

  it('returns a fresh copy on each call so callers cannot corrupt the sample', () => {
    const a = demoModel();
    a.zones.pop();
    expect(demoModel().zones.length).toBe(model.zones.length);
  });

  it('covers the plant from enterprise IT to the safety system', () => {
    const kinds = new Set(model.zones.map((z) => z.kind));
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
    ] as const)
      expect(kinds, k).toContain(k);
    expect(model.assets.length).toBeGreaterThanOrEqual(25);
    expect(model.conduits.length).toBeGreaterThanOrEqual(8);
    for (const c of model.conduits) {
      expect(c.flows?.length, c.id).toBeGreaterThan(0);
      expect(c.slCapability, c.id).toBeDefined();
      expect(c.controls?.length, c.id).toBeGreaterThan(0);
    }
    expect(model.zones.some((z) => Array.isArray(z.slTarget))).toBe(true);
    expect(model.zones.some((z) => z.parentId !== undefined)).toBe(true);
    expect(model.conduits.some((c) => c.zoneIds.length > 2)).toBe(true);
    // Inventory detail on every asset the plant owns (external services have a vendor only).
    for (const a of model.assets) {
      expect(a.vendor, a.id).toBeTruthy();
      if (a.zoneId !== 'z-external') expect(a.model, a.id).toBeTruthy();
    }
  });

  it('joins the safety zone only through a one-way data diode', () => {
    const index = buildIndex(model);
    const safety = model.zones.filter((z) => z.kind === 'safety');
    expect(safety.length).toBe(1);
    const links = index.conduitsByZone.get(safety[0]!.id) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const c of links) {
      expect(c.type).toBe('unidirectional');
      expect(c.controls).toContain('data-diode');
      expect(c.zoneIds[0]).toBe(safety[0]!.id);
    }
  });

  it('documents flows with real protocols and ports', () => {
    const flows = model.conduits.flatMap((c) => c.flows ?? []);
    const seen = new Set(flows.map((f) => `${f.protocol}:${f.port}`));
    for (const p of [
      'OPC UA:4840',
      'Modbus/TCP:502',
      'EtherNet/IP:44818',
      'DNP3:20000',
      'RDP:3389',
      'SMB:445',
    ])
      expect(seen, p).toContain(p);
  });

  it('keeps a couple of deliberate findings: one conduit below its target, one flow open to any port', () => {
    const index = buildIndex(model);
    const below = model.conduits.filter((c) => {
      const target = conduitEffectiveTarget(c, index);
      return target && c.slCapability !== undefined && shortfalls(c.slCapability, target).length > 0;
    });
    expect(below.map((c) => c.id)).toEqual(['c-wireless-supervisory']);
    const anyFlows = model.conduits.flatMap((c) =>
      (c.flows ?? []).filter((f) => f.port === 'any' || f.protocol === 'any').map(() => c.id),
    );
    expect(anyFlows).toEqual(['c-engineering-cells']);
  });

  describe('layout', () => {
    it('gives every zone a sized box and every asset a position', () => {
      for (const z of model.zones) {
        const b = box(model, z.id);
        expect(b.width, z.id).toBeGreaterThan(0);
      }
      for (const a of model.assets) expect(model.diagram?.positions[a.id], a.id).toBeDefined();
    });

    it('places assets inside their zone (relative positions) below the header, without overlaps', () => {
      const index = buildIndex(model);
      for (const z of model.zones) {
        const zone = box(model, z.id);
        const children = [
          ...(index.assetsByZone.get(z.id) ?? []).map((a) => box(model, a.id, ASSET)),
          ...(index.childZones.get(z.id) ?? []).map((c) => box(model, c.id)),
        ];
        for (const c of children) {
          expect(c.x, c.id).toBeGreaterThanOrEqual(0);
          expect(c.y, c.id).toBeGreaterThanOrEqual(HEADER);
          expect(c.x + c.width, c.id).toBeLessThanOrEqual(zone.width);
          expect(c.y + c.height, c.id).toBeLessThanOrEqual(zone.height);
        }
        for (const [i, a] of children.entries())
          for (const b of children.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
      }
    });

    it('lays top-level zones out without overlaps, by Purdue level from IT at the top to the field', () => {
      const top = model.zones.filter((z) => z.parentId === undefined);
      const boxes = top.map((z) => box(model, z.id));
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
      for (const a of top)
        for (const b of top)
          if (effectivePurdueLevel(a) > effectivePurdueLevel(b))
            expect(box(model, a.id).y, `${a.id} above ${b.id}`).toBeLessThanOrEqual(box(model, b.id).y);
    });
  });
});
