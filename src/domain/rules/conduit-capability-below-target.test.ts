import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { conduitCapabilityBelowTarget as rule } from './conduit-capability-below-target';

const zones = [
  zone('it', 'dmz', { name: 'IT', slTarget: 1 }),
  zone('ctl', 'control', { name: 'Control', slTarget: 2 }),
];

describe(rule.id, () => {
  it('fires when the capability is below the highest zone target, naming the FRs and gaps', () => {
    const drafts = run(
      rule,
      model({ zones, conduits: [conduit('c1', ['it', 'ctl'], { name: 'IT–DMZ', slCapability: 1 })] }),
    );
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toBe(
      'Conduit "IT–DMZ" delivers SL-C 1 but needs SL-T 2, the highest target of its zones, on every FR (short by 1).',
    );
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'IT–DMZ' });
  });

  it('stays silent when the capability meets the target exactly', () => {
    expect(
      run(rule, model({ zones, conduits: [conduit('c1', ['it', 'ctl'], { slCapability: 2 })] })),
    ).toEqual([]);
  });

  it('uses its own target when set, even below the zones', () => {
    const c = conduit('c1', ['it', 'ctl'], { slCapability: 1, slTarget: 1 });
    expect(run(rule, model({ zones, conduits: [c] }))).toEqual([]);
    const high = conduit('c1', ['it', 'ctl'], { slCapability: 1, slTarget: 3 });
    expect(run(rule, model({ zones, conduits: [high] }))[0]!.message).toContain(
      'delivers SL-C 1 but needs its own SL-T 3 on every FR (short by 2).',
    );
  });

  it('falls back to the zones when its own target is null', () => {
    const c = conduit('c1', ['it', 'ctl'], { slCapability: 1, slTarget: null });
    expect(subjects(run(rule, model({ zones, conduits: [c] })))).toEqual(['c1']);
  });

  it('compares vectors per FR and names only the FRs that fall short', () => {
    const z = [
      zone('a', 'control', { slTarget: [2, 2, 2, 2, 3, 1, 1] }),
      zone('b', 'supervisory', { slTarget: 1 }),
    ];
    const drafts = run(
      rule,
      model({ zones: z, conduits: [conduit('c1', ['a', 'b'], { slCapability: [2, 2, 2, 2, 1, 1, 1] })] }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.message).toContain('on RDF (short by 2).');
    expect(drafts[0]!.message).toContain('SL-T (IAC 2, UC 2, SI 2, DC 2, RDF 3, TRE 1, RA 1)');
  });

  it('takes the per-FR maximum over all zones of a multi-zone conduit', () => {
    const z = [
      zone('a', 'control', { slTarget: [3, 1, 1, 1, 1, 1, 1] }),
      zone('b', 'control', { slTarget: [1, 1, 1, 1, 1, 1, 3] }),
      zone('c', 'control', { slTarget: 1 }),
    ];
    const drafts = run(
      rule,
      model({ zones: z, conduits: [conduit('c1', ['a', 'b', 'c'], { slCapability: 2 })] }),
    );
    expect(drafts[0]!.message).toContain('on IAC (short by 1), RA (short by 1).');
  });

  it('says nothing when no target is known or the capability is not recorded', () => {
    const z = [zone('a', 'control'), zone('b', 'control')];
    expect(
      run(rule, model({ zones: z, conduits: [conduit('c1', ['a', 'b'], { slCapability: 0 })] })),
    ).toEqual([]);
    expect(run(rule, model({ zones, conduits: [conduit('c1', ['it', 'ctl'])] }))).toEqual([]);
  });
});
