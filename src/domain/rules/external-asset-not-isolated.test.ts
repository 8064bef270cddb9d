import { describe, expect, it } from 'vitest';
import { asset, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { externalAssetNotIsolated as rule } from './external-asset-not-isolated';

describe(rule.id, () => {
  it('flags a cellular modem in a zone with internal assets', () => {
    const m = model({
      zones: [zone('rtu', 'control', { name: 'Outstation' })],
      assets: [
        asset('modem', 'cellular-modem', 'rtu', { name: '4G modem' }),
        asset('r1', 'rtu', 'rtu', { name: 'RTU-1' }),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['modem']);
    expect(drafts[0]!.message).toBe(
      'Externally reached asset "4G modem" shares zone "Outstation" with 1 internal asset: "RTU-1".',
    );
    expectNamed(
      drafts[0]!.message,
      { id: 'modem', name: '4G modem' },
      { id: 'rtu', name: 'Outstation' },
      { id: 'r1', name: 'RTU-1' },
    );
  });

  it('stays silent when the modem has a zone of its own', () => {
    const m = model({
      zones: [zone('wan', 'remote-access'), zone('rtu', 'control')],
      assets: [asset('modem', 'cellular-modem', 'wan'), asset('r1', 'rtu', 'rtu')],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('honours an explicit externalNetwork: false on a catalog-external type', () => {
    const m = model({
      zones: [zone('ops', 'operations')],
      assets: [
        asset('cloud', 'cloud-service', 'ops', { externalNetwork: false }),
        asset('h', 'historian', 'ops'),
      ],
    });
    expect(run(rule, m)).toEqual([]);
  });
});
