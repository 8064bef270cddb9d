import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { itToControlWithoutDmz as rule } from './it-to-control-without-dmz';

const zones = [
  zone('ent', 'enterprise', { name: 'Enterprise' }),
  zone('dmz', 'dmz', { name: 'DMZ' }),
  zone('ops', 'operations', { name: 'Operations' }),
  zone('sup', 'supervisory', { name: 'SCADA' }),
];

describe(rule.id, () => {
  it('fires when one conduit joins an enterprise zone to a supervisory zone', () => {
    const drafts = run(rule, model({ zones, conduits: [conduit('c1', ['ent', 'sup'])] }));
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toBe(
      'Conduit "Conduit c1" joins IT-side "Enterprise" directly to control-side "SCADA".',
    );
    expectNamed(
      drafts[0]!.message,
      { id: 'c1', name: 'Conduit c1' },
      { id: 'ent', name: 'Enterprise' },
      { id: 'sup', name: 'SCADA' },
    );
  });

  it('stays silent for IT → DMZ and DMZ → supervisory', () => {
    expect(
      run(rule, model({ zones, conduits: [conduit('c1', ['ent', 'dmz']), conduit('c2', ['dmz', 'sup'])] })),
    ).toEqual([]);
  });

  it('stays silent for operations (Purdue 3) to supervisory', () => {
    expect(run(rule, model({ zones, conduits: [conduit('c1', ['ops', 'sup'])] }))).toEqual([]);
  });

  it('uses Purdue levels as well as kinds', () => {
    const z = [zone('cloud', 'dmz', { purdueLevel: 5 }), zone('cell', 'operations', { purdueLevel: 2 })];
    expect(subjects(run(rule, model({ zones: z, conduits: [conduit('c1', ['cloud', 'cell'])] })))).toEqual([
      'c1',
    ]);
  });

  it('fires for a multi-zone conduit that includes a DMZ but also both sides', () => {
    const drafts = run(rule, model({ zones, conduits: [conduit('c1', ['dmz', 'ent', 'sup'])] }));
    expect(subjects(drafts)).toEqual(['c1']);
  });
});
