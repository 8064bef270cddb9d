import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../test-support/rule-model';
import type { Model } from '../model/schema';
import { diffModels, flowsById } from './model-diff';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const base = (): Model =>
  model({
    zones: [zone('it', 'enterprise'), zone('ctl', 'control', { slTarget: 2 })],
    assets: [asset('plc', 'plc', 'ctl')],
    conduits: [
      conduit('c1', ['it', 'ctl'], {
        controls: ['firewall'],
        flows: [{ from: 'it', to: 'ctl', protocol: 'opc-ua', port: 4840 }],
      }),
    ],
  });

describe('diffModels', () => {
  it('finds nothing between a model and itself', () => {
    const d = diffModels(base(), base());
    expect(d.changes).toEqual([]);
    expect(d.summary).toEqual({ added: 0, removed: 0, changed: 0, layoutOnly: 0 });
  });

  it('matches zones, assets and conduits by id with field-level before/after', () => {
    const after = base();
    after.zones[1] = { ...after.zones[1]!, slTarget: 3, name: 'Control cell' };
    after.assets.push(asset('hmi', 'hmi', 'ctl'));
    after.conduits = [];
    const d = diffModels(base(), after);
    const zoneChange = d.changes.find((c) => c.kind === 'zone');
    expect(zoneChange).toMatchObject({ id: 'ctl', change: 'changed', name: 'Control cell' });
    expect(zoneChange?.fields).toEqual([
      { path: 'name', before: 'Zone ctl', after: 'Control cell' },
      { path: 'slTarget', before: 2, after: 3 },
    ]);
    expect(d.changes.find((c) => c.id === 'hmi')).toMatchObject({ kind: 'asset', change: 'added' });
    expect(d.changes.find((c) => c.id === 'c1')).toMatchObject({ kind: 'conduit', change: 'removed' });
    // The removed conduit's flows are listed as removed too, each with its conduit's id in front.
    expect(d.changes.find((c) => c.kind === 'flow')).toMatchObject({
      id: 'c1/it>ctl/opc-ua/4840',
      change: 'removed',
    });
    expect(d.summary).toEqual({ added: 1, removed: 2, changed: 1, layoutOnly: 0 });
  });

  it('orders changes by kind, then id', () => {
    const after = base();
    after.assets.push(asset('b', 'hmi', 'ctl'), asset('a', 'hmi', 'ctl'));
    after.zones.push(zone('z9', 'dmz'));
    const kinds = diffModels(base(), after).changes.map((c) => `${c.kind}:${c.id}`);
    expect(kinds).toEqual(['zone:z9', 'asset:a', 'asset:b']);
  });

  it('matches flows inside their conduit by from, to, protocol and port', () => {
    const after = base();
    const c1 = after.conduits[0]!;
    after.conduits[0] = {
      ...c1,
      flows: [
        { from: 'it', to: 'ctl', protocol: 'opc-ua', port: 4840, description: 'historian pull' },
        { from: 'it', to: 'ctl', protocol: 'https', port: 443 },
      ],
    };
    const d = diffModels(base(), after);
    expect(d.changes.map((c) => [c.kind, c.id, c.change])).toEqual([
      ['flow', 'c1/it>ctl/https/443', 'added'],
      ['flow', 'c1/it>ctl/opc-ua/4840', 'changed'],
    ]);
    expect(d.changes[1]?.fields).toEqual([
      { path: 'description', before: undefined, after: 'historian pull' },
    ]);
    // A conduit whose only change is its flows is not listed as changed itself.
    expect(d.changes.some((c) => c.kind === 'conduit')).toBe(false);
  });

  it('treats a flow whose port changed as one removed and one added', () => {
    const after = base();
    after.conduits[0] = {
      ...after.conduits[0]!,
      flows: [{ from: 'it', to: 'ctl', protocol: 'opc-ua', port: 'any' }],
    };
    const d = diffModels(base(), after);
    expect(d.changes.map((c) => `${c.change} ${c.id}`)).toEqual([
      'removed c1/it>ctl/opc-ua/4840',
      'added c1/it>ctl/opc-ua/any',
    ]);
  });

  it('gives repeated identical flows distinct, deterministic ids', () => {
    const flow = { from: 'a', to: 'b', protocol: 'modbus', port: 502 };
    expect([...flowsById(conduit('c', ['a', 'b'], { flows: [flow, flow] })).keys()]).toEqual([
      'c/a>b/modbus/502',
      'c/a>b/modbus/502#2',
    ]);
  });

  it('counts layout-only changes apart and lists them only when asked', () => {
    const before = base();
    before.diagram = { positions: { plc: { x: 0, y: 0 }, ctl: { x: 0, y: 0, width: 100, height: 100 } } };
    const after = clone(before);
    after.diagram = { positions: { plc: { x: 40, y: 0 }, ctl: { x: 0, y: 0, width: 200, height: 100 } } };
    after.zones[1] = { ...after.zones[1]!, name: 'Renamed' };
    const hidden = diffModels(before, after);
    expect(hidden.summary).toMatchObject({ changed: 1, layoutOnly: 1 });
    expect(hidden.changes.map((c) => c.id)).toEqual(['ctl']);
    expect(hidden.changes[0]?.fields.map((f) => f.path)).toEqual(['name']);

    const shown = diffModels(before, after, { includeLayout: true });
    expect(shown.summary).toMatchObject({ changed: 1, layoutOnly: 1 });
    expect(shown.changes.map((c) => [c.id, c.layoutOnly ?? false])).toEqual([
      ['ctl', false],
      ['plc', true],
    ]);
    expect(shown.changes[0]?.fields.map((f) => f.path)).toEqual(['name', 'position.width']);
    expect(shown.changes[1]?.fields).toEqual([{ path: 'position.x', before: 0, after: 40 }]);
  });

  it('diffs notes, policy rules, acceptances and meta (but not updatedAt)', () => {
    const before = base();
    before.meta = { name: 'Plant', updatedAt: '2026-01-01' };
    const after = clone(before);
    after.meta = { name: 'Plant', site: 'North', updatedAt: '2026-02-01' };
    after.notes = [{ id: 'n1', text: 'Check the diode' }];
    after.policy = {
      rules: { 'zone-empty': { enabled: false } },
      acceptances: [{ finding: 'zone-empty:zone:it', justification: 'spare zone' }],
    };
    const d = diffModels(before, after);
    expect(d.changes.map((c) => `${c.kind} ${c.id} ${c.change}`)).toEqual([
      'note n1 added',
      'policy acceptances/zone-empty:zone:it added',
      'policy rules/zone-empty added',
      'meta meta changed',
    ]);
    expect(d.changes.at(-1)?.fields).toEqual([{ path: 'site', before: undefined, after: 'North' }]);
  });

  it('lists change records as meta changes', () => {
    const after = base();
    after.changeRecords = [{ id: 'cr1', title: 'New historian link', status: 'draft' }];
    expect(diffModels(base(), after).changes).toMatchObject([
      { kind: 'meta', id: 'changeRecords/cr1', change: 'added', name: 'New historian link' },
    ]);
  });
});
