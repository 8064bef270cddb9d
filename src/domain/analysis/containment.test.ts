import { describe, expect, it } from 'vitest';
import { conduit, flow, model, zone } from '../../../test-support/analysis-fixtures';
import { containment } from './containment';

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

describe('containment: downstream impact', () => {
  const hops = (r: ReturnType<typeof isolate>) =>
    r.impact.map(
      (z) => `${z.depth} ${z.zone}: ${z.path.map((s) => `${s.from}>${s.to}@${s.conduit}`).join(' ')}`,
    );

  it('follows the loss down a chain of flows, with depth and the path that explains it', () => {
    const m = model(
      [zone('x'), zone('b'), zone('c'), zone('d')],
      [
        conduit('xb', ['x', 'b'], { flows: [flow('x', 'b', 'opc-ua', 4840)] }),
        conduit('bc', ['b', 'c'], { flows: [flow('b', 'c', 'https', 443)] }),
        conduit('cd', ['c', 'd'], { flows: [flow('c', 'd', 'mqtt', 'any')] }),
      ],
    );
    const r = isolate(m, 'x');
    expect(hops(r)).toEqual(['1 b: x>b@xb', '2 c: x>b@xb b>c@bc', '3 d: x>b@xb b>c@bc c>d@cd']);
    expect(r.impact[2]!.path[2]).toEqual({
      from: 'c',
      to: 'd',
      conduit: 'cd',
      protocol: 'mqtt',
      port: 'any',
    });
    // The direct neighbours stay as they were.
    expect(r.losingData).toEqual(['b']);
  });

  it('ends on a cycle of flows, reporting each zone once at its shortest depth', () => {
    const m = model(
      [zone('x'), zone('a'), zone('b')],
      [
        conduit('xa', ['x', 'a'], { flows: [flow('x', 'a'), flow('a', 'x')] }),
        conduit('ab', ['a', 'b'], { flows: [flow('a', 'b'), flow('b', 'a')] }),
        conduit('bx', ['b', 'x'], { flows: [flow('b', 'x')] }),
      ],
    );
    expect(hops(isolate(m, 'x'))).toEqual(['1 a: x>a@xa', '2 b: x>a@xa a>b@ab']);
  });

  it('respects one-way conduits: a flow against a data diode or a forward conduit carries nothing', () => {
    const m = model(
      [zone('x'), zone('b'), zone('down'), zone('up'), zone('fwd')],
      [
        conduit('xb', ['x', 'b'], { flows: [flow('x', 'b')] }),
        // b → down is the diode's direction: the loss passes.
        conduit('diode-out', ['b', 'down'], { type: 'unidirectional', flows: [flow('b', 'down')] }),
        // The diode points up → b; a documented b → up flow (an error finding) cannot run.
        conduit('diode-in', ['up', 'b'], { type: 'unidirectional', flows: [flow('b', 'up')] }),
        conduit('fwd-only', ['fwd', 'b'], { direction: 'forward', flows: [flow('b', 'fwd')] }),
      ],
    );
    expect(hops(isolate(m, 'x'))).toEqual(['1 b: x>b@xb', '2 down: x>b@xb b>down@diode-out']);
  });

  it('reports nothing downstream of zones that only send into the isolated scope or to no one', () => {
    const m = model(
      [zone('x'), zone('sender'), zone('feeder'), zone('b'), zone('quiet')],
      [
        // sender → x stops, but sender loses no data it receives.
        conduit('sx', ['sender', 'x'], { flows: [flow('sender', 'x')] }),
        conduit('fs', ['feeder', 'sender'], { flows: [flow('feeder', 'sender')] }),
        conduit('xb', ['x', 'b'], { flows: [flow('x', 'b')] }),
        // b only receives from quiet; it sends nothing on.
        conduit('qb', ['quiet', 'b'], { flows: [flow('quiet', 'b')] }),
        // An undocumented conduit carries no known data.
        conduit('bq', ['b', 'quiet']),
      ],
    );
    expect(hops(isolate(m, 'x'))).toEqual(['1 b: x>b@xb']);
    // b only receives: isolating it starves no one (feeder, quiet and x lose nothing they receive).
    const onlyReceives = isolate(m, 'b');
    expect(onlyReceives.dependents.map((d) => d.zone)).toEqual(['quiet', 'x']);
    expect(onlyReceives.impact).toEqual([]);
  });

  it('passes the loss to a nested zone that shares its parent boundary, not to one with its own', () => {
    const m = model(
      [
        zone('x'),
        zone('line', 'supervisory'),
        zone('cell-open', 'control', { parentId: 'line' }),
        zone('cell-fw', 'control', { parentId: 'line' }),
        zone('eng', 'operations'),
      ],
      [
        conduit('xl', ['x', 'line'], { flows: [flow('x', 'line')] }),
        conduit('cellfw', ['eng', 'cell-fw'], { type: 'filtering', flows: [flow('eng', 'cell-fw')] }),
      ],
    );
    const r = isolate(m, 'x');
    expect(hops(r)).toEqual(['1 line: x>line@xl', '2 cell-open: x>line@xl line>cell-open@null']);
    expect(r.impact[1]!.path[1]).toEqual({ from: 'line', to: 'cell-open', conduit: null });
  });

  it('keeps flows between the other zones of a partly cut multi-zone conduit', () => {
    const m = model(
      [zone('x'), zone('b'), zone('c')],
      [conduit('hub', ['x', 'b', 'c'], { flows: [flow('x', 'b'), flow('b', 'c')] })],
    );
    expect(hops(isolate(m, 'x'))).toEqual(['1 b: x>b@hub', '2 c: x>b@hub b>c@hub']);
  });
});
