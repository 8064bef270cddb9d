/** Each security-relevant change: one case where it fires, one where it must not. */
import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../../test-support/rule-model';
import type { Model } from '../../model/schema';
import { RISK_CHECKS, securityRisks } from '.';
import { levelsSkipped } from './flow-skips-levels';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const plant = (): Model =>
  model({
    zones: [
      zone('ent', 'enterprise'),
      zone('dmz', 'dmz', { slTarget: 2 }),
      zone('ctl', 'control', { slTarget: 3, purdueLevel: 2 }),
      zone('sis', 'safety', { slTarget: 3 }),
      zone('fld', 'field', { slTarget: 1 }),
    ],
    assets: [asset('plc', 'plc', 'ctl', { slCapability: 3 }), asset('sil', 'safety-plc', 'sis')],
    conduits: [
      conduit('it-dmz', ['ent', 'dmz'], { controls: ['firewall'], slTarget: 2, slCapability: 2 }),
      conduit('dmz-ctl', ['dmz', 'ctl'], {
        controls: ['firewall', 'ids'],
        flows: [{ from: 'dmz', to: 'ctl', protocol: 'opc-ua', port: 4840 }],
      }),
      conduit('ctl-sis', ['ctl', 'sis'], { type: 'unidirectional' }),
      conduit('ctl-fld', ['ctl', 'fld'], { direction: 'forward' }),
    ],
  });

/** The kinds of risk from the plant to the plant after `edit`. */
function kindsAfter(edit: (m: Model) => void, start = plant()): Array<[string, string]> {
  const after = clone(start);
  edit(after);
  return securityRisks(start, after).map((r) => [r.kind, r.subject.id]);
}

const setConduit = (m: Model, id: string, patch: Partial<Model['conduits'][number]>) => {
  m.conduits = m.conduits.map((c) => (c.id === id ? { ...c, ...patch } : c));
};
const setZone = (m: Model, id: string, patch: Partial<Model['zones'][number]>) => {
  m.zones = m.zones.map((z) => (z.id === id ? { ...z, ...patch } : z));
};

describe('security-relevant changes', () => {
  it('finds nothing between a model and itself', () => {
    expect(kindsAfter(() => undefined)).toEqual([]);
  });

  it('documents every kind with a title', () => {
    for (const c of RISK_CHECKS) expect(c.title.length).toBeGreaterThan(5);
  });

  describe('sl-target-lowered', () => {
    it('fires when a zone SL-T drops on one FR, or a conduit target is removed', () => {
      expect(kindsAfter((m) => setZone(m, 'ctl', { slTarget: [3, 3, 3, 3, 2, 3, 3] }))).toContainEqual([
        'sl-target-lowered',
        'ctl',
      ]);
      expect(kindsAfter((m) => setConduit(m, 'it-dmz', { slTarget: undefined }))).toContainEqual([
        'sl-target-lowered',
        'it-dmz',
      ]);
    });
    it('must not fire when the target rises', () => {
      expect(kindsAfter((m) => setZone(m, 'dmz', { slTarget: 3 }))).toEqual([]);
    });
  });

  describe('sl-capability-lowered', () => {
    it('fires for an asset and a conduit', () => {
      expect(kindsAfter((m) => (m.assets[0] = { ...m.assets[0]!, slCapability: 2 }))).toEqual([
        ['sl-capability-lowered', 'plc'],
      ]);
      expect(kindsAfter((m) => setConduit(m, 'it-dmz', { slCapability: 1 }))).toEqual([
        ['sl-capability-lowered', 'it-dmz'],
      ]);
    });
    it('must not fire when a capability is first assessed', () => {
      expect(kindsAfter((m) => (m.assets[1] = { ...m.assets[1]!, slCapability: 1 }))).toEqual([]);
    });
  });

  describe('conduit-weakened', () => {
    it('fires for unidirectional → filtering and forward → bidirectional', () => {
      expect(kindsAfter((m) => setConduit(m, 'ctl-sis', { type: 'filtering' }))).toContainEqual([
        'conduit-weakened',
        'ctl-sis',
      ]);
      expect(kindsAfter((m) => setConduit(m, 'ctl-fld', { direction: 'bidirectional' }))).toEqual([
        ['conduit-weakened', 'ctl-fld'],
      ]);
    });
    it('must not fire for filtering → unidirectional', () => {
      expect(kindsAfter((m) => setConduit(m, 'it-dmz', { type: 'unidirectional' }))).toEqual([]);
    });
  });

  describe('control-removed', () => {
    it('fires once per control taken off a conduit', () => {
      expect(kindsAfter((m) => setConduit(m, 'dmz-ctl', { controls: [] }))).toEqual([
        ['control-removed', 'dmz-ctl'],
        ['control-removed', 'dmz-ctl'],
      ]);
    });
    it('must not fire when the whole conduit is removed or a control is added', () => {
      expect(kindsAfter((m) => setConduit(m, 'it-dmz', { controls: ['firewall', 'vpn'] }))).toEqual([]);
      expect(
        kindsAfter((m) => (m.conduits = m.conduits.filter((c) => c.id !== 'ctl-fld'))).filter(
          ([k]) => k === 'control-removed',
        ),
      ).toEqual([]);
    });
  });

  describe('flow-any-port', () => {
    it('fires for a new flow open to any port; its subject is the conduit', () => {
      expect(
        kindsAfter((m) =>
          setConduit(m, 'dmz-ctl', {
            flows: [
              { from: 'dmz', to: 'ctl', protocol: 'opc-ua', port: 4840 },
              { from: 'dmz', to: 'ctl', protocol: 'tcp', port: 'any' },
            ],
          }),
        ),
        // The open flow also takes the firewall out of the barrier count (issue 18).
      ).toEqual(
        expect.arrayContaining([['flow-any-port', 'dmz-ctl'], expect.arrayContaining(['barriers-reduced'])]),
      );
    });
    it('must not fire for a new flow on one port', () => {
      expect(
        kindsAfter((m) =>
          setConduit(m, 'dmz-ctl', {
            flows: [
              { from: 'dmz', to: 'ctl', protocol: 'opc-ua', port: 4840 },
              { from: 'dmz', to: 'ctl', protocol: 'https', port: 443 },
            ],
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('flow-skips-levels', () => {
    it('counts the levels between two Purdue levels', () => {
      expect(levelsSkipped(4, 2)).toBe(2);
      expect(levelsSkipped(3.5, 2)).toBe(1);
      expect(levelsSkipped(1, 1)).toBe(0);
    });
    it('fires for a new flow from the DMZ (3.5) straight to the field (0)', () => {
      expect(
        kindsAfter((m) =>
          setConduit(m, 'dmz-ctl', {
            zoneIds: ['dmz', 'ctl', 'fld'],
            flows: [
              { from: 'dmz', to: 'ctl', protocol: 'opc-ua', port: 4840 },
              { from: 'dmz', to: 'fld', protocol: 'modbus', port: 502 },
            ],
          }),
        ),
      ).toEqual([['flow-skips-levels', 'dmz-ctl']]);
    });
    it('must not fire for a new flow between neighbouring levels', () => {
      expect(
        kindsAfter((m) =>
          setConduit(m, 'ctl-fld', {
            flows: [{ from: 'ctl', to: 'fld', protocol: 'profinet', port: 34964 }],
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('remote access, service provider, untrusted network', () => {
    it('fires when each is switched on, and for a new conduit with it on', () => {
      expect(
        kindsAfter((m) =>
          setConduit(m, 'it-dmz', { remoteAccess: true, serviceProvider: true, untrustedNetwork: true }),
        ),
      ).toEqual([
        ['remote-access-enabled', 'it-dmz'],
        ['service-provider-enabled', 'it-dmz'],
        ['untrusted-network-enabled', 'it-dmz'],
      ]);
      expect(
        kindsAfter((m) => m.conduits.push(conduit('vendor', ['ent', 'dmz'], { remoteAccess: true }))),
      ).toEqual([['remote-access-enabled', 'vendor']]);
    });
    it('must not fire when they are switched off or stay on', () => {
      const on = plant();
      setConduit(on, 'it-dmz', { remoteAccess: true });
      expect(kindsAfter((m) => setConduit(m, 'it-dmz', { name: 'Renamed' }), on)).toEqual([]);
      expect(kindsAfter((m) => setConduit(m, 'it-dmz', { remoteAccess: false }), on)).toEqual([]);
    });
  });

  describe('barriers-reduced', () => {
    it('fires when a firewall-less bypass reaches an SL-T 3 zone from IT', () => {
      expect(
        kindsAfter((m) => m.conduits.push(conduit('bypass', ['ent', 'ctl'], { type: 'gateway' }))),
      ).toContainEqual(['barriers-reduced', 'ctl']);
    });
    it('must not fire for a low-target zone, or when barriers are added', () => {
      expect(
        kindsAfter((m) => m.conduits.push(conduit('ent-fld', ['ent', 'fld'], { type: 'filtering' }))).filter(
          ([k]) => k === 'barriers-reduced',
        ),
      ).toEqual([]);
      expect(kindsAfter((m) => setConduit(m, 'ctl-fld', { type: 'unidirectional' }))).toEqual([]);
    });
  });

  describe('safety-zone-asset-added', () => {
    it('fires for an asset added to, or moved into, a safety zone', () => {
      expect(
        kindsAfter((m) => m.assets.push(asset('laptop', 'engineering-workstation', 'sis'))),
      ).toContainEqual(['safety-zone-asset-added', 'laptop']);
      expect(kindsAfter((m) => (m.assets[0] = { ...m.assets[0]!, zoneId: 'sis' }))).toContainEqual([
        'safety-zone-asset-added',
        'plc',
      ]);
    });
    it('must not fire for an asset added to a control zone', () => {
      expect(kindsAfter((m) => m.assets.push(asset('hmi', 'hmi', 'ctl')))).toEqual([]);
    });
  });

  describe('rule-weakened', () => {
    it('fires when a rule is disabled or downgraded', () => {
      expect(
        kindsAfter(
          (m) =>
            (m.policy = {
              rules: { 'zone-empty': { enabled: false }, 'conduit-flow-any': { severity: 'info' } },
            }),
        ),
      ).toEqual([
        ['rule-weakened', 'conduit-flow-any'],
        ['rule-weakened', 'zone-empty'],
      ]);
    });
    it('must not fire when a rule is upgraded or an unknown rule is disabled', () => {
      expect(
        kindsAfter(
          (m) =>
            (m.policy = {
              rules: { 'zone-empty': { severity: 'error' }, 'no-such-rule': { enabled: false } },
            }),
        ),
      ).toEqual([]);
    });
  });
});
