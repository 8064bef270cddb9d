import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { unidirectionalReverseFlow as rule } from './unidirectional-reverse-flow';

const zones = [
  zone('sis', 'safety', { name: 'SIS' }),
  zone('ops', 'operations', { name: 'Ops' }),
  zone('dmz', 'dmz', { name: 'DMZ' }),
];
const fwd = { from: 'sis', to: 'ops', protocol: 'modbus-tcp', port: 502 } as const;
const back = { from: 'ops', to: 'sis', protocol: 'modbus-tcp', port: 502 } as const;

describe(rule.id, () => {
  it('fires for a unidirectional conduit with a flow back to its source', () => {
    const c = conduit('c1', ['sis', 'ops'], { name: 'Diode', type: 'unidirectional', flows: [fwd, back] });
    const drafts = run(rule, model({ zones, conduits: [c] }));
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toBe(
      'Conduit "Diode" is unidirectional from "SIS", but 1 flow runs against that direction: "Ops" → "SIS" modbus-tcp/502.',
    );
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'Diode' }, { id: 'sis', name: 'SIS' });
  });

  it('fires for a forward filtering conduit too', () => {
    const c = conduit('c1', ['sis', 'ops'], { direction: 'forward', flows: [back] });
    expect(run(rule, model({ zones, conduits: [c] }))[0]!.message).toContain('is forward-only from');
  });

  it('stays silent when every flow leaves the source zone', () => {
    const c = conduit('c1', ['sis', 'ops', 'dmz'], {
      type: 'unidirectional',
      flows: [fwd, { ...fwd, to: 'dmz' }],
    });
    expect(run(rule, model({ zones, conduits: [c] }))).toEqual([]);
  });

  it('flags a flow between two receiving zones of a multi-zone forward conduit', () => {
    const c = conduit('c1', ['sis', 'ops', 'dmz'], {
      type: 'unidirectional',
      flows: [{ from: 'ops', to: 'dmz', protocol: 'https' }],
    });
    expect(run(rule, model({ zones, conduits: [c] }))[0]!.message).toContain('"Ops" → "DMZ" https');
  });

  it('ignores direction on bidirectional conduits', () => {
    const c = conduit('c1', ['sis', 'ops'], { direction: 'bidirectional', flows: [back] });
    expect(run(rule, model({ zones, conduits: [c] }))).toEqual([]);
  });
});
