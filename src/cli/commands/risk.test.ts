import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, scratch, smallModel } from '../../../test-support/cli';

let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
});

function plant() {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Plant' },
    zones: [
      { id: 'cell', name: 'Cell', kind: 'control', slTarget: 2 },
      { id: 'dmz', name: 'DMZ', kind: 'dmz', slTarget: [3, 3, 3, 1, 3, 3, 3] },
    ],
    assets: [],
    conduits: [{ id: 'c1', name: 'DMZ–Cell', zoneIds: ['dmz', 'cell'], type: 'filtering' }],
    risks: [
      {
        id: 'r1',
        subjectId: 'cell',
        title: 'Ransomware',
        likelihood: 4,
        consequence: 4,
        residualLikelihood: 2,
      },
      { id: 'r2', subjectId: 'c1', title: 'Spoofed writes', likelihood: 5, consequence: 5 },
      {
        id: 'r3',
        subjectId: 'dmz',
        title: 'Phishing',
        likelihood: 2,
        consequence: 2,
        residualConsequence: 1,
      },
    ],
  };
}

describe('ot-zones risk', () => {
  it('prints the contract JSON: scores, levels and SL-T suggestions', async () => {
    const r = await runCli(['risk', tmp.file('p.json', plant()), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      risks: [
        { id: 'r1', subjectId: 'cell', level: 'high', residualLevel: 'medium', score: 16, residualScore: 8 },
        {
          id: 'r2',
          subjectId: 'c1',
          level: 'critical',
          residualLevel: 'critical',
          score: 25,
          residualScore: 25,
        },
        { id: 'r3', subjectId: 'dmz', level: 'low', residualLevel: 'low', score: 4, residualScore: 2 },
      ],
      suggestions: [
        { subjectId: 'cell', current: 2, suggested: 3 },
        { subjectId: 'dmz', current: [3, 3, 3, 1, 3, 3, 3], suggested: 1 },
        { subjectId: 'c1', current: null, suggested: 4 },
      ],
    });
  });

  it('exits 1 with --fail-on risk when a residual level is above tolerance, 0 when none is', async () => {
    const file = tmp.file('p.json', plant());
    expect((await runCli(['risk', file, '--fail-on', 'risk'])).code).toBe(1);
    expect((await runCli(['risk', file])).code).toBe(0);
    const calm = plant();
    calm.risks = calm.risks.filter((r) => r.id !== 'r2');
    expect((await runCli(['risk', tmp.file('calm.json', calm), '--fail-on', 'risk'])).code).toBe(0);
    expect(
      JSON.parse((await runCli(['risk', tmp.file('none.json', smallModel()), '--format', 'json'])).stdout),
    ).toEqual({
      risks: [],
      suggestions: [],
    });
  });

  it('prints a readable table by default, marking intolerable residual risk', async () => {
    const r = await runCli(['risk', tmp.file('p.json', plant())]);
    expect(r.stdout).toMatch(/^Risk register: 3 risks; tolerable up to Medium \(default example matrix\)$/m);
    expect(r.stdout).toMatch(
      /^\s+25 {2}Critical {2}25 Critical ! +r2 Spoofed writes {2}\(DMZ–Cell \(c1\)\)$/m,
    );
    expect(r.stdout).toContain('  Cell (cell): SL-T 2, suggested 3');
    expect(r.stdout).toContain('1 risk above tolerance after countermeasures');
  });

  it('exits 2 on unusable input, naming the JSON path, and on a wrong option', async () => {
    const bad = plant();
    bad.risks[0]!.subjectId = 'nowhere';
    const r = await runCli(['risk', tmp.file('bad.json', bad)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('risks[0].subjectId: unknown zone or conduit "nowhere"');
    expect(hasStackTrace(r.stderr)).toBe(false);
    const wrong = await runCli(['risk', tmp.file('p.json', plant()), '--fail-on', 'error']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--fail-on must be one of risk');
    expect((await runCli(['risk'])).code).toBe(2);
  });
});

describe('ot-zones export crs-html | crs-md | csv-compliance', () => {
  it('writes the CRS as HTML and Markdown, reproducibly with --generated-at', async () => {
    const file = tmp.file('p.json', plant());
    const args = ['--generated-at', '2025-03-15T10:00:00Z'];
    const html = await runCli(['export', file, '--format', 'crs-html', ...args]);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('Generated</dt><dd>2025-03-15 10:00 UTC');
    expect(html.stdout).toContain('Spoofed writes');
    expect((await runCli(['export', file, '--format', 'crs-html', ...args])).stdout).toBe(html.stdout);
    const md = await runCli(['export', file, '--format', 'crs-md', ...args, '--diagram', 'plant.svg']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('# Cybersecurity requirements specification: Plant');
    expect(md.stdout).toContain('![Zone and conduit diagram](plant.svg)');
  });

  it('writes the compliance matrix as CSV', async () => {
    const m = plant();
    (m.zones[0] as Record<string, unknown>).requirements = { 'SR 5.1': { status: 'met', evidence: 'VLAN' } };
    const r = await runCli(['export', tmp.file('p.json', m), '--format', 'csv-compliance']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\r\n')).toContain(
      'zone,cell,Cell,FR5 RDF,2,0,SR 5.1,The control network is segmented,1,yes,Met,VLAN',
    );
  });
});
