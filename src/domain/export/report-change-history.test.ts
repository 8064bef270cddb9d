import { describe, expect, it } from 'vitest';
import { plantModel } from '../../../test-support/export-fixtures';
import { evaluate } from '../engine/evaluate';
import type { Model } from '../model/schema';
import { exportReportHtml } from './report-html';
import { exportReportMarkdown } from './report-md';

const at = { generatedAt: new Date('2025-03-15T10:00:00Z') };

function withRecords(): Model {
  return {
    ...plantModel(),
    changeRecords: [
      { id: 'cr1', title: 'Historian link', status: 'implemented', date: '2025-01-10', ticket: 'MOC-7' },
      {
        id: 'cr2',
        title: 'Vendor <b>VPN</b>',
        status: 'approved',
        date: '2025-02-20',
        reason: 'Remote support contract',
        requestedBy: 'Ops',
        implementedBy: 'Integrator GmbH',
        approvedBy: 'Plant manager',
        summary: '1 added, 0 removed, 1 changed',
      },
      { id: 'cr3', title: 'Undated draft', status: 'draft' },
    ],
  };
}

describe('security-plan report: change history', () => {
  it('lists change records newest first in Markdown, escaped', () => {
    const m = withRecords();
    const md = exportReportMarkdown(m, evaluate(m), at);
    expect(md).toMatch(/## \d+\. Change history/);
    const section = md.slice(md.indexOf('Change history'));
    expect(section.indexOf('Vendor')).toBeLessThan(section.indexOf('Historian link'));
    expect(section.indexOf('Historian link')).toBeLessThan(section.indexOf('Undated draft'));
    expect(section).toContain(
      '| 2025-02-20 | Vendor &lt;b&gt;VPN&lt;/b&gt; — 1 added, 0 removed, 1 changed | approved | – | Ops | Integrator GmbH | Plant manager | Remote support contract |',
    );
  });

  it('adds a Change history section and contents entry to the HTML report, escaped', () => {
    const m = withRecords();
    const html = exportReportHtml(m, evaluate(m), at);
    expect(html).toContain('<a href="#changes">Change history</a>');
    expect(html).toMatch(/<section id="changes">\n<h2>\d+\. Change history<\/h2>/);
    expect(html).toContain('Vendor &lt;b&gt;VPN&lt;/b&gt;');
    expect(html).toContain('<td>MOC-7</td>');
  });

  it('leaves the section out when the model has no change records', () => {
    const m = plantModel();
    expect(exportReportMarkdown(m, evaluate(m), at)).not.toContain('Change history');
    expect(exportReportHtml(m, evaluate(m), at)).not.toContain('Change history');
  });
});
