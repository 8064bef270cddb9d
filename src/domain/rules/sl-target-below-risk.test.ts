import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import type { Model, Risk } from '../model/schema';
import { slTargetBelowRisk as rule } from './sl-target-below-risk';

const risk = (id: string, subjectId: string, l: number, c: number): Risk => ({
  id,
  subjectId,
  title: `Threat ${id}`,
  likelihood: l,
  consequence: c,
});

const plant = (risks: Risk[], zoneExtra = {}): Model => ({
  ...model({
    zones: [
      zone('z1', 'control', { name: 'Cell', slTarget: 2, ...zoneExtra }),
      zone('z2', 'dmz', { slTarget: 3 }),
    ],
    conduits: [conduit('c1', ['z1', 'z2'])],
  }),
  risks,
});

describe(rule.id, () => {
  it('fires when the worst unmitigated risk suggests more than the SL-T', () => {
    const drafts = run(rule, plant([risk('r1', 'z1', 2, 2), risk('r2', 'z1', 4, 4)]));
    expect(subjects(drafts)).toEqual(['z1']);
    expect(drafts[0]!.message).toBe(
      'Zone "Cell" has SL-T 2, but its worst unmitigated risk "Threat r2" is High and suggests SL-T 3.',
    );
    expectNamed(drafts[0]!.message, { id: 'z1', name: 'Cell' });
  });
  it('names the FRs below for a vector target, and reads a conduit’s target from its zones', () => {
    const drafts = run(
      rule,
      plant([risk('r1', 'z1', 4, 4), risk('r2', 'c1', 5, 5)], { slTarget: [3, 3, 3, 1, 3, 3, 3] }),
    );
    expect(subjects(drafts)).toEqual(['z1', 'c1']);
    expect(drafts[0]!.message).toContain('SL-T (IAC 3, UC 3, SI 3, DC 1, RDF 3, TRE 3, RA 3) (below on DC)');
    expect(drafts[1]!.message).toContain('Conduit "Conduit c1" has SL-T 3, but');
  });
  it('flags an explicit "no SL-T" that a risk contradicts', () => {
    const drafts = run(
      rule,
      plant([risk('r1', 'z1', 3, 3)], {
        slTarget: null,
        characteristics: { noSlTarget: { reason: 'code of practice' } },
      }),
    );
    expect(drafts[0]!.message).toContain('is declared to need no SL-T');
  });
  it('stays silent when the SL-T meets the suggestion, or is simply missing (zone-target-missing says so)', () => {
    expect(run(rule, plant([risk('r1', 'z1', 3, 3), risk('r2', 'z2', 4, 4)]))).toEqual([]);
    expect(run(rule, plant([risk('r1', 'z1', 5, 5)], { slTarget: undefined }))).toEqual([]);
    expect(run(rule, plant([]))).toEqual([]);
  });
});
