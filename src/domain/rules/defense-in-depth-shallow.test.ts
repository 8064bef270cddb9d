import { describe, expect, it } from 'vitest';
import { defenseInDepthShallow as rule } from './defense-in-depth-shallow';
import { conduit, model, run, subjects, zone } from './test-model';

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
      'Zone "Control" (ctl) (SL-T 3+ on SI) can be reached from IT-side zone "Enterprise" (ent) across only 1 filtering barrier: "Enterprise" → "DMZ" → "Ops" → "Control".',
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
});
