/** The real Zeek conn.log (shared/fixtures/traffic) through the domain's reader and comparison. */
import { describe, expect, it } from 'vitest';
import { compareFlows } from '../src/domain/traffic/compare';
import { readFlowLogText } from '../src/domain/traffic/flow-log';
import { trafficFixture } from './traffic-files';
import { trafficModel } from './traffic-fixtures';

describe('the real Zeek conn.log', () => {
  it('reads the real Zeek fixture: 9 records, aggregated per (src, dst, port, transport)', () => {
    const { summary, aggregator } = readFlowLogText(trafficFixture('zeek-modbus-conn.log'));
    expect(summary).toMatchObject({ format: 'zeek', records: 9, badLines: 0, problems: [] });
    const flows = aggregator.flows();
    expect(flows).toHaveLength(6);
    expect(flows.find((f) => f.src === '10.0.0.57' && f.dst === '10.0.0.3')).toMatchObject({
      port: 502,
      transport: 'tcp',
      count: 2,
      bytes: 112 + 138,
    });
    const long = flows.find((f) => f.src === '10.1.1.234')!;
    expect(long.firstSeen).toBeCloseTo(1342774499.588269);
    expect(long.lastSeen).toBeCloseTo(1342774499.588269 + 2100.811351);
  });
});

describe('the real Zeek fixture against its model', () => {
  it('gives the expected verdicts', () => {
    const { aggregator } = readFlowLogText(trafficFixture('zeek-modbus-conn.log'));
    const result = compareFlows(trafficModel(), aggregator.flows());
    expect(result.summary).toEqual({
      observed: 6,
      allowed: 3,
      violation: 2,
      intraZone: 1,
      unclassified: 0,
      unexercised: 1,
    });
    expect(result.flows.map((f) => [f.src, f.dst, f.port, f.verdict, f.count])).toEqual([
      ['192.168.66.235', '166.161.16.230', 502, 'violation', 2],
      ['10.0.0.8', '10.0.0.57', 4446, 'violation', 1],
      ['10.0.0.57', '10.0.0.3', 502, 'allowed', 2],
      ['10.0.0.57', '10.0.0.8', 502, 'allowed', 2],
      ['10.0.0.9', '10.0.0.3', 502, 'allowed', 1],
      ['10.1.1.234', '10.10.5.85', 502, 'intra-zone', 1],
    ]);
    expect(result.unexercised).toEqual([
      expect.objectContaining({ conduit: 'c-ops-ctl', protocol: 'OPC UA', port: 4840 }),
    ]);
  });
});
