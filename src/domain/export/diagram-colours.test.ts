/**
 * Diagram colours (diagram.colors) and security device ends (conduit.deviceAt) in the exports:
 * the SVG and draw.io files draw the preset colour (per theme) and a device mark at the right end.
 */
import { describe, expect, it } from 'vitest';
import { demoModel } from '../../samples';
import { PALETTE } from '../catalog/palette';
import { setColours } from '../edit/colours';
import { updateConduit } from '../edit/update';
import { parseModel } from '../model/parse';
import type { Model } from '../model/schema';
import { exportDrawio } from './drawio';
import { conduitDrawing, exportSvg, svgContext } from './svg';
import { deviceSpots } from './svg/conduits';

const base = demoModel();
const zone = base.zones[0]!;
const conduit = base.conduits.find((c) => c.zoneIds.length === 2)!;

function coloured(): Model {
  const m = setColours(base, [zone.id, conduit.id], 'violet');
  return updateConduit(m, conduit.id, { deviceAt: 'second' });
}

describe('diagram colours', () => {
  it('setColours sets, keeps identity when unchanged, and clears the section when empty', () => {
    const m = setColours(base, [zone.id], 'red');
    expect(m.diagram?.colors).toEqual({ [zone.id]: 'red' });
    expect(setColours(m, [zone.id], 'red')).toBe(m);
    const cleared = setColours(m, [zone.id], undefined);
    expect(cleared.diagram && 'colors' in cleared.diagram).toBe(false);
  });

  it('round-trips through the model parser (optional fields) and refuses an unknown colour', () => {
    const m = coloured();
    const parsed = parseModel(JSON.parse(JSON.stringify(m)));
    expect(parsed.ok).toBe(true);
    const bad = JSON.parse(JSON.stringify(m));
    bad.diagram.colors[zone.id] = '#ff0000';
    expect(parseModel(bad).ok).toBe(false);
  });

  it('the SVG uses the light hue on light and the brighter hue on dark; the default model has neither', () => {
    const m = coloured();
    expect(exportSvg(m, { theme: 'light' })).toContain(PALETTE.violet.light);
    expect(exportSvg(m, { theme: 'dark' })).toContain(PALETTE.violet.dark);
    expect(exportSvg(base, { theme: 'light' })).not.toContain(PALETTE.violet.light);
  });

  it('draw.io carries the colour on the zone and the conduit', () => {
    const xml = exportDrawio(coloured());
    expect(xml).toContain(`strokeColor=${PALETTE.violet.light}`);
    expect(exportDrawio(base)).not.toContain(`strokeColor=${PALETTE.violet.light}`);
  });
});

describe('security device ends', () => {
  it('puts one mark near the second zone for "second", two for "both", none when not recorded', () => {
    const m = coloured();
    const ctx = svgContext(m);
    const g = conduitDrawing(ctx).geometries.find((x) => x.conduit.id === conduit.id)!;
    const spots = deviceSpots(g);
    expect(spots).toHaveLength(1);
    const end = g.paths[0]!.points.at(-1)!;
    expect(Math.hypot(spots[0]!.x - end.x, spots[0]!.y - end.y)).toBeLessThanOrEqual(20.01);

    const both = updateConduit(m, conduit.id, { deviceAt: 'both' });
    const gb = conduitDrawing(svgContext(both)).geometries.find((x) => x.conduit.id === conduit.id)!;
    expect(deviceSpots(gb)).toHaveLength(2);

    const none = conduitDrawing(svgContext(base)).geometries.find((x) => x.conduit.id === conduit.id)!;
    expect(deviceSpots(none)).toHaveLength(0);
  });

  it('the SVG and draw.io draw the mark; draw.io names where the device sits', () => {
    const m = coloured();
    expect(exportSvg(m)).toContain('class="device"');
    expect(exportSvg(base)).not.toContain('class="device"');
    const xml = exportDrawio(m);
    expect(xml).toContain('otzKind="device"');
    const second = m.zones.find((z) => z.id === conduit.zoneIds[1])!;
    expect(xml).toContain(`securityDevice="At ${second.name}"`);
  });

  it('refuses a device end that is not one of first, second, both', () => {
    expect(() => updateConduit(base, conduit.id, { deviceAt: 'middle' as never })).toThrow(/deviceAt/);
  });
});

describe('canonical JSON', () => {
  it('writes deviceAt after direction and diagram.colors sorted after positions, byte-stable', async () => {
    const { serializeModel } = await import('../serialize/model-json');
    const m = setColours(coloured(), ['z-b', 'z-a'], 'teal');
    const text = serializeModel(m);
    expect(text.indexOf('"colors"')).toBeGreaterThan(text.indexOf('"positions"'));
    expect(text.indexOf('"z-a": "teal"')).toBeLessThan(text.indexOf('"z-b": "teal"'));
    const parsed = parseModel(JSON.parse(text));
    expect(parsed.ok && serializeModel(parsed.model)).toBe(text);
  });
});

describe('Purdue bands in the exports', () => {
  it('SVG and draw.io draw the five bands when shown, nothing otherwise', async () => {
    const { setPurdueBands } = await import('../edit/bands');
    const m = setPurdueBands(base, [0, 300, 500, 800, 1100, 1500]);
    const svg = exportSvg(m);
    expect(svg).toContain('class="purdue-bands"');
    expect(svg).toContain('LEVEL 3.5 · INDUSTRIAL DMZ');
    expect(exportSvg(base)).not.toContain('purdue-bands');
    const xml = exportDrawio(m);
    expect(xml.match(/otzKind="purdue-band"/g)).toHaveLength(5);
    expect(exportDrawio(base)).not.toContain('purdue-band');
  });
});
