import { describe, expect, it } from 'vitest';
import { expectInertMarkup, expectNoBidiControls } from '../../../test-support/export-checks';
import { hostileModel, plantModel } from '../../../test-support/export-fixtures';
import { allElements, parseXml, textContent, type XmlElement } from '../../../test-support/xml';
import { evaluate } from '../engine/evaluate';
import type { Model } from '../model/schema';
import { exportSvg, renderSvg } from './svg';
import { THEMES } from './svg-theme';

const texts = (root: XmlElement) =>
  allElements(root)
    .filter((e) => e.name === 'text')
    .map(textContent);
const titles = (root: XmlElement) =>
  allElements(root)
    .filter((e) => e.name === 'title')
    .map(textContent);
/** The group whose <title> starts with `prefix`. */
const groupTitled = (root: XmlElement, prefix: string) =>
  allElements(root).find((e) => {
    const first = e.children[0];
    return (
      e.name === 'g' &&
      typeof first !== 'string' &&
      first?.name === 'title' &&
      textContent(first).startsWith(prefix)
    );
  });

describe('exportSvg', () => {
  const model = plantModel();
  const evaluation = evaluate(model);

  it('is well-formed XML with a viewBox that matches width and height', () => {
    const svg = exportSvg(model, { evaluation });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    const { width, height, viewBox } = root.attributes;
    expect(viewBox).toBe(`0 0 ${width} ${height}`);
    expect(Number(width)).toBeGreaterThan(600);
    expect(Number(height)).toBeGreaterThan(900);
    expect(root.attributes['font-family']).toMatch(/sans-serif$/);
  });

  it('draws every zone, asset and conduit with its name as selectable text', () => {
    const root = parseXml(exportSvg(model));
    const all = texts(root);
    for (const el of [...model.zones, ...model.assets, ...model.conduits]) expect(all).toContain(el.name);
    expect(all).toContain('SL-T [2,2,3,1,2,1,2]');
    expect(all).toContain('Control');
    expect(all).toContain('L1');
    expect(all).toContain('L3.5');
    expect(all.some((t) => t.startsWith('Unidirectional · SL-T'))).toBe(true);
    expect(all).toContain('Legend');
    expect(all).toContain('Riverside water treatment');
  });

  it('has no foreignObject, script, handlers or external references', () => {
    expectInertMarkup(parseXml(exportSvg(model, { evaluation })));
  });

  it('places assets relative to their zone and nested zones relative to their parent', () => {
    const root = parseXml(exportSvg(model));
    const drawing = allElements(root).find((e) => e.attributes.transform?.startsWith('translate('))!;
    const card = groupTitled(drawing, 'Dosing SIS')!.children.find(
      (c) => typeof c !== 'string' && c.name === 'rect',
    ) as XmlElement;
    // In drawing coordinates: ctl (0,680) + sis (380,70) + sis1 (20,70)
    expect(Number(card.attributes.x)).toBe(400);
    expect(Number(card.attributes.y)).toBe(820);
    // The drawing is shifted into the margins below the title block.
    const [dx, dy] = /translate\(([-\d.]+) ([-\d.]+)\)/
      .exec(drawing.attributes.transform!)!
      .slice(1)
      .map(Number);
    expect(dx).toBeGreaterThan(0);
    expect(dy).toBeGreaterThan(60);
  });

  it('draws a one-way conduit with one arrowhead and a two-way conduit with two', () => {
    const root = parseXml(exportSvg(model));
    const polygons = (prefix: string) =>
      allElements(groupTitled(root, prefix)!).filter((e) => e.name === 'polygon').length;
    expect(polygons('Historian feed')).toBe(1);
    expect(polygons('IT/OT boundary')).toBe(2);
  });

  it('colours conduits by finding status and badges findings only when findings are on', () => {
    const on = exportSvg(model, { evaluation });
    const off = exportSvg(model, { evaluation, findings: false });
    const lineColour = (svg: string, prefix: string) =>
      allElements(groupTitled(parseXml(svg), prefix)!).find((e) => e.name === 'line')!.attributes.stroke;
    const worst = evaluation.bySubject.get('c-sup-ctl')?.[0]?.severity;
    expect(worst).toBeDefined();
    expect(lineColour(on, 'Control network')).toBe(THEMES.light.severity[worst!]);
    expect(evaluation.bySubject.has('c-ent-dmz')).toBe(false);
    expect(lineColour(on, 'IT/OT boundary')).toBe(THEMES.light.severity.ok);
    expect(lineColour(off, 'Control network')).toBe(THEMES.light.conduit);
    expect(texts(parseXml(on)).some((t) => t.startsWith('Policy check:'))).toBe(true);
    expect(texts(parseXml(off)).some((t) => t.startsWith('Policy check:'))).toBe(false);
    expect(off).toBe(exportSvg(model));
  });

  it('is deterministic: same model, same bytes, whatever the object identity', () => {
    const a = exportSvg(model, { evaluation });
    const b = exportSvg(JSON.parse(JSON.stringify(model)) as Model, {
      evaluation: evaluate(JSON.parse(JSON.stringify(model)) as Model),
    });
    expect(a).toBe(b);
  });

  it('keeps hostile text inert: escaped, bidi neutralised, long names cut but kept whole in <title>', () => {
    const hostile = hostileModel();
    const svg = exportSvg(hostile, { evaluation: evaluate(hostile) });
    const root = parseXml(svg);
    expectInertMarkup(root);
    expectNoBidiControls(svg);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<svg onload');
    const all = texts(root);
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('"><svg onload=alert(1)>');
    expect(all).toContain('abc\uFFFDtxt.exe');
    const longText = all.find((t) => t.startsWith('AAAA'))!;
    expect(longText.endsWith('…')).toBe(true);
    expect(longText.length).toBeLessThan(60);
    expect(titles(root).some((t) => t.includes('A'.repeat(5000)))).toBe(true);
  });

  it('draws models without any positions, and with a three-zone conduit, as spokes from a hub', () => {
    const m: Model = { ...plantModel(), diagram: undefined };
    m.conduits = [
      ...m.conduits,
      { id: 'c3', name: 'Shared bus', zoneIds: ['ent', 'dmz', 'sup'], type: 'gateway' },
    ];
    const root = parseXml(exportSvg(m));
    expect(allElements(groupTitled(root, 'Shared bus')!).filter((e) => e.name === 'line')).toHaveLength(3);
  });

  it('draws an empty model with a message, and supports a dark theme and inline use', () => {
    const empty: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: '' },
      zones: [],
      assets: [],
      conduits: [],
    };
    const root = parseXml(exportSvg(empty));
    expect(texts(root)).toContain('This model has no zones yet.');
    expect(texts(root)).toContain('Untitled model');
    const dark = exportSvg(model, { theme: 'dark', xmlDeclaration: false });
    expect(dark.startsWith('<svg ')).toBe(true);
    expect(dark).toContain(`fill="${THEMES.dark.background}"`);
    parseXml(dark);
  });

  it('gives its size, and markup scaled for rasterising: outer size multiplied, same viewBox and drawing', () => {
    const drawing = renderSvg(model, { evaluation });
    expect(drawing.markup()).toBe(exportSvg(model, { evaluation }));
    const one = parseXml(drawing.markup()).attributes;
    expect(Number(one.width)).toBe(drawing.width);
    expect(Number(one.height)).toBe(drawing.height);
    const twice = drawing.markup(2);
    const two = parseXml(twice).attributes;
    expect(Number(two.width)).toBe(2 * drawing.width);
    expect(Number(two.height)).toBe(2 * drawing.height);
    expect(two.viewBox).toBe(one.viewBox);
    const afterRoot = (svg: string) => svg.slice(svg.indexOf('>', svg.indexOf('<svg ')));
    expect(afterRoot(twice)).toBe(afterRoot(drawing.markup()));
  });
});
