import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../test-support/analysis-fixtures';
import { cellStatus, zoneCoverage } from './coverage';

describe('zoneCoverage', () => {
  const m = model(
    [
      zone('ctl', 'control', { slTarget: [3, 2, 2, 1, 3, 1, 2] }),
      zone('ops', 'operations'),
      zone('cell', 'control', { parentId: 'ctl', slTarget: 1 }),
    ],
    [
      conduit('c1', ['ops', 'ctl'], { slCapability: 2 }),
      conduit('c2', ['ctl', 'cell'], { slCapability: [3, 3, 3, 3, 1, 3, 3] }),
      conduit('c3', ['ctl', 'ops']),
    ],
    [
      asset('plc1', 'ctl', { slCapability: 2 }),
      asset('plc2', 'ctl', { slCapability: [3, 1, 3, 3, 3, 3, 3] }),
      asset('hmi', 'ctl'),
      asset('inner', 'cell', { slCapability: 0 }),
    ],
  );

  it('compares SL-T with the weakest asset and conduit SL-C per FR, naming who is weakest', () => {
    const row = zoneCoverage(m)[0]!;
    expect(row).toMatchObject({
      zone: 'ctl',
      assets: 3,
      assetsUnknown: 1,
      conduits: 3,
      conduitsUnknown: 1,
      worstGap: 2,
    });
    expect(row.cells.map((c) => [c.fr, c.target, c.asset, c.assetGap, c.conduit, c.conduitGap])).toEqual([
      ['IAC', 3, 2, 1, 2, 1],
      ['UC', 2, 1, 1, 2, 0],
      ['SI', 2, 2, 0, 2, 0],
      ['DC', 1, 2, 0, 2, 0],
      ['RDF', 3, 2, 1, 1, 2],
      ['TRE', 1, 2, 0, 2, 0],
      ['RA', 2, 2, 0, 2, 0],
    ]);
    expect(row.cells[1]).toMatchObject({ weakestAsset: 'plc2', weakestConduit: 'c1' });
    expect(row.cells[4]).toMatchObject({ weakestAsset: 'plc1', weakestConduit: 'c2' });
  });

  it('counts only a zone’s own assets, not those of nested zones', () => {
    const cell = zoneCoverage(m)[2]!;
    expect(cell).toMatchObject({ zone: 'cell', assets: 1, worstGap: 1 });
    expect(cell.cells[0]).toMatchObject({ target: 1, asset: 0, assetGap: 1, conduit: 3, conduitGap: 0 });
  });

  it('leaves gaps at 0 and the target out when the zone is not assessed', () => {
    const ops = zoneCoverage(m)[1]!;
    expect(ops.target).toBeUndefined();
    expect(ops.worstGap).toBe(0);
    expect(ops.cells[0]).toEqual({
      fr: 'IAC',
      assetUnknown: false,
      conduitUnknown: false,
      assetGap: 0,
      conduitGap: 0,
      achievedGap: 0,
      conduit: 2,
      weakestConduit: 'c1',
    });
  });

  it('counts a multi-zone conduit for each zone it joins', () => {
    const hub = model(
      [
        zone('a', 'control', { slTarget: 2 }),
        zone('b', 'control', { slTarget: 3 }),
        zone('c', 'control', { slTarget: 1 }),
      ],
      [conduit('hub', ['a', 'b', 'c'], { slCapability: 2 })],
    );
    expect(zoneCoverage(hub).map((r) => [r.zone, r.conduits, r.cells[0]!.conduitGap, r.worstGap])).toEqual([
      ['a', 1, 0, 0],
      ['b', 1, 1, 1],
      ['c', 1, 0, 0],
    ]);
  });
});

describe('zoneCoverage SL-A', () => {
  it('adds SL-A and its gap per FR where the zone has requirement statuses, and counts the gap as worst', () => {
    const m = {
      format: 'ot-zones' as const,
      version: 1 as const,
      meta: { name: 't' },
      zones: [
        {
          id: 'a',
          name: 'A',
          kind: 'control' as const,
          slTarget: 2,
          requirements: { 'SR 5.1': { status: 'met' as const } },
        },
        { id: 'b', name: 'B', kind: 'control' as const, slTarget: 2 },
      ],
      assets: [],
      conduits: [],
    };
    const [a, b] = zoneCoverage(m);
    expect(a!.cells[4]).toMatchObject({ fr: 'RDF', target: 2, achieved: 0, achievedGap: 2 });
    expect(a!.worstGap).toBe(2);
    expect(b!.cells[4]!.achieved).toBeUndefined();
    expect(b!.worstGap).toBe(0);
  });

  it('marks a cell unknown, not covered, when an asset of the zone has no SL-C', () => {
    const rows = zoneCoverage(
      model(
        [zone('z', 'control', { slTarget: 3 }), zone('z0', 'control', { slTarget: 0 })],
        [],
        [asset('rated', 'z', { slCapability: 3 }), asset('unrated', 'z'), asset('u0', 'z0')],
      ),
    );
    const [z, z0] = rows;
    expect(z!.worstGap).toBe(0);
    expect(z!.unknown).toBe(true);
    expect(z!.cells.map(cellStatus)).toEqual(Array(7).fill('unknown'));
    // SL-T 0 asks for nothing: an unknown capability cannot fall short of it.
    expect(z0!.unknown).toBe(false);
    expect(z0!.cells.map(cellStatus)).toEqual(Array(7).fill('covered'));
  });

  it('keeps a known shortfall as short even when another capability is unknown', () => {
    const [row] = zoneCoverage(
      model(
        [zone('z', 'control', { slTarget: 2 })],
        [],
        [asset('weak', 'z', { slCapability: 1 }), asset('u', 'z')],
      ),
    );
    expect(row!.cells.map(cellStatus)).toEqual(Array(7).fill('short'));
  });
});
