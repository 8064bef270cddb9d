import { describe, expect, it } from 'vitest';
import { containment } from './containment';
import { conduit, flow, model, zone } from './test-fixtures';

function isolate(m: ReturnType<typeof model>, zoneId: string) {
  const r = containment(m, zoneId);
  if (!r.ok) throw new Error(r.message);
  return r.result;
}

describe('containment', () => {
  const plant = () =>
    model(
      [
        zone('ops', 'operations'),
        zone('scada', 'supervisory'),
        zone('ctl', 'control'),
        zone('ra', 'remote-access'),
        zone('ent', 'enterprise'),
      ],
      [
        conduit('ops-scada', ['ops', 'scada'], {
          type: 'filtering',
          controls: ['firewall', 'fail-close'],
          flows: [flow('scada', 'ops', 'opc-ua', 4840), flow('ops', 'scada', 'rdp', 3389)],
        }),
        conduit('scada-ctl', ['scada', 'ctl'], {
          controls: ['island-mode'],
          flows: [flow('scada', 'ctl', 'modbus-tcp', 502)],
        }),
        conduit('ra-scada', ['ra', 'scada'], { remoteAccess: true, controls: ['jump-host'] }),
        conduit('ent-ops', ['ent', 'ops'], { flows: [flow('ops', 'ent', 'https', 443)] }),
      ],
    );

  it('lists the conduits to cut, remote access first, with island mode and fail close', () => {
    const r = isolate(plant(), 'scada');
    expect(r.cut.map((c) => [c.conduit, c.islandMode, c.failClose, c.priority ?? null])).toEqual([
      ['ra-scada', false, false, 'remote access path'],
      ['ops-scada', false, true, null],
      ['scada-ctl', true, false, null],
    ]);
    expect(r.islandReady).toBe(false);
    expect(r.undocumented).toEqual(['ra-scada']);
    expect(r.cut.find((c) => c.conduit === 'ops-scada')).toMatchObject({
      outside: ['ops'],
      flowsLost: 2,
      partial: false,
    });
  });

  it('lists the flows that stop with their direction, and the dependent zones', () => {
    const r = isolate(plant(), 'scada');
    expect(r.flows).toEqual([
      {
        conduit: 'ops-scada',
        from: 'scada',
        to: 'ops',
        protocol: 'opc-ua',
        port: 4840,
        direction: 'outbound',
      },
      { conduit: 'ops-scada', from: 'ops', to: 'scada', protocol: 'rdp', port: 3389, direction: 'inbound' },
      {
        conduit: 'scada-ctl',
        from: 'scada',
        to: 'ctl',
        protocol: 'modbus-tcp',
        port: 502,
        direction: 'outbound',
      },
    ]);
    expect(r.dependents).toEqual([
      { zone: 'ctl', receives: 1, sends: 0 },
      { zone: 'ops', receives: 1, sends: 1 },
    ]);
    expect(r.losingData).toEqual(['ctl', 'ops']);
  });

  it('reports island readiness when every cut conduit supports island mode', () => {
    const r = isolate(plant(), 'ctl');
    expect(r.cut.map((c) => c.conduit)).toEqual(['scada-ctl']);
    expect(r.islandReady).toBe(true);
    expect(r.dependents).toEqual([{ zone: 'scada', receives: 0, sends: 1 }]);
    expect(r.losingData).toEqual([]);
  });

  it('blocks only the isolated side of a multi-zone conduit, keeping flows between the others', () => {
    const m = model(
      [zone('a'), zone('b'), zone('c')],
      [conduit('hub', ['a', 'b', 'c'], { flows: [flow('a', 'b'), flow('b', 'c'), flow('c', 'a')] })],
    );
    const r = isolate(m, 'a');
    expect(r.cut).toEqual([
      expect.objectContaining({ conduit: 'hub', outside: ['b', 'c'], partial: true, flowsLost: 2 }),
    ]);
    expect(r.flows.map((f) => `${f.from}>${f.to}`)).toEqual(['a>b', 'c>a']);
  });

  it('isolates nested zones together with their parent and keeps conduits inside that scope', () => {
    const m = model(
      [
        zone('area', 'supervisory'),
        zone('cell', 'control', { parentId: 'area' }),
        zone('ops', 'operations'),
        zone('ra', 'remote-access'),
      ],
      [
        conduit('cellfw', ['area', 'cell'], { type: 'filtering', flows: [flow('area', 'cell')] }),
        conduit('up', ['ops', 'area'], { flows: [flow('area', 'ops', 'opc-ua', 4840)] }),
        conduit('vendor', ['ra', 'cell'], { serviceProvider: true }),
      ],
    );
    const r = isolate(m, 'area');
    expect(r.scope).toEqual(['area', 'cell']);
    expect(r.internal).toEqual(['cellfw']);
    expect(r.cut.map((c) => c.conduit)).toEqual(['vendor', 'up']);
    expect(r.cut[0]!.priority).toBe('service provider path');
    expect(r.flows.map((f) => f.conduit)).toEqual(['up']);
  });

  it('handles a cycle of conduits and a zone with no conduits', () => {
    const m = model(
      [zone('a'), zone('b'), zone('c'), zone('lonely')],
      [conduit('ab', ['a', 'b']), conduit('bc', ['b', 'c']), conduit('ca', ['c', 'a'])],
    );
    expect(isolate(m, 'a').cut.map((c) => c.conduit)).toEqual(['ab', 'ca']);
    expect(isolate(m, 'lonely')).toMatchObject({ cut: [], flows: [], islandReady: true });
  });

  it('stays finite on a cycle of parents (invalid input)', () => {
    const m = model([zone('a', 'control', { parentId: 'b' }), zone('b', 'control', { parentId: 'a' })]);
    expect(isolate(m, 'a').scope).toEqual(['a', 'b']);
  });

  it('rejects an unknown zone', () => {
    expect(containment(plant(), 'x')).toEqual({ ok: false, message: 'no zone has id "x"' });
  });

  it('follows the direction of a one-way conduit: only the receiving side loses data', () => {
    const m = model(
      [zone('sis', 'safety'), zone('dcs', 'control')],
      [
        conduit('diode', ['sis', 'dcs'], {
          type: 'unidirectional',
          controls: ['data-diode', 'island-mode'],
          flows: [flow('sis', 'dcs')],
        }),
      ],
    );
    expect(isolate(m, 'sis')).toMatchObject({
      losingData: ['dcs'],
      dependents: [{ zone: 'dcs', receives: 1, sends: 0 }],
      islandReady: true,
    });
    expect(isolate(m, 'dcs')).toMatchObject({
      losingData: [],
      dependents: [{ zone: 'sis', receives: 0, sends: 1 }],
    });
  });
});
