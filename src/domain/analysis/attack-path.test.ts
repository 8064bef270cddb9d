import { describe, expect, it } from 'vitest';
import { conduit, model, zone } from '../../../test-support/analysis-fixtures';
import { attackPath, criticalZones } from './attack-path';

/** Enterprise → DMZ → operations → control, each behind a firewall, plus a remote-access shortcut. */
function plant(extra: Parameters<typeof conduit>[] = []) {
  return model(
    [
      zone('ent', 'enterprise'),
      zone('inet', 'external'),
      zone('dmz', 'dmz'),
      zone('ops', 'operations'),
      zone('ctl', 'control', { slTarget: 3 }),
      zone('sis', 'safety'),
      zone('ra', 'remote-access'),
    ],
    [
      conduit('ent-dmz', ['ent', 'dmz'], { type: 'filtering' }),
      conduit('dmz-ops', ['dmz', 'ops'], { type: 'filtering' }),
      conduit('ops-ctl', ['ops', 'ctl'], { type: 'filtering' }),
      conduit('ctl-sis', ['ctl', 'sis'], { type: 'unidirectional' }),
      ...extra.map((args) => conduit(...args)),
    ],
  );
}

function found(m: ReturnType<typeof model>, target: string) {
  const r = attackPath(m, target);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('attackPath', () => {
  it('finds the path from an IT-side zone with the fewest barriers', () => {
    const r = found(plant(), 'ctl');
    expect(r.itZones).toEqual(['ent', 'inet']);
    expect(r.path).toMatchObject({
      entry: 'ent',
      target: 'ctl',
      barriers: 3,
      path: ['ent', 'dmz', 'ops', 'ctl'],
    });
    expect(r.path!.steps.map((s) => s.conduit)).toEqual(['ent-dmz', 'dmz-ops', 'ops-ctl']);
  });

  it('prefers a shortcut that crosses fewer barriers, from whichever IT zone offers it', () => {
    const m = plant([
      ['inet-ra', ['inet', 'ra'], { controls: ['vpn'] }],
      ['ra-ctl', ['ra', 'ctl'], { controls: ['jump-host'] }],
    ]);
    expect(found(m, 'ctl').path).toMatchObject({ entry: 'inet', barriers: 0, path: ['inet', 'ra', 'ctl'] });
  });

  it('respects direction: a diode pointing away from the target blocks the path', () => {
    expect(found(plant(), 'sis').path).toMatchObject({
      barriers: 4,
      path: ['ent', 'dmz', 'ops', 'ctl', 'sis'],
    });
    const reversed = plant();
    reversed.conduits[3] = conduit('ctl-sis', ['sis', 'ctl'], { type: 'unidirectional' });
    expect(found(reversed, 'sis').path).toBeNull();
  });

  it('crosses multi-zone conduits', () => {
    const m = model(
      [zone('ent', 'enterprise'), zone('dmz', 'dmz'), zone('ctl', 'control')],
      [conduit('core', ['ent', 'dmz', 'ctl'], { type: 'filtering' })],
    );
    expect(found(m, 'ctl').path).toMatchObject({ barriers: 1, path: ['ent', 'ctl'] });
  });

  it('reaches a nested zone that shares its parent boundary', () => {
    const m = model(
      [zone('ent', 'enterprise'), zone('area', 'supervisory'), zone('cell', 'control', { parentId: 'area' })],
      [conduit('e-a', ['ent', 'area'], { type: 'filtering' })],
    );
    expect(found(m, 'cell').path).toMatchObject({ barriers: 1, path: ['ent', 'area', 'cell'] });
  });

  it('stays finite on cycles of conduits', () => {
    const m = model(
      [zone('ent', 'enterprise'), zone('a'), zone('b')],
      [conduit('1', ['ent', 'a'], { type: 'filtering' }), conduit('2', ['a', 'b']), conduit('3', ['b', 'a'])],
    );
    expect(found(m, 'b').path).toMatchObject({ barriers: 1, path: ['ent', 'a', 'b'] });
  });

  it('gives a zero-length path for a target that is itself IT-side, and null without IT zones', () => {
    expect(found(plant(), 'ent').path).toMatchObject({ entry: 'ent', barriers: 0, path: ['ent'], steps: [] });
    const noIt = model([zone('a'), zone('b')], [conduit('ab', ['a', 'b'])]);
    expect(found(noIt, 'b')).toEqual({ ok: true, path: null, itZones: [] });
  });

  it('treats a zone placed at Purdue level 4 as IT-side whatever its kind', () => {
    const m = model(
      [zone('corp-ops', 'operations', { purdueLevel: 4 }), zone('ctl')],
      [conduit('x', ['corp-ops', 'ctl'])],
    );
    expect(found(m, 'ctl').path).toMatchObject({ entry: 'corp-ops', barriers: 0 });
  });

  it('rejects an unknown target', () => {
    expect(attackPath(plant(), 'zz')).toEqual({ ok: false, message: 'no zone has id "zz"' });
  });
});

describe('criticalZones', () => {
  it('lists safety zones and zones with SL-T 3 or more on any FR', () => {
    const m = model([
      zone('a', 'control', { slTarget: 2 }),
      zone('b', 'control', { slTarget: [1, 1, 3, 1, 1, 1, 1] }),
      zone('c', 'safety'),
      zone('d', 'control', { slTarget: 4 }),
    ]);
    expect(criticalZones(m)).toEqual(['b', 'c', 'd']);
  });
});
