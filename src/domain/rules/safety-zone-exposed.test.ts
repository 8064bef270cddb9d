import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { safetyZoneExposed as rule } from './safety-zone-exposed';

const zones = [
  zone('sis', 'safety', { name: 'SIS' }),
  zone('ctl', 'control', { name: 'Control' }),
  zone('sup', 'supervisory', { name: 'SCADA' }),
  zone('ops', 'operations', { name: 'Ops' }),
];

describe(rule.id, () => {
  it('fires for a safety zone joined to an operations zone', () => {
    const c = conduit('c1', ['sis', 'ops'], { type: 'unidirectional' });
    const drafts = run(rule, model({ zones, conduits: [c] }));
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toBe(
      'Conduit "Conduit c1" reaches safety zone "SIS" and joins it to "Ops", which is not a control or supervisory zone. The safety zone has no SL-T, so SR 5.1/5.2 cannot say how strong this boundary must be.',
    );
    expectNamed(
      drafts[0]!.message,
      { id: 'c1', name: 'Conduit c1' },
      { id: 'sis', name: 'SIS' },
      { id: 'ops', name: 'Ops' },
    );
  });

  it("cites SR 5.1/5.2 and the enhancements the safety zone's RDF target brings, not ZCR 3.3 alone", () => {
    const sis3 = zone('sis', 'safety', { name: 'SIS', slTarget: 3 });
    const drafts = run(
      rule,
      model({
        zones: [sis3, ...zones.slice(1)],
        conduits: [conduit('c1', ['ctl', 'sis'], { controls: ['firewall'] })],
      }),
    );
    expect(drafts[0]!.message).toContain(
      "With the safety zone's RDF target 3, SR 5.1, SR 5.2 and SR 5.1 RE1, SR 5.1 RE2, SR 5.2 RE1, SR 5.2 RE2 and SR 5.2 RE3 apply to this boundary.",
    );
    expect(rule.reference).toMatch(/SR 5\.1, SR 5\.2/);
  });

  it('fires for a bidirectional link to the control zone without a data diode', () => {
    const drafts = run(
      rule,
      model({ zones, conduits: [conduit('c1', ['ctl', 'sis'], { controls: ['firewall'] })] }),
    );
    expect(drafts[0]!.message).toContain('carries traffic both ways without a data diode');
  });

  it('stays silent for a one-way link from the safety zone to control and supervisory zones', () => {
    const c = conduit('c1', ['sis', 'ctl', 'sup'], { direction: 'forward' });
    expect(run(rule, model({ zones, conduits: [c] }))).toEqual([]);
  });

  it('stays silent for a bidirectional link that carries a data diode', () => {
    expect(
      run(rule, model({ zones, conduits: [conduit('c1', ['ctl', 'sis'], { controls: ['data-diode'] })] })),
    ).toEqual([]);
  });

  it('names every stranger on a multi-zone conduit and ignores conduits without a safety zone', () => {
    const m = model({
      zones: [...zones, zone('sis2', 'safety', { name: 'SIS 2' })],
      conduits: [
        conduit('c1', ['sis', 'sis2', 'ctl'], { type: 'unidirectional' }),
        conduit('c2', ['ops', 'ctl']),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toContain('joins it to "SIS" and "SIS 2"');
  });
});
