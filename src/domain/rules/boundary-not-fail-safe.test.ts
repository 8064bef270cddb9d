import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { boundaryNotFailSafe as rule } from './boundary-not-fail-safe';

const zones = (rdf: number) => [
  zone('ops', 'operations', { slTarget: 2 }),
  zone('ctl', 'control', { slTarget: [2, 2, 2, 2, rdf, 2, 2] }),
];

describe(rule.id, () => {
  it('fires at RDF 3 without fail-close or island-mode, naming both and their clauses', () => {
    const drafts = run(
      rule,
      model({ zones: zones(3), conduits: [conduit('c1', ['ops', 'ctl'], { controls: ['firewall'] })] }),
    );
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toBe(
      'Conduit "Conduit c1" has an RDF target of 3 but lacks island-mode (SR 5.2 RE2) and fail-close (SR 5.2 RE3).',
    );
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'Conduit c1' });
  });

  it('fires when only one of the two is present, naming the missing one', () => {
    const drafts = run(
      rule,
      model({ zones: zones(4), conduits: [conduit('c1', ['ops', 'ctl'], { controls: ['fail-close'] })] }),
    );
    expect(drafts[0]!.message).toContain('lacks island-mode (SR 5.2 RE2).');
  });

  it('stays silent with both controls', () => {
    const c = conduit('c1', ['ops', 'ctl'], { controls: ['fail-close', 'island-mode'] });
    expect(run(rule, model({ zones: zones(3), conduits: [c] }))).toEqual([]);
  });

  it('stays silent at RDF 2', () => {
    expect(run(rule, model({ zones: zones(2), conduits: [conduit('c1', ['ops', 'ctl'])] }))).toEqual([]);
  });
});
