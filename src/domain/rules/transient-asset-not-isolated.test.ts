import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { transientAssetNotIsolated as rule } from './transient-asset-not-isolated';

describe(rule.id, () => {
  it('flags each temporarily connected asset sharing a zone with permanent ones', () => {
    const m = model({
      zones: [zone('eng', 'supervisory', { name: 'Engineering' })],
      assets: [
        asset('lap1', 'maintenance-laptop', 'eng', { name: 'Laptop 1' }),
        asset('lap2', 'maintenance-laptop', 'eng', { name: 'Laptop 2' }),
        asset('ews', 'engineering-workstation', 'eng', { name: 'EWS' }),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['lap1', 'lap2']);
    expect(drafts[0]!.message).toBe(
      'Temporarily connected asset "Laptop 1" shares zone "Engineering" with 1 permanently connected asset: "EWS".',
    );
    expectNamed(
      drafts[0]!.message,
      { id: 'lap1', name: 'Laptop 1' },
      { id: 'eng', name: 'Engineering' },
      { id: 'ews', name: 'EWS' },
    );
  });

  it('stays silent for a zone holding only temporarily connected assets', () => {
    const m = model({
      zones: [zone('eng', 'supervisory')],
      assets: [asset('lap1', 'maintenance-laptop', 'eng'), asset('x', 'hmi', 'eng', { transient: true })],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('respects explicit flags over catalog defaults', () => {
    const m = model({
      zones: [zone('eng', 'supervisory')],
      assets: [
        asset('lap1', 'maintenance-laptop', 'eng', { transient: false }),
        asset('ews', 'engineering-workstation', 'eng'),
      ],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('does not count assets of a nested zone as sharing the zone', () => {
    const m = model({
      zones: [zone('eng', 'supervisory'), zone('bench', 'supervisory', { parentId: 'eng' })],
      assets: [asset('ews', 'engineering-workstation', 'eng'), asset('lap1', 'maintenance-laptop', 'bench')],
    });
    expect(run(rule, m)).toEqual([]);
  });
});
