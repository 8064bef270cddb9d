import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { attackPath } from '../analysis/attack-path';
import { createIncrementalEvaluator, type Evaluation, evaluate } from '../engine/evaluate';
import type { Model, Zone } from '../model/schema';
import { defenseInDepthShallow as rule } from './defense-in-depth-shallow';

const zones = [
  zone('ent', 'enterprise', { name: 'Enterprise' }),
  zone('dmz', 'dmz', { name: 'DMZ' }),
  zone('ops', 'operations', { name: 'Ops', slTarget: 2 }),
  zone('ctl', 'control', { name: 'Control', slTarget: [2, 2, 3, 2, 2, 2, 2] }),
  zone('sis', 'safety', { name: 'SIS', slTarget: 2 }),
];
const gw = (id: string, zs: string[], extra = {}) => conduit(id, zs, { type: 'gateway', ...extra });

describe(rule.id, () => {
  it('fires for a critical zone behind a single barrier, naming the path and count', () => {
    const m = model({
      zones,
      conduits: [
        gw('c1', ['ent', 'dmz'], { controls: ['firewall'] }),
        gw('c2', ['dmz', 'ops']),
        gw('c3', ['ops', 'ctl']),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['ctl']);
    expect(drafts[0]!.message).toBe(
      'Zone "Control" (SL-T 3+ on SI) can be reached from IT-side zone "Enterprise" across only 1 filtering barrier: "Enterprise" → "DMZ" → "Ops" → "Control".',
    );
    expectNamed(
      drafts[0]!.message,
      { id: 'ctl', name: 'Control' },
      { id: 'ent', name: 'Enterprise' },
      { id: 'dmz', name: 'DMZ' },
      { id: 'ops', name: 'Ops' },
    );
  });

  it('stays silent once two barriers stand in the way', () => {
    const m = model({
      zones,
      conduits: [
        gw('c1', ['ent', 'dmz'], { controls: ['firewall'] }),
        gw('c2', ['dmz', 'ops']),
        conduit('c3', ['ops', 'ctl']),
      ],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('does not count a firewall whose flows allow any protocol or port as a barrier, and says so', () => {
    const anyFlow = { flows: [{ from: 'ops', to: 'ctl', protocol: 'any' }] };
    const m = model({
      zones,
      conduits: [
        gw('c1', ['ent', 'dmz'], { controls: ['firewall'] }),
        gw('c2', ['dmz', 'ops']),
        conduit('c3', ['ops', 'ctl'], { name: 'Ops FW', ...anyFlow }),
      ],
    });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['ctl']);
    expect(drafts[0]!.message).toContain('across only 1 filtering barrier');
    expect(drafts[0]!.message).toContain(
      'Conduit "Ops FW" does not count as a barrier: a flow allows any protocol or port.',
    );
    // The attack path agrees: the open firewall is not a barrier step.
    const result = attackPath(m, 'ctl');
    expect(result.ok && result.path?.barriers).toBe(1);
    const open = result.ok ? result.path?.steps.find((s) => s.conduit === 'c3') : undefined;
    expect(open).toMatchObject({ barrier: false, openFlow: true });
  });

  it('counts the firewall again once its flows name a port', () => {
    const m = model({
      zones,
      conduits: [
        gw('c1', ['ent', 'dmz'], { controls: ['firewall'] }),
        gw('c2', ['dmz', 'ops']),
        conduit('c3', ['ops', 'ctl'], { flows: [{ from: 'ops', to: 'ctl', protocol: 'modbus', port: 502 }] }),
      ],
    });
    expect(run(rule, m)).toEqual([]);
  });

  it('takes the weakest of several paths', () => {
    const m = model({
      zones,
      conduits: [
        conduit('c1', ['ent', 'dmz']),
        conduit('c2', ['dmz', 'ctl']),
        gw('c3', ['ent', 'ops']),
        gw('c4', ['ops', 'ctl']),
      ],
    });
    const drafts = run(rule, m);
    expect(drafts[0]!.message).toContain(
      'without crossing any filtering barrier: "Enterprise" → "Ops" → "Control"',
    );
  });

  it('flags any safety zone whatever its target, and respects conduit direction', () => {
    const into = model({ zones, conduits: [conduit('c1', ['ent', 'sis'], { direction: 'forward' })] });
    expect(subjects(run(rule, into))).toEqual(['sis']);
    const outOf = model({
      zones,
      conduits: [conduit('c1', ['sis', 'ent'], { type: 'gateway', direction: 'forward' })],
    });
    expect(run(rule, outOf)).toEqual([]);
  });

  it('counts barriers through multi-zone conduits', () => {
    const m = model({ zones, conduits: [gw('c1', ['ent', 'dmz', 'ops']), conduit('c2', ['ops', 'ctl'])] });
    expect(run(rule, m)[0]!.message).toContain(
      'across only 1 filtering barrier: "Enterprise" → "Ops" → "Control"',
    );
  });

  it('ignores zones not reachable from IT, and IT-side zones themselves', () => {
    const m = model({
      zones: [...zones, zone('cloud', 'external', { slTarget: 4 })],
      conduits: [gw('c1', ['ent', 'cloud']), gw('c2', ['ops', 'ctl'])],
    });
    expect(run(rule, m)).toEqual([]);
  });

  describe('nested zones (same reach as the attack-path analysis)', () => {
    // Line is reached across one firewall; Cell is drawn inside Line.
    const line = zone('line', 'operations', { name: 'Line', slTarget: 2 });
    const cell = zone('cell', 'control', { name: 'Cell', slTarget: 3, parentId: 'line' });
    const reachLine = [gw('c1', ['ent', 'dmz'], { controls: ['firewall'] }), gw('c2', ['dmz', 'line'])];
    const nested = (conduits = reachLine, cellZone: Zone = cell) =>
      model({ zones: [zones[0]!, zones[1]!, line, cellZone], conduits });

    it('fires for an SL-T 3 zone without conduits of its own inside a parent one barrier from IT', () => {
      const m = nested();
      const drafts = run(rule, m);
      expect(subjects(drafts)).toEqual(['cell']);
      expect(drafts[0]!.message).toContain(
        'across only 1 filtering barrier: "Enterprise" → "DMZ" → "Line" → "Cell"',
      );
      // The attack path the analyses show for it is the same one.
      const path = attackPath(m, 'cell');
      expect(path.ok && path.path).toMatchObject({ barriers: 1, path: ['ent', 'dmz', 'line', 'cell'] });
    });

    it('gives a zone with its own filtering conduit no implicit link to its parent', () => {
      const m = nested([...reachLine, conduit('cellfw', ['line', 'cell'])]);
      expect(run(rule, m)).toEqual([]);
      const path = attackPath(m, 'cell');
      expect(path.ok && path.path?.barriers).toBe(2);
    });

    it('a conduit of its own to a zone outside the parent counts too', () => {
      const m = nested([...reachLine, conduit('cellfw', ['dmz', 'cell'])]);
      expect(run(rule, m)).toEqual([]);
    });

    it('follows reparenting in the incremental engine (the cached search is keyed on nesting too)', () => {
      const findingsOf = (e: Evaluation) =>
        e.findings.filter((f) => f.rule === rule.id).map((f) => f.subject.id);
      const top = nested(reachLine, { ...cell, parentId: undefined });
      const inside: Model = { ...top, zones: top.zones.map((z) => (z.id === 'cell' ? cell : z)) };
      expect(inside.conduits).toBe(top.conduits); // only the nesting changes
      const incremental = createIncrementalEvaluator();
      const steps = [top, inside, top, inside];
      const seen = steps.map((m) => {
        const e = incremental.update(m);
        expect(findingsOf(e)).toEqual(findingsOf(evaluate(m)));
        return findingsOf(e);
      });
      expect(seen).toEqual([[], ['cell'], [], ['cell']]);
    });
  });
});
