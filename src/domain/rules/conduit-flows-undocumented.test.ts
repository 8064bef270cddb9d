import { describe, expect, it } from 'vitest';
import { conduit, expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { conduitFlowsUndocumented as rule } from './conduit-flows-undocumented';

const zones = [zone('a', 'dmz'), zone('b', 'operations')];

describe(rule.id, () => {
  it('fires for a conduit without flows or with an empty list', () => {
    const drafts = run(
      rule,
      model({
        zones,
        conduits: [conduit('c1', ['a', 'b'], { name: 'Link' }), conduit('c2', ['a', 'b'], { flows: [] })],
      }),
    );
    expect(subjects(drafts)).toEqual(['c1', 'c2']);
    expect(drafts[0]!.message).toBe('Conduit "Link" documents no flows.');
    expectNamed(drafts[0]!.message, { id: 'c1', name: 'Link' });
  });

  it('stays silent once one flow is listed', () => {
    const c = conduit('c1', ['a', 'b'], { flows: [{ from: 'a', to: 'b', protocol: 'https', port: 443 }] });
    expect(run(rule, model({ zones, conduits: [c] }))).toEqual([]);
  });
});
