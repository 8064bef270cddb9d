import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { conduitFlowAny as rule } from './conduit-flow-any';

const zones = (rdf: number) => [
  zone('dmz', 'dmz', { name: 'DMZ', slTarget: 1 }),
  zone('ops', 'operations', { name: 'Ops', slTarget: [1, 1, 1, 1, rdf, 1, 1] }),
];

describe(rule.id, () => {
  it('is an error when the effective RDF target is 2, listing the open flows', () => {
    const c = conduit('c1', ['dmz', 'ops'], {
      flows: [
        { from: 'dmz', to: 'ops', protocol: 'any', port: 'any' },
        { from: 'ops', to: 'dmz', protocol: 'opc-ua', port: 4840 },
      ],
    });
    const drafts = run(rule, model({ zones: zones(2), conduits: [c] }));
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.severity).toBe('error');
    expect(drafts[0]!.message).toBe(
      'Conduit "Conduit c1" has 1 flow open to any protocol or port ("DMZ" → "Ops" any/any); its RDF target is 2, and deny-by-default applies from RDF 2.',
    );
    expectNamed(
      drafts[0]!.message,
      { id: 'c1', name: 'Conduit c1' },
      { id: 'dmz', name: 'DMZ' },
      { id: 'ops', name: 'Ops' },
    );
  });

  it('is a warning when the effective RDF target is 1', () => {
    const c = conduit('c1', ['dmz', 'ops'], {
      flows: [{ from: 'dmz', to: 'ops', protocol: 'modbus-tcp', port: 'any' }],
    });
    const drafts = run(rule, model({ zones: zones(1), conduits: [c] }));
    expect(drafts.map((d) => d.severity)).toEqual(['warning']);
  });

  it("uses the conduit's own target over its zones'", () => {
    const c = conduit('c1', ['dmz', 'ops'], {
      slTarget: 1,
      flows: [{ from: 'dmz', to: 'ops', protocol: 'ANY' }],
    });
    expect(run(rule, model({ zones: zones(3), conduits: [c] }))[0]!.severity).toBe('warning');
  });

  it('is a warning when no target is known', () => {
    const c = conduit('c1', ['a', 'b'], { flows: [{ from: 'a', to: 'b', protocol: 'any' }] });
    const drafts = run(rule, model({ zones: [zone('a', 'dmz'), zone('b', 'operations')], conduits: [c] }));
    expect(drafts[0]!.severity).toBe('warning');
    expect(drafts[0]!.message).toContain('it has no RDF target');
  });

  it('stays silent when every flow names its protocol and port (or leaves the port implied)', () => {
    const c = conduit('c1', ['dmz', 'ops'], {
      flows: [
        { from: 'dmz', to: 'ops', protocol: 'https', port: 443 },
        { from: 'ops', to: 'dmz', protocol: 'opc-ua' },
      ],
    });
    expect(run(rule, model({ zones: zones(3), conduits: [c] }))).toEqual([]);
  });
});
