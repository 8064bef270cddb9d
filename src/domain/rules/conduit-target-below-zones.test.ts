import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { conduitTargetBelowZones as rule } from './conduit-target-below-zones';

const zones = [
  zone('dmz', 'dmz', { name: 'DMZ', slTarget: 2 }),
  zone('ctl', 'control', { name: 'Control', slTarget: [3, 2, 2, 2, 3, 2, 2] }),
];

describe(rule.id, () => {
  it('fires when the explicit target is below a zone on some FR, naming the zone and gaps', () => {
    const drafts = run(rule, model({ zones, conduits: [conduit('c1', ['dmz', 'ctl'], { slTarget: 2 })] }));
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toContain('"Control"');
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'Conduit c1' }, { id: 'ctl', name: 'Control' });
    expect(drafts[0]!.message).not.toContain('"DMZ"');
    expect(drafts[0]!.message).toContain('IAC (short by 1), RDF (short by 1)');
  });

  it('stays silent when the explicit target equals the per-FR maximum', () => {
    expect(
      run(
        rule,
        model({ zones, conduits: [conduit('c1', ['dmz', 'ctl'], { slTarget: [3, 2, 2, 2, 3, 2, 2] })] }),
      ),
    ).toEqual([]);
  });

  it('stays silent when the conduit has no target of its own (it follows the zones)', () => {
    expect(run(rule, model({ zones, conduits: [conduit('c1', ['dmz', 'ctl'])] }))).toEqual([]);
    expect(
      run(rule, model({ zones, conduits: [conduit('c1', ['dmz', 'ctl'], { slTarget: null })] })),
    ).toEqual([]);
  });

  it('stays silent when none of the zones is assessed', () => {
    const z = [zone('a', 'control'), zone('b', 'control')];
    expect(run(rule, model({ zones: z, conduits: [conduit('c1', ['a', 'b'], { slTarget: 0 })] }))).toEqual(
      [],
    );
  });
});
