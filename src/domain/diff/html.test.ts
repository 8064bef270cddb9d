import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../test-support/rule-model';
import { compareModels } from './compare';
import { comparisonHtml } from './html';

const original = () =>
  model({
    zones: [zone('ent', 'enterprise'), zone('ctl', 'control', { slTarget: 3 })],
    assets: [asset('plc', 'plc', 'ctl')],
    conduits: [conduit('c1', ['ent', 'ctl'], { controls: ['firewall'] })],
  });

describe('comparisonHtml', () => {
  it('lays the changes out as tables, one per kind, with the security-relevant changes first', () => {
    const after = original();
    after.zones[1] = { ...after.zones[1]!, slTarget: 1 };
    after.assets.push(asset('hmi', 'hmi', 'ctl'));
    const html = comparisonHtml(compareModels(original(), after, { today: '2026-06-01' }), {
      beforeLabel: 'v1.json',
      afterLabel: 'open diagram',
    });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html.indexOf('Security-relevant changes')).toBeLessThan(html.indexOf('<h2>Zones (1)</h2>'));
    expect(html).toContain('<h2>Assets (1)</h2>');
    expect(html).toMatch(/<td><span class="change added">added<\/span><\/td>/);
    expect(html).toContain('slTarget: 3 → 1');
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('escapes names and labels from files: no markup gets through', () => {
    const after = original();
    after.assets.push(asset('x', 'hmi', 'ctl', { name: '<img src=x onerror=alert(1)>' }));
    const html = comparisonHtml(compareModels(original(), after, { today: '2026-06-01' }), {
      beforeLabel: '<script>alert(1)</script>.json',
      afterLabel: 'now',
      records: [{ id: 'r1', title: '<b>MOC</b>', status: 'draft' }],
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x');
    expect(html).toContain('&lt;b&gt;MOC&lt;/b&gt;');
  });

  it('says when nothing changed instead of drawing empty tables', () => {
    const html = comparisonHtml(compareModels(original(), original(), { today: '2026-06-01' }), {
      beforeLabel: 'a',
      afterLabel: 'b',
    });
    expect(html).toContain('No changes to the architecture.');
    expect(html).not.toContain('<table>');
  });
});
