import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { untrustedAccessWithoutMfa as rule } from './untrusted-access-without-mfa';

const zones = (iac: number) => [
  zone('inet', 'external'),
  zone('ra', 'remote-access', { slTarget: [iac, 2, 2, 2, 2, 2, 2] }),
];

describe(rule.id, () => {
  it('fires for remote access with an effective IAC target of 3 and no MFA', () => {
    const c = conduit('c1', ['inet', 'ra'], { name: 'Vendor VPN', remoteAccess: true, controls: ['vpn'] });
    const drafts = run(rule, model({ zones: zones(3), conduits: [c] }));
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toBe(
      'Conduit "Vendor VPN" carries remote access with an IAC target of 3 but has no MFA (required from IAC 3).',
    );
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'Vendor VPN' });
  });

  it('fires for an untrusted network conduit as well', () => {
    const c = conduit('c1', ['inet', 'ra'], { untrustedNetwork: true });
    expect(run(rule, model({ zones: zones(4), conduits: [c] }))[0]!.message).toContain(
      'crosses an untrusted network',
    );
  });

  it('stays silent at IAC 2', () => {
    const c = conduit('c1', ['inet', 'ra'], { remoteAccess: true });
    expect(run(rule, model({ zones: zones(2), conduits: [c] }))).toEqual([]);
  });

  it('stays silent with mfa, or for a trusted, non-remote conduit', () => {
    const m = model({
      zones: zones(3),
      conduits: [
        conduit('c1', ['inet', 'ra'], { remoteAccess: true, controls: ['mfa'] }),
        conduit('c2', ['inet', 'ra']),
      ],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it("lets the conduit's own target decide", () => {
    const c = conduit('c1', ['inet', 'ra'], { remoteAccess: true, slTarget: 2 });
    expect(run(rule, model({ zones: zones(4), conduits: [c] }))).toEqual([]);
  });
});
