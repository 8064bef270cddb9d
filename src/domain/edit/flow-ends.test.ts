import { describe, expect, it } from 'vitest';
import type { Model } from '../model/schema';
import { reverseFlow, setFlowEnd } from './flow-ends';

const model = (zoneIds: string[]): Model => ({
  format: 'ot-zones',
  version: 1,
  meta: { name: 'm' },
  zones: ['ctl', 'dmz', 'ops'].map((id) => ({ id, name: id, kind: 'control' as const })),
  assets: [],
  conduits: [
    {
      id: 'c',
      name: 'c',
      zoneIds,
      type: 'filtering',
      flows: [{ from: 'dmz', to: 'ctl', protocol: 'OPC UA' }],
    },
  ],
});
const flow = (m: Model) => m.conduits[0]!.flows![0]!;

describe('setFlowEnd', () => {
  it('on a two-zone conduit, moves the other end to the other zone (Control → DMZ historian push)', () => {
    const m = setFlowEnd(model(['dmz', 'ctl']), 'c', 0, 'from', 'ctl');
    expect(flow(m)).toMatchObject({ from: 'ctl', to: 'dmz', protocol: 'OPC UA' });
    expect(flow(setFlowEnd(model(['dmz', 'ctl']), 'c', 0, 'to', 'dmz'))).toMatchObject({
      from: 'ctl',
      to: 'dmz',
    });
  });

  it('on a conduit joining three zones, swaps the ends when they would meet, else changes only one end', () => {
    expect(flow(setFlowEnd(model(['dmz', 'ctl', 'ops']), 'c', 0, 'from', 'ctl'))).toMatchObject({
      from: 'ctl',
      to: 'dmz',
    });
    expect(flow(setFlowEnd(model(['dmz', 'ctl', 'ops']), 'c', 0, 'from', 'ops'))).toMatchObject({
      from: 'ops',
      to: 'ctl',
    });
  });

  it('still refuses a zone the conduit does not join', () => {
    expect(() => setFlowEnd(model(['dmz', 'ctl']), 'c', 0, 'from', 'ops')).toThrow(/not joined/);
  });
});

describe('reverseFlow', () => {
  it('swaps from and to and keeps the rest', () => {
    expect(flow(reverseFlow(model(['dmz', 'ctl']), 'c', 0))).toEqual({
      from: 'ctl',
      to: 'dmz',
      protocol: 'OPC UA',
    });
  });
});
