import { describe, expect, it } from 'vitest';
import { expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { zoneNetworkOverlap as rule } from './zone-network-overlap';

describe(rule.id, () => {
  it('fires when two zones list the same range (spelt differently)', () => {
    const m = model({
      zones: [
        zone('a', 'control', { name: 'Cell A', networks: ['10.1.1.0/24'] }),
        zone('b', 'control', { name: 'Cell B', networks: ['10.1.1.7/24'] }),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['a']);
    expect(drafts[0]!.message).toBe('Range 10.1.1.0/24 is listed by 2 zones: "Cell A" and "Cell B".');
    expectNamed(drafts[0]!.message, { id: 'a', name: 'Cell A' }, { id: 'b', name: 'Cell B' });
  });

  it('fires for IPv6 ranges too', () => {
    const m = model({
      zones: [
        zone('a', 'control', { networks: ['fd00:1::/64'] }),
        zone('b', 'dmz', { networks: ['fd00:1:0:0::/64'] }),
      ],
    });
    expect(subjects(run(rule, m))).toEqual(['a']);
  });

  it('stays silent for nested ranges (the most specific wins) and for distinct ranges', () => {
    const m = model({
      zones: [
        zone('site', 'operations', { networks: ['10.0.0.0/8'] }),
        zone('cell', 'control', { networks: ['10.1.1.0/24'] }),
        zone('v6', 'control', { networks: ['fd00:1::/64', '10.1.2.0/24'] }),
      ],
    });
    expect(run(rule, m)).toEqual([]);
  });
});
