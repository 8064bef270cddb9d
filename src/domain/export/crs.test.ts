import { describe, expect, it } from 'vitest';
import { expectNoBidiControls } from '../../../test-support/export-checks';
import { HOSTILE_STRINGS } from '../../../test-support/export-fixtures';
import { workshopModel } from '../../../test-support/risk-fixtures';
import { evaluate } from '../engine/evaluate';
import { buildCrsData } from './crs-data';
import { exportCrsHtml } from './crs-html';
import { exportCrsMarkdown } from './crs-md';

const at = { generatedAt: new Date('2025-03-15T10:00:00Z') };

describe('CRS document', () => {
  const model = workshopModel();
  const evaluation = evaluate(model);

  it('carries per zone and conduit the characteristics, SL-T with suggestion, SL-A, requirements and risks', () => {
    const data = buildCrsData(model, evaluation, at);
    const ctl = data.elements.find((e) => e.id === 'ctl')!;
    expect(ctl.characteristics[0]).toEqual(['Accountable organisation', 'Riverside OT engineering']);
    expect(ctl.suggestedSl).toBe(3);
    expect(ctl.slAchieved[4]).toBe(1); // RDF: SL 1 met, SR 5.2 RE1 only partly
    expect(ctl.requirements.find((r) => r.id === 'SR 5.2 RE1')).toMatchObject({
      status: 'Partly met',
      required: true,
    });
    expect(ctl.risks[0]).toMatchObject({
      unmitigated: 'High (4 × 4 = 16)',
      residual: 'Medium (2 × 4 = 8)',
      aboveTolerance: false,
      countermeasures: 'Firewall; Block SMB between SCADA and control',
    });
    expect(data.elements.find((e) => e.id === 'ent')!.noSlTarget).toBe(
      'Covered by the corporate IT code of practice',
    );
    expect(data.elements.find((e) => e.id === 'sup')!.risks[0]!.aboveTolerance).toBe(true);
    expect(data.elements.filter((e) => e.kind === 'conduit').length).toBe(model.conduits.length);
    expect(data.matrix.own).toBe(false);
  });

  it('shows a capability nobody recorded as unknown, not as covered', () => {
    const m = workshopModel();
    const z = m.zones.find((x) => x.id === 'ctl')!;
    m.assets = [
      ...m.assets.filter((a) => a.zoneId !== 'ctl'),
      { id: 'u1', name: 'Unrated PLC', type: 'plc', zoneId: 'ctl' },
    ];
    const data = buildCrsData(m, evaluate(m), at);
    const ctl = data.elements.find((e) => e.id === 'ctl')!;
    expect(z.slTarget).toBeDefined();
    expect(ctl.slCapability).toEqual(ctl.slTarget!.map((t) => (t > 0 ? 'unknown' : 0)));
    expect(ctl.contents).toContain('Unrated PLC (PLC, SL-C unknown)');
    expect(exportCrsHtml(m, evaluate(m), at)).toContain('<td class="num unknown">unknown</td>');
  });

  it('is deterministic HTML with the diagram inline and no script', () => {
    const html = exportCrsHtml(model, evaluation, at);
    expect(exportCrsHtml(model, evaluate(model), at)).toBe(html);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Riverside OT engineering');
    expect(html).toContain('an example to adapt');
    expect(html).toContain('Summary (our words)');
  });

  it('is deterministic Markdown with the same content', () => {
    const md = exportCrsMarkdown(model, evaluation, at);
    expect(md).toBe(exportCrsMarkdown(model, evaluate(model), at));
    expect(md).toContain('### 3.4 Zone: Filtration control (ctl)');
    expect(md).toContain('| Ransomware spreads from SCADA (r-ransom) |');
    expect(md).toContain('**No SL-T:** Covered by the corporate IT code of practice');
  });

  it('renders hostile characteristics, risk text and evidence as text', () => {
    const m = workshopModel();
    const [script, attr, , bidi] = HOSTILE_STRINGS;
    m.zones[3]!.characteristics = { logicalBoundary: `${script}${bidi}`, threatEnvironment: attr };
    m.risks![0]!.title = script;
    m.risks![0]!.countermeasures = `${attr}\n| col |`;
    m.zones[3]!.requirements = { 'SR 5.1': { status: 'met', evidence: script } };
    const html = exportCrsHtml(m, evaluate(m), at);
    expectNoBidiControls(html);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const md = exportCrsMarkdown(m, evaluate(m), at);
    expectNoBidiControls(md);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\| col \\|');
  });
});
