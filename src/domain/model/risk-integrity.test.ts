import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX } from '../risk/matrix';
import { formatIssue } from './issues';
import { parseModel } from './parse';

const base = () => ({
  format: 'ot-zones',
  version: 1,
  meta: { name: 'Plant' },
  zones: [
    {
      id: 'z1',
      name: 'Cell',
      kind: 'control',
      characteristics: { accountableOrganisation: 'Plant OT', noSlTarget: { reason: 'code of practice' } },
      requirements: { 'SR 5.2': { status: 'met', evidence: 'FW-12 rule review' } },
    },
    { id: 'z2', name: 'DMZ', kind: 'dmz' },
  ],
  assets: [{ id: 'a1', name: 'PLC', type: 'plc', zoneId: 'z1' }],
  conduits: [{ id: 'c1', name: 'C', zoneIds: ['z1', 'z2'], type: 'filtering' }],
  risks: [{ id: 'r1', subjectId: 'c1', title: 'Ransomware', likelihood: 3, consequence: 4 }],
});

const problems = (value: unknown) => {
  const r = parseModel(value);
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe('risk register, matrix, characteristics and requirement statuses in the file', () => {
  it('load unchanged when valid', () => {
    const r = parseModel(base());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.model).toEqual(base());
  });

  it('report a risk on an unknown element or on an asset, off-scale values and a clashing id', () => {
    const m = base();
    m.risks.push(
      { id: 'r2', subjectId: 'a1', title: 'x', likelihood: 6, consequence: 1 },
      { id: 'z2', subjectId: 'z1', title: 'y', likelihood: 1, consequence: 1 },
    );
    expect(problems(m)).toEqual([
      'risks[2].id: duplicate id "z2" (already used by zones[1])',
      'risks[1].subjectId: unknown zone or conduit "a1"',
      "risks[1].likelihood: 6 is off the risk matrix's scale (1–5)",
    ]);
  });

  it('check values against the model’s own matrix and report a broken matrix by path', () => {
    const m = {
      ...base(),
      riskMatrix: { ...DEFAULT_RISK_MATRIX, likelihood: ['Low', 'High'], tolerable: 'nope' },
    };
    expect(problems(m)).toEqual([
      'riskMatrix.cells: needs one row per likelihood value (2), has 5',
      'riskMatrix.tolerable: unknown level "nope"',
      "risks[0].likelihood: 3 is off the risk matrix's scale (1–2)",
    ]);
  });

  it('report an unknown requirement id and an unknown status', () => {
    const m = base();
    (m.zones[0]!.requirements as Record<string, unknown>)['SR 9.9'] = { status: 'met' };
    expect(problems(m)).toEqual([
      'zones[0].requirements["SR 9.9"]: unknown IEC 62443-3-3 requirement "SR 9.9" (use e.g. "SR 5.2" or "SR 5.2 RE1")',
    ]);
    const n = base();
    (n.zones[0]!.requirements as Record<string, unknown>)['SR 5.2'] = { status: 'done' };
    expect(problems(n)[0]).toMatch(/^zones\[0\]\.requirements\["SR 5\.2"\]\.status: /);
  });
});
