import { describe, expect, it } from 'vitest';
import { asset, conduit, model, zone } from '../../../test-support/rule-model';
import type { Model } from '../model/schema';
import { compareModels } from './compare';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const TODAY = '2026-06-01';

const original = (): Model =>
  model({
    zones: [
      zone('ent', 'enterprise'),
      zone('ctl', 'control', { slTarget: 2 }),
      zone('spare', 'control', { slTarget: 1 }),
    ],
    assets: [asset('plc', 'plc', 'ctl')],
    conduits: [conduit('c1', ['ent', 'ctl'], { controls: ['firewall'] })],
  });

describe('compareModels', () => {
  it('matches findings by key: introduced, resolved, persisting', () => {
    const after = original();
    after.assets.push(asset('p2', 'plc', 'spare')); // resolves zone-empty on "spare"
    after.zones.push(zone('new', 'control', { slTarget: 1 })); // introduces zone-empty on "new"
    const c = compareModels(original(), after, { today: TODAY });
    expect(c.findings.introduced.map((f) => f.key)).toContain('zone-empty:zone:new');
    expect(c.findings.resolved.map((f) => f.key)).toContain('zone-empty:zone:spare');
    expect(c.findings.persisting.length).toBeGreaterThan(0);
    expect(c.summary.findingsIntroduced).toBe(c.findings.introduced.length);
    expect(c.summary.findingsResolved).toBe(c.findings.resolved.length);
  });

  it('marks an introduced finding that the new version accepts as accepted', () => {
    const after = original();
    after.zones.push(zone('new', 'control', { slTarget: 1 }));
    after.policy = {
      acceptances: [{ finding: 'zone-empty:zone:new', justification: 'commissioning next month' }],
    };
    const c = compareModels(original(), after, { today: TODAY });
    expect(c.findings.introduced.find((f) => f.key === 'zone-empty:zone:new')?.status).toBe('accepted');
    expect(c.acceptances.added.map((a) => a.finding)).toEqual(['zone-empty:zone:new']);
  });

  it('lists acceptances added, removed and expired', () => {
    const old = original();
    old.policy = {
      acceptances: [
        { finding: 'a:zone:x', justification: 'one' },
        { finding: 'b:zone:x', justification: 'two', expires: '2026-05-31' },
      ],
    };
    const after = clone(old);
    after.policy = {
      acceptances: [
        { finding: 'b:zone:x', justification: 'two', expires: '2026-05-31' },
        { finding: 'c:zone:x', justification: 'three' },
      ],
    };
    const c = compareModels(old, after, { today: TODAY });
    expect(c.acceptances.added.map((a) => a.finding)).toEqual(['c:zone:x']);
    expect(c.acceptances.removed.map((a) => a.finding)).toEqual(['a:zone:x']);
    expect(c.acceptances.expired.map((a) => a.finding)).toEqual(['b:zone:x']);
  });

  it('counts risks in the summary', () => {
    const after = original();
    after.conduits[0] = { ...after.conduits[0]!, controls: [] };
    const c = compareModels(original(), after, { today: TODAY });
    expect(c.risks.map((r) => r.kind)).toContain('control-removed');
    expect(c.summary.risks).toBe(c.risks.length);
  });
});
