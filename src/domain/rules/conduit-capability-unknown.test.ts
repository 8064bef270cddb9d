import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { conduitCapabilityUnknown as rule } from './conduit-capability-unknown';

describe(rule.id, () => {
  it('fires when a target above 0 exists and no SL-C is recorded', () => {
    const m = model({
      zones: [
        zone('a', 'control', { slTarget: [0, 0, 0, 0, 2, 0, 0] }),
        zone('b', 'supervisory', { slTarget: 0 }),
      ],
      conduits: [conduit('c1', ['a', 'b'])],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toContain(
      'needs SL-T (IAC 0, UC 0, SI 0, DC 0, RDF 2, TRE 0, RA 0) but has no SL-C',
    );
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'Conduit c1' });
  });

  it('stays silent when the target is 0 on every FR', () => {
    const m = model({
      zones: [zone('a', 'control', { slTarget: 0 }), zone('b', 'control', { slTarget: 0 })],
      conduits: [conduit('c1', ['a', 'b'])],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('stays silent once an SL-C is recorded, even 0', () => {
    const m = model({
      zones: [zone('a', 'control', { slTarget: 2 }), zone('b', 'control')],
      conduits: [conduit('c1', ['a', 'b'], { slCapability: 0 })],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it("uses the conduit's own target over its zones'", () => {
    const z = [zone('a', 'control'), zone('b', 'control')];
    expect(
      subjects(run(rule, model({ zones: z, conduits: [conduit('c1', ['a', 'b'], { slTarget: 1 })] }))),
    ).toEqual(['c1']);
    const z2 = [zone('a', 'control', { slTarget: 3 }), zone('b', 'control')];
    expect(run(rule, model({ zones: z2, conduits: [conduit('c1', ['a', 'b'], { slTarget: 0 })] }))).toEqual(
      [],
    );
  });

  it('stays silent when no target is known at all', () => {
    const m = model({
      zones: [zone('a', 'control'), zone('b', 'control')],
      conduits: [conduit('c1', ['a', 'b'])],
    });
    expect(run(rule, m)).toEqual([]);
  });
});
