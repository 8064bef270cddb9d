import { describe, expect, it } from 'vitest';
import { expectNamed, model, run, subjects, zone } from '../../../test-support/rule-model';
import { setPurdueBands } from '../edit/bands';
import { moveElements } from '../edit/positions';
import { createIncrementalEvaluator, evaluate } from '../engine/evaluate';
import type { Model } from '../model/schema';
import { zoneOutsidePurdueBand as rule } from './zone-outside-purdue-band';

// Bands 200 px tall from y=0: 5–4, 3.5, 3, 2, 1–0.
const EDGES = [0, 200, 400, 600, 800, 1000];

function drawn(): Model {
  const m = model({ zones: [zone('ent', 'enterprise'), zone('ctl', 'control')] });
  // Zone boxes are 300+ px wide and about 100 px tall; their centres sit in the band they start in.
  const placed = moveElements(m, { ent: { x: 0, y: 40 }, ctl: { x: 0, y: 840 } });
  return setPurdueBands(placed, EDGES);
}

describe(rule.id, () => {
  it('stays silent when every zone is drawn in its own band, and when there are no bands', () => {
    expect(run(rule, drawn())).toEqual([]);
    expect(run(rule, setPurdueBands(drawn(), undefined))).toEqual([]);
  });

  it('fires for a control zone (level 1) drawn in the enterprise band', () => {
    const m = moveElements(drawn(), { ctl: { x: 400, y: 40 } });
    const drafts = run(rule, m);
    expect(subjects(drafts)).toEqual(['ctl']);
    expect(drafts[0]!.message).toContain('Purdue level 1');
    expect(drafts[0]!.message).toContain('Levels 5–4');
    expectNamed(drafts[0]!.message, { id: 'ctl', name: 'Zone ctl' });
  });

  it('respects an explicit level: a control zone set to level 4 fits the enterprise band', () => {
    const m = moveElements(drawn(), { ctl: { x: 400, y: 40 } });
    const relabelled = {
      ...m,
      zones: m.zones.map((z) => (z.id === 'ctl' ? { ...z, purdueLevel: 4 as const } : z)),
    };
    expect(run(rule, relabelled)).toEqual([]);
  });

  it('the incremental engine re-runs it when a zone is moved across a band (a diagram-only edit)', () => {
    const engine = createIncrementalEvaluator();
    const before = drawn();
    expect(engine.update(before).findings.some((f) => f.rule === rule.id)).toBe(false);
    const after = moveElements(before, { ctl: { x: 400, y: 40 } });
    const incremental = engine.update(after).findings.filter((f) => f.rule === rule.id);
    expect(incremental.map((f) => f.subject.id)).toEqual(['ctl']);
    expect(evaluate(after).findings.filter((f) => f.rule === rule.id)).toEqual(incremental);
  });
});
