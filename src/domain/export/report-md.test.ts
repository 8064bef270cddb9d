import { describe, expect, it } from 'vitest';
import { expectNoBidiControls } from '../../../test-support/export-checks';
import { hostileModel, plantModel } from '../../../test-support/export-fixtures';
import { evaluate } from '../engine/evaluate';
import type { Model } from '../model/schema';
import { exportReportMarkdown, mdText } from './report-md';

const at = { generatedAt: new Date('2025-03-15T10:00:00Z') };

describe('mdText', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a \\| b'],
    ['*bold* _it_ `code` ~x~', '\\*bold\\* \\_it\\_ \\`code\\` \\~x\\~'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](http://x)', '!\\[img\\](http://x)'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['> quote', '&gt; quote'],
    ['a & b', 'a &amp; b'],
    ['back\\slash', 'back\\\\slash'],
    ['PLC-01 10.0.0.1', 'PLC-01 10.0.0.1'],
    ['x\u202Ey\nz', 'x\uFFFDy z'],
  ])('escapes %j', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });
});

describe('exportReportMarkdown', () => {
  const model = plantModel();
  const evaluation = evaluate(model);
  const md = exportReportMarkdown(model, evaluation, at);

  it('has the same sections as the HTML report', () => {
    for (const heading of [
      '# Security plan: Riverside water treatment',
      '## 1. Zone and conduit diagram',
      '## 2. Findings',
      '## 3. Zone register',
      '## 4. Asset inventory',
      '## 5. Conduit register',
      '## 6. Documented flows',
      '## 7. Policy: suppressed and re-graded rules',
      '## 8. Notes and comments',
    ])
      expect(md).toContain(`\n${heading}\n`.trimStart());
    expect(md).toContain('- **Generated:** 2025-03-15 10:00 UTC');
  });

  it('writes GFM tables whose rows all have the header’s column count', () => {
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\| (---|:-:)/.test(lines[i]!)) continue;
      const columns = (line: string) => line.replace(/\\\|/g, '').split('|').length;
      const width = columns(lines[i - 1]!);
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++)
        expect(columns(lines[j]!)).toBe(width);
    }
  });

  it('lists findings with reference and fix, SL per FR, shortfalls in bold', () => {
    for (const f of evaluation.findings) expect(md).toContain(mdText(f.reference));
    expect(md).toMatch(/\| \*\*SCADA\*\* \| Supervisory \| 2 \| +\| 2 \| 2 \| 3 \| 1 \| 2 \| 1 \| 2 \|/);
    expect(md).toContain('| **3 / 1** |');
  });

  it('links the diagram when a file name is given, else says it is left out', () => {
    expect(md).toContain('The diagram is not embedded in Markdown');
    const linked = exportReportMarkdown(model, evaluation, { ...at, diagramFile: 'riverside.svg' });
    expect(linked).toContain('![Zone and conduit diagram of Riverside water treatment](riverside.svg)');
    const odd = exportReportMarkdown(model, evaluation, { ...at, diagramFile: 'a b)(c.svg' });
    expect(odd).toContain('](a_b__c.svg)');
  });

  it('is deterministic and keeps hostile text inert', () => {
    expect(exportReportMarkdown(JSON.parse(JSON.stringify(model)) as Model, evaluate(model), at)).toBe(md);
    const hostile = hostileModel();
    const out = exportReportMarkdown(hostile, evaluate(hostile), at);
    expectNoBidiControls(out);
    expect(out).not.toMatch(/<script|<svg/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // No user text opens a link or image.
    expect(out).not.toMatch(/(?<!\\)\[[^\]]*\]\((?!riverside)/);
  });
});
