import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { generatePlant } from '../generate/plant-generator';
import { columnLetter, diagramFigure, diagramParts, MAX_PARTS, OVERLAP, PART_MAX } from './report-diagram';
import { renderSvg } from './svg';

describe('diagramParts', () => {
  it('keeps a drawing that prints readably whole in one part', () => {
    const { parts } = diagramParts(900, 600, [{ x: 10, y: 10, width: 100, height: 50 }]);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ label: 'A1', x: 0, y: 0, width: 900, height: 600, printed: true });
  });

  it('cuts a large drawing into overlapping parts no larger than PART_MAX that cover it', () => {
    const everywhere = [{ x: 0, y: 0, width: 4000, height: 2000 }];
    const { columns, rows, parts } = diagramParts(4000, 2000, everywhere);
    expect(columns).toBeGreaterThan(1);
    expect(rows).toBeGreaterThan(1);
    expect(parts).toHaveLength(columns * rows);
    for (const p of parts) {
      expect(p.width).toBeLessThanOrEqual(PART_MAX.width);
      expect(p.height).toBeLessThanOrEqual(PART_MAX.height);
    }
    const last = parts[parts.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(4000);
    expect(last.y + last.height).toBeCloseTo(2000);
    expect(parts[0]!.x + parts[0]!.width - parts[1]!.x).toBeCloseTo(OVERLAP);
    expect(parts.map((p) => p.label).slice(0, 2)).toEqual(['A1', 'B1']);
  });

  it('leaves out parts whose cell holds nothing, or only a sliver of a box', () => {
    const { parts } = diagramParts(4000, 2000, [{ x: 0, y: 0, width: 300, height: 200 }]);
    expect(parts.filter((p) => p.printed).map((p) => p.label)).toEqual(['A1']);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});

describe('diagramFigure', () => {
  const model = generatePlant('S');
  const drawing = renderSvg(model, { evaluation: evaluate(model), xmlDeclaration: false });

  it('carries the drawing inline once and once as the parts’ background; each printed part is a window on it', () => {
    const { figure, parts, css } = diagramFigure(drawing, 'Caption');
    expect(figure.match(/<svg id="drawing" /g)).toHaveLength(1);
    expect(figure.match(/<use href="#drawing"\/>/g)).toHaveLength(1);
    expect(parts).not.toContain('<svg');
    expect(css).toMatch(/^\.part-view \{ background-image: url\("data:image\/svg\+xml,%3Csvg /);
    // Nothing in the data URL can end the CSS string or the <style> element.
    const url = css.slice(css.indexOf('url("') + 5, css.lastIndexOf('")'));
    expect(url).not.toMatch(/["\\<>\n#]/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(drawing.markup());
    const printed = diagramParts(drawing.width, drawing.height, drawing.content).parts.filter(
      (p) => p.printed,
    );
    expect(parts.match(/class="part-view"/g)).toHaveLength(printed.length);
    for (const p of printed) expect(figure).toContain(`>${p.label}</text>`);
    expect(parts).toContain('background-position:0% 0%');
  });
});

describe('diagramParts on an absurd drawing', () => {
  it('keeps the number of parts bounded and still covers the drawing', () => {
    const { columns, rows, parts } = diagramParts(1e7, 3e6, []);
    expect(parts.length).toBeLessThanOrEqual(MAX_PARTS);
    const last = parts[parts.length - 1]!;
    expect([last.column, last.row]).toEqual([columns - 1, rows - 1]);
    expect(last.x + last.width).toBeCloseTo(1e7);
    expect(last.y + last.height).toBeCloseTo(3e6);
  });
});
