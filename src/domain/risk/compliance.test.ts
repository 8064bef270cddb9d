import { describe, expect, it } from 'vitest';
import { conduit, model, zone } from '../../../test-support/rule-model';
import type { RequirementStatus } from '../model/schema';
import { SYSTEM_REQUIREMENTS } from '../standard/requirements';
import { achievedLevel, complianceMatrix } from './compliance';
import { exportComplianceCsv } from './compliance-csv';

/** Every requirement of the FR up to `sl` with the given status. */
function upTo(fr: string, sl: number, status: RequirementStatus['status'] = 'met') {
  return Object.fromEntries(
    SYSTEM_REQUIREMENTS.filter((r) => r.fr === fr && r.fromSl <= sl).map((r) => [r.id, { status }]),
  );
}

describe('achievedLevel (SL-A)', () => {
  it('is the highest SL whose requirements on the FR are all met', () => {
    expect(achievedLevel('RDF', upTo('RDF', 2))).toBe(2);
    expect(achievedLevel('RDF', upTo('RDF', 4))).toBe(4);
  });
  it('counts not applicable as met, partly as not met', () => {
    expect(achievedLevel('RDF', { ...upTo('RDF', 2), 'SR 5.3': { status: 'not-applicable' } })).toBe(2);
    expect(achievedLevel('RDF', { ...upTo('RDF', 2), 'SR 5.2 RE1': { status: 'partly' } })).toBe(1);
  });
  it('is 0 without statuses or when an SL 1 requirement is missing', () => {
    expect(achievedLevel('IAC', undefined)).toBe(0);
    const { 'SR 5.4': _, ...rest } = upTo('RDF', 3);
    expect(achievedLevel('RDF', rest)).toBe(0);
  });
});

describe('complianceMatrix', () => {
  const m = model({
    zones: [
      zone('z1', 'control', { slTarget: [2, 1, 1, 1, 3, 1, 1], requirements: upTo('RDF', 2) }),
      zone('z2', 'dmz'),
    ],
    conduits: [
      conduit('c1', ['z1', 'z2'], { requirements: { 'SR 1.1': { status: 'met', evidence: 'AD' } } }),
    ],
  });
  it('lists the requirements needed at the SL-T with their status, and the gap SL-T − SL-A', () => {
    const [z1, z2, c1] = complianceMatrix(m);
    const rdf = z1!.frs[4]!;
    expect([rdf.target, rdf.achieved, rdf.gap]).toEqual([3, 2, 1]);
    expect(rdf.rows.filter((r) => r.required).map((r) => r.requirement.id)).toContain('SR 5.2 RE3');
    expect(rdf.rows.find((r) => r.requirement.id === 'SR 5.1')?.status?.status).toBe('met');
    expect(z1!.worstGap).toBe(2); // IAC: target 2, nothing recorded
    expect(z2!.target).toBeUndefined();
    expect(z2!.worstGap).toBe(0);
    // A conduit follows its zones' target; a recorded status shows even where not required.
    expect(c1!.target).toEqual([2, 1, 1, 1, 3, 1, 1]);
    expect(c1!.frs[0]!.rows[0]).toMatchObject({ required: true, status: { status: 'met', evidence: 'AD' } });
  });
  it('exports one CSV row per element and requirement, with our summaries', () => {
    const csv = exportComplianceCsv(m);
    const lines = csv.split('\r\n');
    expect(lines[0]).toContain('Summary (our words, not the standard text)');
    expect(lines).toContain(
      'conduit,c1,Conduit c1,FR1 IAC,2,0,SR 1.1,People are identified and authenticated,1,yes,Met,AD',
    );
    expect(lines).toContain(
      'zone,z1,Zone z1,FR1 IAC,2,0,SR 1.2,Software processes and devices are identified and authenticated,2,yes,Not assessed,',
    );
  });
});
