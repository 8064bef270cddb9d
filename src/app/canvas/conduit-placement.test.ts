import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moveElements } from '../../domain/edit/positions';
import { updateConduit, updateZone } from '../../domain/edit/update';
import { generatePlant } from '../../domain/generate/plant-generator';
import { parseModel } from '../../domain/model/parse';
import type { Model } from '../../domain/model/schema';
import { demoModel } from '../../samples';
import { conduitPlacementsFor } from '../store/derived';
import { type ConduitPlacement, computeConduitPlacements } from './conduit-placement';
import { type Box, computeLayout } from './geometry';
import {
  assetObstacles,
  junctionObstacles,
  junctionPlace,
  labelBox,
  labelFraction,
  labelSize,
  lineObstacles,
  strictObstacles,
} from './placement';
import { JUNCTION_SIZE } from './view-model';

/** The straightforward version: every zone and every placed label checked for every spot. */
function reference(model: Model): Map<string, ConduitPlacement> {
  const layout = computeLayout(model);
  const out = new Map<string, ConduitPlacement>();
  const placed: Box[] = [];
  for (const c of model.conduits) {
    const zones = c.zoneIds.map((zid) => layout.zone.get(zid)).filter((z) => z !== undefined);
    if (zones.length < 2) continue;
    const label = labelSize(c.name || c.id);
    if (zones.length === 2) {
      const assets = assetObstacles(layout);
      const t = labelFraction(
        zones[0]!.abs,
        zones[1]!.abs,
        label,
        [...strictObstacles(layout, c.zoneIds), ...assets, ...placed],
        [...lineObstacles(layout, c.zoneIds), ...assets, ...placed],
        [...lineObstacles(layout, c.zoneIds), ...placed],
      );
      placed.push(labelBox(zones[0]!.abs, zones[1]!.abs, t, label));
      out.set(c.id, { kind: 'label', t });
      continue;
    }
    const centre = {
      x: zones.reduce((s, z) => s + z.abs.x + z.abs.width / 2, 0) / zones.length,
      y: zones.reduce((s, z) => s + z.abs.y + z.abs.height / 2, 0) / zones.length,
    };
    const p = junctionPlace(centre, JUNCTION_SIZE, label, [
      ...junctionObstacles(layout, c.zoneIds),
      ...assetObstacles(layout),
      ...placed,
    ]);
    placed.push({
      x: p.x - label.width / 2,
      y: p.y - JUNCTION_SIZE / 2,
      width: label.width,
      height: JUNCTION_SIZE + 4 + label.height,
    });
    out.set(c.id, { kind: 'junction', x: p.x, y: p.y });
  }
  return out;
}

function template(name: string): Model {
  const text = readFileSync(new URL(`../../samples/templates/${name}.json`, import.meta.url), 'utf8');
  const parsed = parseModel(JSON.parse(text));
  if (!parsed.ok) throw new Error(`template ${name} does not parse`);
  return parsed.model;
}

/** Crowds the top-level zones together so labels and junctions have to dodge each other. */
function crowded(model: Model): Model {
  const top = model.zones.filter((z) => z.parentId === undefined);
  const moves = Object.fromEntries(
    top.map((z, i) => [z.id, { x: (i % 4) * 260, y: Math.floor(i / 4) * 150 }]),
  );
  return moveElements(model, moves);
}

describe('conduit placement', () => {
  const models: Array<[string, Model]> = [
    ['demo', demoModel()],
    ['demo, crowded', crowded(demoModel())],
    ['purdue template', template('purdue-reference')],
    ['water utility template, crowded', crowded(template('water-utility'))],
    ['generated S', generatePlant('S', 3)],
    ['generated M', generatePlant('M', 1)],
    ['generated M, crowded', crowded(generatePlant('M', 2))],
  ];

  it.each(models)('places labels and junctions exactly as the full scan does (%s)', (_, model) => {
    const expected = reference(model);
    const actual = computeConduitPlacements(model, computeLayout(model));
    expect(actual).toEqual(expected);
    // Every conduit drawn between two or more existing zones has a place.
    const zoneIds = new Set(model.zones.map((z) => z.id));
    const drawn = model.conduits.filter((c) => c.zoneIds.filter((z) => zoneIds.has(z)).length >= 2);
    expect(actual.size).toBe(drawn.length);
  });

  it('the models above exercise dodging: labels off the middle and junctions off the centre', () => {
    const model = generatePlant('M', 1);
    const placements = computeConduitPlacements(model, computeLayout(model));
    const fractions = [...placements.values()].flatMap((p) => (p.kind === 'label' ? [p.t] : []));
    expect(fractions.filter((t) => t !== 0.5).length).toBeGreaterThan(10);
  });

  it('reuses the result while conduits and zone boxes are unchanged, recomputes when they change', () => {
    const model = demoModel();
    const first = conduitPlacementsFor(model);
    expect(conduitPlacementsFor(model)).toBe(first);
    // A new target level moves nothing: same placements.
    const zone = model.zones[0]!;
    const leveled = updateZone(model, zone.id, { slTarget: 4 });
    expect(leveled).not.toBe(model);
    expect(conduitPlacementsFor(leveled)).toBe(first);
    // Moved zones: placed again, as the full scan places them.
    const moved = crowded(leveled);
    const second = conduitPlacementsFor(moved);
    expect(second).not.toBe(first);
    expect(second).toEqual(reference(moved));
    // A renamed conduit has a label of another width: placed again.
    const conduit = moved.conduits.find((c) => c.zoneIds.length === 2)!;
    const renamed = updateConduit(moved, conduit.id, { name: `${conduit.name} with a much longer name` });
    expect(conduitPlacementsFor(renamed)).not.toBe(second);
    expect(conduitPlacementsFor(renamed)).toEqual(reference(renamed));
  });
});
