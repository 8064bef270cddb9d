import { describe, expect, it } from 'vitest';
import { conduit, model, zone } from '../../../test-support/rule-model';
import { compareFlows } from './compare';
import { trafficOverlay } from './zone-pairs';

const zones = [
  zone('a', 'supervisory', { networks: ['10.0.1.0/24'] }),
  zone('b', 'control', { networks: ['10.0.2.0/24'] }),
];
const obs = (src: string, dst: string, port: number, count: number) => ({
  src,
  dst,
  port,
  transport: 'tcp',
  count,
  bytes: 0,
});

describe('traffic per zone pair', () => {
  const m = model({
    zones,
    conduits: [
      conduit('c', ['a', 'b'], {
        flows: [
          { from: 'a', to: 'b', protocol: 'Modbus/TCP' },
          { from: 'a', to: 'b', protocol: 'SSH' },
        ],
      }),
    ],
  });
  const data = trafficOverlay(
    compareFlows(m, [
      obs('10.0.1.1', '10.0.2.1', 502, 4),
      obs('10.0.2.1', '10.0.1.1', 80, 2),
      obs('10.0.2.2', '10.0.1.1', 81, 3),
    ]),
  );

  it('sums violations per directed zone pair', () => {
    expect(data.violations.map((v) => [v.key, v.count, v.flows.length])).toEqual([['b|a', 5, 2]]);
  });

  it('weighs allowed traffic on its conduit and counts unexercised flows; nothing for an idle conduit', () => {
    expect([...data.allowedByConduit]).toEqual([['c', 4]]);
    expect([...data.unexercisedByConduit]).toEqual([['c', 1]]);
    const idle = trafficOverlay(compareFlows(m, []));
    expect(idle.violations).toEqual([]);
    expect(idle.allowedByConduit.size).toBe(0);
  });
});
