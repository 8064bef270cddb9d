import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { untrustedConduitWithoutEncryption as rule } from './untrusted-conduit-without-encryption';

const zones = [zone('inet', 'external'), zone('ra', 'remote-access')];

describe(rule.id, () => {
  it('fires for an untrusted-network conduit with neither vpn nor encryption', () => {
    const c = conduit('c1', ['inet', 'ra'], {
      name: 'Internet',
      untrustedNetwork: true,
      controls: ['firewall', 'mfa'],
    });
    const drafts = run(rule, model({ zones, conduits: [c] }));
    expect(subjects(drafts)).toEqual(['c1']);
    expect(drafts[0]!.message).toBe(
      'Conduit "Internet" crosses an untrusted network without a VPN or encryption.',
    );
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'Internet' });
  });

  it('stays silent with a VPN, or with encryption', () => {
    const m = model({
      zones,
      conduits: [
        conduit('c1', ['inet', 'ra'], { untrustedNetwork: true, controls: ['vpn'] }),
        conduit('c2', ['inet', 'ra'], { untrustedNetwork: true, controls: ['encryption'] }),
      ],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('stays silent for conduits not marked untrusted', () => {
    expect(
      run(rule, model({ zones, conduits: [conduit('c1', ['inet', 'ra'], { untrustedNetwork: false })] })),
    ).toEqual([]);
  });
});
