import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { REMOTE_ACCESS_CONTROLS, remoteAccessUnmanaged as rule } from './remote-access-unmanaged';

const zones = [
  zone('inet', 'external', { name: 'Internet' }),
  zone('ra', 'remote-access', { name: 'Remote access' }),
  zone('ctl', 'control', { name: 'Control' }),
];
const managed = [...REMOTE_ACCESS_CONTROLS];

describe(rule.id, () => {
  it('fires for remote access landing in a control zone, even with every control', () => {
    const c = conduit('c1', ['inet', 'ctl'], { name: 'Vendor', remoteAccess: true, controls: managed });
    const drafts = run(rule, model({ zones, conduits: [c] }));
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toBe(
      'Remote-access conduit "Vendor" lands directly in control-side zone "Control".',
    );
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'Vendor' }, { id: 'ctl', name: 'Control' });
  });

  it('fires for a service-provider conduit missing controls, naming them', () => {
    const c = conduit('c1', ['inet', 'ra'], { serviceProvider: true, controls: ['jump-host'] });
    expect(run(rule, model({ zones, conduits: [c] }))[0]!.message).toBe(
      'Service-provider conduit "Conduit c1" has no session-recording or access-approval.',
    );
  });

  it('combines both problems in one finding', () => {
    const c = conduit('c1', ['inet', 'ctl'], { remoteAccess: true });
    expect(run(rule, model({ zones, conduits: [c] }))[0]!.message).toContain(
      'lands directly in control-side zone "Control" and has no jump-host, session-recording or access-approval',
    );
  });

  it('stays silent for managed remote access ending in a remote-access zone', () => {
    const c = conduit('c1', ['inet', 'ra'], { remoteAccess: true, serviceProvider: true, controls: managed });
    expect(run(rule, model({ zones, conduits: [c] }))).toEqual([]);
  });

  it('stays silent for ordinary conduits into control zones', () => {
    expect(run(rule, model({ zones, conduits: [conduit('c1', ['ra', 'ctl'])] }))).toEqual([]);
  });
});
