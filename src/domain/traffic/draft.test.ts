import { describe, expect, it } from 'vitest';
import { conduit, model, zone } from '../../../test-support/rule-model';
import { compareFlows } from './compare';
import { applyProposals, draftFromTraffic, proposalForFlow } from './draft';
import type { ObservedFlow } from './records';

const obs = (src: string, dst: string, port: number, count = 1, transport = 'tcp'): ObservedFlow => ({
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

describe('draft conduits from traffic', () => {
  const m = model({
    zones,
    conduits: [
      conduit('c1', ['ops', 'ctl'], { flows: [{ from: 'ops', to: 'ctl', protocol: 'Modbus/TCP' }] }),
    ],
  });
  const traffic = [
    obs('10.0.1.5', '10.0.2.9', 502, 10), // allowed: no proposal
    obs('10.0.1.5', '10.0.2.9', 4840, 3), // undocumented port on c1
    obs('10.0.3.7', '10.0.1.5', 443, 5), // no conduit: new one
    obs('10.0.3.8', '10.0.1.5', 443, 2), // same flow between zones: summed
    obs('10.0.1.5', '10.0.1.6', 22), // intra-zone: nothing
    obs('10.0.1.5', '8.8.8.8', 53, 1, 'udp'), // unclassified: nothing
  ];
  const proposals = draftFromTraffic(m, compareFlows(m, traffic));

  it('proposes flows on the joining conduit and new conduits for unjoined zones, largest first', () => {
    expect(proposals).toEqual([
      {
        key: 'new:ent|ops',
        kind: 'new-conduit',
        zoneIds: ['ent', 'ops'],
        direction: 'forward',
        flows: [{ from: 'ent', to: 'ops', protocol: 'HTTPS', port: 443, transport: 'tcp', count: 7 }],
        count: 7,
      },
      {
        key: 'conduit:c1',
        kind: 'add-flows',
        conduitId: 'c1',
        zoneIds: ['ops', 'ctl'],
        flows: [{ from: 'ops', to: 'ctl', protocol: 'OPC UA', port: 4840, transport: 'tcp', count: 3 }],
        count: 3,
      },
    ]);
  });

  it('accepted proposals make the traffic allowed (one edit), untouched parts keep their identity', () => {
    const next = applyProposals(m, proposals);
    expect(next.conduits).toHaveLength(2);
    const added = next.conduits[1]!;
    expect(added).toMatchObject({
      zoneIds: ['ent', 'ops'],
      type: 'filtering',
      direction: 'forward',
      name: 'Ent → Ops',
    });
    expect(next.zones).toBe(m.zones);
    const after = compareFlows(next, traffic);
    expect(after.summary.violation).toBe(0);
    // applying the same proposal twice adds no duplicate flow
    expect(applyProposals(next, [proposals[1]!]).conduits[0]!.flows).toHaveLength(2);
  });

  it('nothing to propose when all traffic is documented', () => {
    expect(draftFromTraffic(m, compareFlows(m, [obs('10.0.1.5', '10.0.2.9', 502)]))).toEqual([]);
  });

  it('a one-way conduit the other way gets a new conduit, not a reverse flow', () => {
    const diode = model({ zones, conduits: [conduit('d1', ['ctl', 'ent'], { type: 'unidirectional' })] });
    const v = compareFlows(diode, [obs('10.0.3.7', '10.0.2.9', 443)]).flows[0]!;
    expect(proposalForFlow(diode, v)).toMatchObject({ kind: 'new-conduit', zoneIds: ['ent', 'ctl'] });
    const forward = compareFlows(diode, [obs('10.0.2.9', '10.0.3.7', 443)]).flows[0]!;
    expect(proposalForFlow(diode, forward)).toMatchObject({ kind: 'add-flows', conduitId: 'd1' });
  });
});
