import { describe, expect, it } from 'vitest';
import { conduit, model, zone } from '../../../test-support/rule-model';
import { compareFlows, REFERENCES } from './compare';
import type { ObservedFlow } from './records';

const obs = (src: string, dst: string, port: number, transport = 'tcp', count = 1): ObservedFlow => ({
  src,
  dst,
  port,
  transport,
  count,
  bytes: 0,
});

const zones = [
  zone('ops', 'supervisory', { name: 'Ops', networks: ['10.0.1.0/24'] }),
  zone('ctl', 'control', { name: 'Ctl', networks: ['10.0.2.0/24'] }),
  zone('ent', 'enterprise', { name: 'Ent', networks: ['10.0.3.0/24'] }),
];
const opsCtl = (extra = {}) =>
  conduit('c1', ['ops', 'ctl'], {
    name: 'Ops-Ctl',
    flows: [{ from: 'ops', to: 'ctl', protocol: 'Modbus/TCP' }],
    ...extra,
  });

const verdictOf = (m: ReturnType<typeof model>, o: ObservedFlow) => compareFlows(m, [o]).flows[0]!;

describe('verdicts', () => {
  it('allowed: a documented flow in the initiator → responder direction, port from the protocol catalog', () => {
    const v = verdictOf(model({ zones, conduits: [opsCtl()] }), obs('10.0.1.5', '10.0.2.9', 502));
    expect(v).toMatchObject({
      verdict: 'allowed',
      conduit: 'c1',
      srcZone: 'ops',
      dstZone: 'ctl',
      documented: 0,
    });
    expect(v.reason).toBe('Documented on conduit "Ops-Ctl": Modbus/TCP 502/tcp from "Ops" to "Ctl".');
  });

  it("a documented flow's explicit port wins over the catalog's", () => {
    const m = model({
      zones,
      conduits: [opsCtl({ flows: [{ from: 'ops', to: 'ctl', protocol: 'Modbus/TCP', port: 5020 }] })],
    });
    expect(verdictOf(m, obs('10.0.1.5', '10.0.2.9', 5020)).verdict).toBe('allowed');
    expect(verdictOf(m, obs('10.0.1.5', '10.0.2.9', 502)).verdict).toBe('violation');
  });

  it('transport must match: Modbus/TCP does not allow 502/udp; "any" allows every port', () => {
    expect(
      verdictOf(model({ zones, conduits: [opsCtl()] }), obs('10.0.1.5', '10.0.2.9', 502, 'udp')).verdict,
    ).toBe('violation');
    const any = model({
      zones,
      conduits: [opsCtl({ flows: [{ from: 'ops', to: 'ctl', protocol: 'any', port: 'any' }] })],
    });
    expect(verdictOf(any, obs('10.0.1.5', '10.0.2.9', 9999, 'udp')).verdict).toBe('allowed');
  });

  it('violation: no conduit joins the zones', () => {
    const v = verdictOf(model({ zones, conduits: [opsCtl()] }), obs('10.0.3.5', '10.0.2.9', 502));
    expect(v).toMatchObject({ verdict: 'violation', conduit: null, reference: REFERENCES.noConduit });
    expect(v.reason).toBe('No conduit joins "Ent" and "Ctl".');
  });

  it('violation: wrong port, naming what is documented', () => {
    const v = verdictOf(model({ zones, conduits: [opsCtl()] }), obs('10.0.1.5', '10.0.2.9', 3389));
    expect(v).toMatchObject({ verdict: 'violation', conduit: 'c1', reference: REFERENCES.undocumented });
    expect(v.reason).toBe(
      'Port 3389/tcp (RDP) is not documented from "Ops" to "Ctl" on conduit "Ops-Ctl" (documented: Modbus/TCP 502/tcp).',
    );
  });

  it('violation: wrong direction (the responder side opens the connection)', () => {
    const v = verdictOf(model({ zones, conduits: [opsCtl()] }), obs('10.0.2.9', '10.0.1.5', 502));
    expect(v.verdict).toBe('violation');
    expect(v.reason).toMatch(/^Wrong direction: conduit "Ops-Ctl" documents Modbus\/TCP 502\/tcp from "Ops"/);
  });

  it('violation: traffic against a one-way conduit, even when a flow is documented that way', () => {
    const m = model({
      zones,
      conduits: [
        conduit('d1', ['ctl', 'ent'], {
          name: 'Diode',
          type: 'unidirectional',
          flows: [{ from: 'ent', to: 'ctl', protocol: 'HTTPS' }],
        }),
      ],
    });
    const v = verdictOf(m, obs('10.0.3.5', '10.0.2.9', 443));
    expect(v).toMatchObject({ verdict: 'violation', conduit: 'd1', reference: REFERENCES.oneWay });
    expect(v.reason).toContain('runs against one-way conduit "Diode"');
    // …and the forward direction with a documented flow is allowed
    const forward = model({
      zones,
      conduits: [
        conduit('d1', ['ctl', 'ent'], {
          type: 'unidirectional',
          flows: [{ from: 'ctl', to: 'ent', protocol: 'HTTPS' }],
        }),
      ],
    });
    expect(verdictOf(forward, obs('10.0.2.9', '10.0.3.5', 443)).verdict).toBe('allowed');
  });

  it('violation: a joining conduit with no flow in that direction', () => {
    const v = verdictOf(
      model({ zones, conduits: [opsCtl({ flows: [] })] }),
      obs('10.0.1.5', '10.0.2.9', 502),
    );
    expect(v.reason).toBe(
      'Conduit "Ops-Ctl" documents no flow from "Ops" to "Ctl" (observed 502/tcp (Modbus/TCP)).',
    );
  });

  it('intra-zone and unclassified', () => {
    const m = model({ zones, conduits: [opsCtl()] });
    expect(verdictOf(m, obs('10.0.1.5', '10.0.1.6', 502))).toMatchObject({
      verdict: 'intra-zone',
      conduit: null,
    });
    const u = verdictOf(m, obs('10.0.1.5', '8.8.8.8', 53, 'udp'));
    expect(u).toMatchObject({
      verdict: 'unclassified',
      srcZone: 'ops',
      dstZone: null,
      reference: REFERENCES.unclassified,
    });
    expect(u.reason).toBe("8.8.8.8 is in no zone's range and listed by no asset.");
  });
});

describe('unexercised flows', () => {
  it('lists documented flows no traffic matched, between zones traffic can be mapped to', () => {
    const m = model({
      zones: [...zones, zone('dark', 'control')],
      conduits: [
        opsCtl({
          flows: [
            { from: 'ops', to: 'ctl', protocol: 'Modbus/TCP' },
            { from: 'ops', to: 'ctl', protocol: 'SSH' },
          ],
        }),
        conduit('c2', ['ops', 'dark'], { flows: [{ from: 'ops', to: 'dark', protocol: 'RDP' }] }),
      ],
    });
    const result = compareFlows(m, [obs('10.0.1.5', '10.0.2.9', 502)]);
    expect(result.unexercised).toEqual([
      expect.objectContaining({
        conduit: 'c1',
        index: 1,
        from: 'ops',
        to: 'ctl',
        protocol: 'SSH',
        port: null,
        reference: REFERENCES.unexercised,
      }),
    ]);
  });

  it('a used flow is not unexercised', () => {
    const result = compareFlows(model({ zones, conduits: [opsCtl()] }), [obs('10.0.1.5', '10.0.2.9', 502)]);
    expect(result.unexercised).toEqual([]);
  });
});
