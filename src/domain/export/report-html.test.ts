import { describe, expect, it } from 'vitest';
import { expectNoBidiControls } from '../../../test-support/export-checks';
import { hostileModel, plantModel } from '../../../test-support/export-fixtures';
import { evaluate } from '../engine/evaluate';
import type { Model } from '../model/schema';
import { exportReportHtml } from './report-html';

const at = { generatedAt: new Date('2025-03-15T10:00:00Z') };

/** Every tag the report contains; user text is escaped, so each "<" in the output is ours. */
function tags(html: string): Array<{ name: string; attrs: string }> {
  return [...html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: m[2]!,
  }));
}

/** The text between tags, with entities decoded (what a reader sees). */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('exportReportHtml', () => {
  const model = plantModel();
  const evaluation = evaluate(model);
  const html = exportReportHtml(model, evaluation, at);

  it('is one standalone document: CSP without scripts, inline CSS, the SVG inline, nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    const names = new Set(tags(html).map((t) => t.name));
    for (const banned of ['script', 'iframe', 'object', 'embed', 'img', 'link', 'foreignobject', 'form'])
      expect(names.has(banned)).toBe(false);
    for (const t of tags(html)) {
      expect(t.attrs).not.toMatch(/\son\w+\s*=/i);
      const href = /href="([^"]*)"/.exec(t.attrs);
      if (href) expect(href[1]).toMatch(/^#[a-z]+$/); // the contents and <use href="#drawing">
      expect(t.attrs).not.toMatch(/src=|url\(/);
    }
    expect(html).toContain('<svg id="drawing" xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain('<?xml');
    expect(html).toMatch(/@media print/);
    expect(html).toMatch(/break-inside: avoid/);
  });

  it('has title, meta, generated date and every section', () => {
    const text = visible(html);
    expect(html).toContain('<title>Security plan: Riverside water treatment</title>');
    expect(text).toContain('Site Riverside WTP');
    expect(text).toContain('Generated 2025-03-15 10:00 UTC');
    for (const id of ['diagram', 'findings', 'zones', 'assets', 'conduits', 'flows', 'policy', 'notes'])
      expect(html).toContain(`<section id="${id}">`);
  });

  it('lists every finding with its reference and fix', () => {
    expect(evaluation.findings.length).toBeGreaterThan(0);
    const text = visible(html);
    for (const f of evaluation.findings) {
      expect(text).toContain(f.message);
      expect(text).toContain(f.reference);
      expect(text).toContain(f.fix);
    }
  });

  it('shows SL-T per FR in the zone register and SL-T / SL-C per FR in the conduit register, marking shortfalls', () => {
    const supRow = html.split('\n').find((l) => l.includes('<b>SCADA</b>'))!;
    expect([...supRow.matchAll(/<td class="num">(\d)<\/td>/g)].map((m) => m[1]).slice(1, 8)).toEqual([
      '2',
      '2',
      '3',
      '1',
      '2',
      '1',
      '2',
    ]);
    const ctlRow = html.split('\n').find((l) => l.includes('<b>Control network</b>'))!;
    expect(ctlRow).toContain('<td class="num short">3 / 1</td>');
    expect(ctlRow).toContain('Firewall, Deep packet inspection');
  });

  it('shows an unknown SL-C as unknown (hatched), never as a blank that reads as compliant', () => {
    const m: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'Unknown capability' },
      zones: [{ id: 'z', name: 'Control', kind: 'control', slTarget: 3 }],
      assets: [
        { id: 'a', name: 'PLC-unrated', type: 'plc', zoneId: 'z' },
        { id: 'b', name: 'PLC-rated', type: 'plc', zoneId: 'z', slCapability: 3 },
      ],
      conduits: [],
    };
    const out = exportReportHtml(m, evaluate(m), at);
    const unrated = out.split('\n').find((l) => l.includes('<b>PLC-unrated</b>'))!;
    expect(unrated).toContain('<td class="num unknown">unknown</td>');
    const rated = out.split('\n').find((l) => l.includes('<b>PLC-rated</b>'))!;
    expect(rated).not.toContain('unknown');
    expect(out).toContain('asset-capability-unknown');
  });

  it('gives the finding text the width: references wrap in a narrow column', () => {
    expect(html).toContain('<th class="finding">Finding</th>');
    const table = html.slice(html.indexOf('<section id="findings">'), html.indexOf('<section id="zones">'));
    expect(table).toContain(
      '<table class="fixed"><colgroup><col style="width:9%"><col style="width:41%"><col style="width:15%"><col style="width:13%"><col style="width:22%"></colgroup>',
    );
    expect(html).toContain('table.fixed { table-layout: fixed; }');
    expect(html).not.toMatch(/\.ref \{[^}]*nowrap/);
  });

  it('lists flows, suppressed rules with the findings they hide, and notes', () => {
    const m: Model = {
      ...plantModel(),
      zones: [...model.zones, { id: 'spare', name: 'Spare zone', kind: 'field' }],
    };
    const out = visible(exportReportHtml(m, evaluate(m), at));
    expect(out).toContain('Modbus/TCP 502');
    expect(out).toMatch(/zone-empty Empty zone disabled 1/);
    expect(out).toContain('Review SIS link with the safety team.');
    expect(out).toContain('SIS link — A. Engineer');
    expect(out).toContain('Diagram Vendor VPN to be added in phase 2.');
  });

  it('is deterministic for a given date', () => {
    expect(exportReportHtml(JSON.parse(JSON.stringify(model)) as Model, evaluate(model), at)).toBe(html);
  });

  it('renders hostile text as text', () => {
    const hostile = hostileModel();
    const out = exportReportHtml(hostile, evaluate(hostile), at);
    expectNoBidiControls(out);
    expect(tags(out).some((t) => t.name === 'script')).toBe(false);
    expect(out).not.toMatch(/<svg onload/i);
    const text = visible(out);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('"><svg onload=alert(1)>');
    expect(text).toContain("javascript:alert('x')");
    expect(text).toContain('A'.repeat(5000));
  });

  it('reports an empty model without failing', () => {
    const empty: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'Empty' },
      zones: [],
      assets: [],
      conduits: [],
    };
    const text = visible(exportReportHtml(empty, evaluate(empty), at));
    expect(text).toContain('The model has no zones.');
    expect(text).toContain('No flows are documented.');
    expect(text).toContain('the whole policy applies');
  });
});
