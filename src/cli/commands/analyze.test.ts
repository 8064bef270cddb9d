import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, scratch } from '../../../test-support/cli';

const PURDUE = 'src/samples/templates/purdue-reference.json';
const WATER = 'src/samples/templates/water-utility.json';
let tmp = scratch();
afterEach(() => {
  tmp.cleanup();
  tmp = scratch();
});

/** A small plant: IT → DMZ (firewall) → SCADA; SCADA → cell one-way; SCADA ↔ lab over a gateway. */
function plant() {
  return {
    format: 'ot-zones',
    version: 1,
    meta: { name: 'Small plant' },
    zones: [
      { id: 'it', name: 'Office', kind: 'enterprise' },
      { id: 'dmz', name: 'DMZ', kind: 'dmz' },
      { id: 'scada', name: 'SCADA', kind: 'supervisory' },
      { id: 'cell', name: 'Cell', kind: 'control' },
      { id: 'lab', name: 'Lab', kind: 'control' },
    ],
    assets: [{ id: 'plc', name: 'PLC', type: 'plc', zoneId: 'cell' }],
    conduits: [
      { id: 'c1', name: 'IT–DMZ', zoneIds: ['it', 'dmz'], type: 'filtering' },
      { id: 'c2', name: 'DMZ–SCADA', zoneIds: ['dmz', 'scada'], type: 'filtering' },
      { id: 'c3', name: 'SCADA→Cell', zoneIds: ['scada', 'cell'], type: 'gateway', direction: 'forward' },
      {
        id: 'c4',
        name: 'SCADA–Lab',
        zoneIds: ['scada', 'lab'],
        type: 'gateway',
        controls: ['island-mode'],
        flows: [{ from: 'lab', to: 'scada', protocol: 'OPC UA', port: 4840, description: 'Lab results' }],
      },
    ],
  };
}

async function expectUnusable(argv: string[], ...expected: Array<string | RegExp>) {
  const r = await runCli(argv);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  for (const e of expected) expect(r.stderr).toMatch(e);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

describe('ot-zones analyze reach', () => {
  it('prints the reachable zones as JSON, ordered by barriers then zone id, respecting direction', async () => {
    const file = tmp.file('plant.json', plant());
    const r = await runCli(['analyze', 'reach', file, '--from', 'dmz', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      from: 'dmz',
      reachable: [
        { zone: 'it', barriers: 1, path: ['dmz', 'it'] },
        { zone: 'scada', barriers: 1, path: ['dmz', 'scada'] },
        { zone: 'cell', barriers: 1, path: ['dmz', 'scada', 'cell'] },
        { zone: 'lab', barriers: 1, path: ['dmz', 'scada', 'lab'] },
      ].sort((a, b) => a.barriers - b.barriers || (a.zone < b.zone ? -1 : 1)),
    });
    // From the cell nothing is reachable: its only conduit points into it.
    const fromCell = JSON.parse((await runCli(['analyze', 'reach', file, '--from', 'cell'])).stdout);
    expect(fromCell).toEqual({ from: 'cell', reachable: [] });
  });

  it('starts from an asset’s zone and says which asset', async () => {
    const file = tmp.file('plant.json', plant());
    const r = JSON.parse((await runCli(['analyze', 'reach', file, '--from', 'plc'])).stdout);
    expect(r).toEqual({ from: 'cell', asset: 'plc', reachable: [] });
  });

  it('prints a readable table with --format text', async () => {
    const r = await runCli(['analyze', 'reach', WATER, '--from', 'z-pump-north', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Blast radius from Pumping station North \(z-pump-north\): \d+ zones reachable, \d+ not$/m,
    );
    // The shared MPLS conduit lets one outstation reach another behind a single barrier.
    expect(r.stdout).toMatch(
      /^ +1 {2}Reservoir East \(z-reservoir-east\) {2}\(Pumping station North → Reservoir East\)$/m,
    );
  });

  it('exits 2 with the JSON path when the file is not a valid model', async () => {
    const bad = plant();
    bad.conduits[1]!.zoneIds[1] = 'nowhere';
    const file = tmp.file('bad.json', bad);
    await expectUnusable(
      ['analyze', 'reach', file, '--from', 'dmz'],
      /conduits\[1\]\.zoneIds\[1\]: unknown zone "nowhere"/,
    );
    await expectUnusable(['analyze', 'reach', tmp.file('x.json', '{ nope'), '--from', 'a'], /x\.json: /);
    await expectUnusable(['analyze', 'reach', `${tmp.dir}/missing.json`, '--from', 'a'], /no such file/);
  });

  it('exits 2 for an unknown id and for a wrong command line', async () => {
    const file = tmp.file('plant.json', plant());
    await expectUnusable(['analyze', 'reach', file, '--from', 'zz'], /--from: no zone or asset has id "zz"/);
    await expectUnusable(
      ['analyze', 'reach', file],
      /missing --from/,
      /usage: ot-zones analyze reach FILE --from/,
    );
    await expectUnusable(
      ['analyze', 'reach', file, '--from', 'dmz', '--format', 'xml'],
      /--format must be one of json, text/,
    );
    await expectUnusable(['analyze', 'reach', file, '--to', 'dmz'], /--to does not apply to "analyze reach"/);
    await expectUnusable(['analyze', 'fly', file], /unknown analysis "fly"/);
    await expectUnusable(['analyze'], /missing the analysis/);
  });
});

describe('ot-zones analyze path', () => {
  it('finds the path from IT with the fewest barriers and names its conduits', async () => {
    const file = tmp.file('plant.json', plant());
    const r = JSON.parse((await runCli(['analyze', 'path', file, '--to', 'cell'])).stdout);
    expect(r).toEqual({
      to: 'cell',
      from: 'it',
      barriers: 2,
      path: ['it', 'dmz', 'scada', 'cell'],
      conduits: ['c1', 'c2', 'c3'],
      itZones: ['it'],
    });
  });

  it('reports null when no IT zone reaches the target, and prints the path as text', async () => {
    const r = JSON.parse((await runCli(['analyze', 'path', PURDUE, '--to', 'z-safety'])).stdout);
    expect(r).toMatchObject({ to: 'z-safety', from: null, barriers: null, path: null });
    const text = (await runCli(['analyze', 'path', PURDUE, '--to', 'z-control', '--format', 'text'])).stdout;
    expect(text).toMatch(/^Attack path to Basic process control \(z-control\): 3 filtering barriers$/m);
    expect(text).toMatch(
      /→ Supervisory control \(z-supervisory\) {2}via Jump host → Supervisory \(c-jump-supervisory\) {2}\[barrier\]/,
    );
  });
});

describe('ot-zones analyze contain', () => {
  it('writes a Markdown containment step by default', async () => {
    const file = tmp.file('plant.json', plant());
    const r = await runCli(['analyze', 'contain', file, '--zone', 'scada']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Containment step: isolate SCADA$/m);
    expect(r.stdout).toMatch(/on \d{4}-\d{2}-\d{2}\./);
    expect(r.stdout).toContain('| 3 | SCADA–Lab (c4) | Lab | gateway | yes | **no** | 1 | – |');
  });

  it('gives the data as JSON', async () => {
    const file = tmp.file('plant.json', plant());
    const r = JSON.parse(
      (await runCli(['analyze', 'contain', file, '--zone', 'scada', '--format', 'json'])).stdout,
    );
    expect(r.cut.map((c: { conduit: string }) => c.conduit)).toEqual(['c2', 'c3', 'c4']);
    expect(r.flows).toEqual([
      {
        conduit: 'c4',
        from: 'lab',
        to: 'scada',
        protocol: 'OPC UA',
        port: 4840,
        description: 'Lab results',
        direction: 'inbound',
      },
    ]);
    expect(r.islandReady).toBe(false);
    await expectUnusable(['analyze', 'contain', file, '--zone', 'plc'], /--zone: no zone has id "plc"/);
  });
});

describe('ot-zones analyze coverage', () => {
  it('prints SL-T against the weakest SL-C per FR, as text and JSON', async () => {
    const text = (await runCli(['analyze', 'coverage', PURDUE])).stdout;
    expect(text).toMatch(/^Supervisory control \(z-supervisory\)$/m);
    expect(text).toMatch(/^ {2}SL-T {4}( {3}[0-4] ){6} {3}[0-4]$/m);
    const data = JSON.parse((await runCli(['analyze', 'coverage', PURDUE, '--format', 'json'])).stdout);
    expect(data.frs).toEqual(['IAC', 'UC', 'SI', 'DC', 'RDF', 'TRE', 'RA']);
    const sup = data.zones.find((z: { zone: string }) => z.zone === 'z-supervisory');
    expect(sup.cells[0]).toMatchObject({ fr: 'IAC', target: 3, asset: 3, assetGap: 0 });
  });
});
