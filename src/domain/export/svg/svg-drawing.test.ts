/**
 * The SVG export as a reader sees it: every name whole, conduits that keep clear of unrelated
 * boxes, labels that sit on nothing, the same bytes for the same model, valid XML.
 */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { hostileModel, plantModel } from '../../../../test-support/export-fixtures';
import { allElements, parseXml, textContent } from '../../../../test-support/xml';
import { demoModel } from '../../../samples';
import { evaluate } from '../../engine/evaluate';
import { generatePlant } from '../../generate/plant-generator';
import type { Box } from '../../layout/geometry';
import type { Model } from '../../model/schema';
import { conduitDrawing, exportSvg, svgContext } from '../svg';
import { routeObstacles } from './conduits';
import { enclosingZones, overlapArea, type Point } from './geometry';

/** True when the segment a–b runs through the inside of the box (touching its edge is fine). */
function crosses(a: Point, b: Point, box: Box): boolean {
  const eps = 0.5;
  const x1 = Math.min(a.x, b.x);
  const x2 = Math.max(a.x, b.x);
  const y1 = Math.min(a.y, b.y);
  const y2 = Math.max(a.y, b.y);
  return (
    x2 > box.x + eps && x1 < box.x + box.width - eps && y2 > box.y + eps && y1 < box.y + box.height - eps
  );
}

const models: Array<[string, () => Model]> = [
  ['the demo', demoModel],
  ['the S plant', () => generatePlant('S')],
];

describe.each(models)('SVG drawing of %s', (_name, make) => {
  const model = make();
  const ctx = svgContext(model, { evaluation: evaluate(model) });
  const { geometries, labels } = conduitDrawing(ctx);

  it('routes every conduit in horizontal and vertical segments clear of unrelated zones and cards', () => {
    expect(geometries.length).toBe(model.conduits.length);
    for (const g of geometries) {
      const obstacles = routeObstacles(ctx, g.conduit, enclosingZones(ctx.layout, g.conduit));
      for (const path of g.paths)
        for (let i = 1; i < path.points.length; i++) {
          const a = path.points[i - 1]!;
          const b = path.points[i]!;
          expect(a.x === b.x || a.y === b.y, `${g.conduit.name}: diagonal segment`).toBe(true);
          const hit = obstacles.find((o) => crosses(a, b, o));
          expect(hit, `${g.conduit.name} crosses a box at ${JSON.stringify(hit)}`).toBeUndefined();
        }
    }
  });

  it('puts labels on no card, no zone header, no unrelated zone and no other label', () => {
    labels.forEach((label, i) => {
      const around = enclosingZones(ctx.layout, geometries[i]!.conduit);
      const name = geometries[i]!.conduit.name;
      for (const o of ctx.obstacles.items) {
        if (o.kind === 'zone' && around.has(o.zoneId!)) continue;
        expect(overlapArea(label.box, o), `${name} covers a ${o.kind}`).toBe(0);
      }
      labels.forEach((other, j) => {
        if (j !== i) expect(overlapArea(label.box, other.box), `${name} covers another label`).toBe(0);
      });
    });
  });

  it('shows every zone, asset and conduit name in full (wrapped over lines), and whole in its <title>', () => {
    const root = parseXml(exportSvg(model, { evaluation: evaluate(model) }));
    const groups = allElements(root).filter(
      (e) => e.name === 'g' && typeof e.children[0] !== 'string' && e.children[0]?.name === 'title',
    );
    const shown = (title: string) => {
      const matching = groups.filter((e) => textContent(e.children[0] as never).startsWith(title));
      expect(matching.length, title).toBeGreaterThan(0);
      return matching
        .flatMap((g) => allElements(g).filter((e) => e.name === 'text'))
        .map(textContent)
        .join(' ');
    };
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const z of model.zones) expect(squash(shown(`${z.name} — `))).toContain(squash(z.name));
    for (const a of model.assets) expect(squash(shown(`${a.name} — `))).toContain(squash(a.name));
    for (const c of model.conduits) expect(squash(shown(`${c.name} — `))).toContain(squash(c.name));
    expect(allElements(root).some((e) => e.name === 'text' && textContent(e).includes('…'))).toBe(false);
  });

  it('gives the same bytes for the same model', () => {
    expect(exportSvg(make(), { evaluation: evaluate(make()) })).toBe(
      exportSvg(model, { evaluation: evaluate(model) }),
    );
  });

  it('is valid XML for an independent parser', () => {
    expect(XMLValidator.validate(exportSvg(model, { evaluation: evaluate(model) }))).toBe(true);
  });
});

describe('SVG text fitting', () => {
  it('wraps a long zone, asset and conduit name instead of cutting it, in a narrow box', () => {
    const model = plantModel();
    const long = 'Zone dmz with a really quite long descriptive name for the plant';
    model.zones[0]!.name = long;
    model.assets[0]!.name = 'Asset supervisory historian replica number two';
    model.conduits[0]!.name = 'A conduit whose name is much longer than any label box is wide';
    const svg = exportSvg(model);
    const texts = allElements(parseXml(svg))
      .filter((e) => e.name === 'text')
      .map(textContent);
    expect(texts.some((t) => t.includes('…'))).toBe(false);
    const all = texts.join(' ');
    for (const word of [...long.split(' '), 'supervisory', 'historian', 'replica', 'wide'])
      expect(all).toContain(word);
    expect(svg).toContain(`<title>${long} — `);
  });

  it('keeps hostile models valid XML', () => {
    expect(XMLValidator.validate(exportSvg(hostileModel(), { evaluation: evaluate(hostileModel()) }))).toBe(
      true,
    );
  });
});
