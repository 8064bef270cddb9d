import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelArb } from '../../../test-support/fuzz/arbitraries';
import { applySteps, editStepArb } from '../../../test-support/fuzz/edits';
import { expectWellFormed, plainEvaluation } from '../../../test-support/fuzz/evaluation-checks';
import { createIncrementalEvaluator, evaluate } from '../engine/evaluate';
import { layoutDiagram } from '../layout/diagram';
import { formatIssue } from '../model/issues';
import { LIMITS } from '../model/limits';
import { parseModelText } from '../model/parse';
import type { Model } from '../model/schema';
import { serializeModel } from '../serialize/model-json';
import { addConduit } from './add';
import { extractFragment, pasteFragment } from './fragment';
import { moveElements } from './positions';

/**
 * Keeps positions well inside the coordinate limit: a paste or drag may legitimately move things a
 * few thousand pixels, not across a million. Long names, sub-pixel sizes and ids such as
 * "constructor" stay in (each once broke an edit; see the regression tests below).
 */
function keepInsideDiagram(model: Model): Model {
  if (!model.diagram) return model;
  const inside = (n: number) => Math.max(-100_000, Math.min(100_000, n));
  const entries = Object.entries(model.diagram.positions).map(([id, p]): [string, typeof p] => {
    const q = { ...p, x: inside(p.x), y: inside(p.y) };
    if (q.width !== undefined) q.width = Math.min(100_000, q.width);
    if (q.height !== undefined) q.height = Math.min(100_000, q.height);
    return [id, q];
  });
  return { ...model, diagram: { positions: Object.fromEntries(entries) } };
}

describe('random edit sequences', { timeout: 180_000 }, () => {
  it('keep the model valid and serialisable; engine, incremental engine and layout never throw and agree', () => {
    fc.assert(
      fc.property(
        modelArb({ maxZones: 4, maxAssets: 5, maxConduits: 3 }).map(keepInsideDiagram),
        fc.array(editStepArb(), { minLength: 1, maxLength: 25 }),
        (start, steps) => {
          const incremental = createIncrementalEvaluator();
          incremental.update(start);
          applySteps(start, steps, (model, step) => {
            const text = serializeModel(model);
            const back = parseModelText(text);
            if (!back.ok)
              throw new Error(`after "${step.label}": ${back.issues.map(formatIssue).join('; ')}`);
            expect(serializeModel(back.model)).toBe(text);
            const full = evaluate(model);
            expectWellFormed(model, full);
            expect(plainEvaluation(incremental.update(model)), `after "${step.label}"`).toEqual(
              plainEvaluation(full),
            );
            layoutDiagram(model);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

// Regression: positions are rounded to whole pixels, and a width or height below 0.5 (valid in a
// file) used to become 0, which the format forbids, so the next save wrote a file that no longer
// loaded. Sizes now round to at least 1.
describe('moving an element with a sub-pixel size', () => {
  it('keeps the model valid', () => {
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'x' },
      zones: [{ id: 'z1', name: 'Z', kind: 'control' }],
      assets: [],
      conduits: [],
      diagram: { positions: { z1: { x: 0, y: 0, width: 0.4, height: 100 } } },
    };
    const moved = moveElements(model, { z1: { x: 10, y: 10 } });
    const r = parseModelText(serializeModel(moved));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });
});

// Regression: positions were looked up as `positions[id]` on plain objects, so an element whose id
// is "constructor" (or "toString"…) and that has no stored position found Object.prototype's
// function instead, and the pasted copy got x/y = NaN, written as null: the model no longer
// loaded. Lookups now read own entries only (edit/own.ts).
describe('copy and paste of an element whose id is an Object.prototype member', () => {
  it('keeps the model valid', () => {
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'x' },
      zones: [{ id: 'z1', name: 'Z', kind: 'control' }],
      assets: [{ id: 'constructor', name: 'PLC', type: 'plc', zoneId: 'z1' }],
      conduits: [],
    };
    const fragment = extractFragment(model, ['constructor']);
    expect(fragment).not.toBeNull();
    const pasted = pasteFragment(model, fragment!, { offset: { x: 20, y: 20 } }).model;
    const r = parseModelText(serializeModel(pasted));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });
});

// Regression: a pasted copy of an element is named "<name> copy", so a 5,000-character name (the
// limit) became 5,005 and the model no longer loaded. The name is now clipped to fit.
describe('copy and paste of an element with a name at the length limit', () => {
  it('keeps the model valid', () => {
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'x' },
      zones: [{ id: 'z1', name: 'Z', kind: 'control' }],
      assets: [{ id: 'a1', name: 'P'.repeat(LIMITS.name), type: 'plc', zoneId: 'z1' }],
      conduits: [],
    };
    const pasted = pasteFragment(model, extractFragment(model, ['a1'])!, { offset: { x: 20, y: 20 } }).model;
    const r = parseModelText(serializeModel(pasted));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });
});

// Regression: a new conduit was named "<zone A> ↔ <zone B>" in full, so two zones with
// 2,600-character names gave a conduit name over the 5,000 limit and the model no longer loaded.
// Each zone name is now clipped (and the whole name too).
describe('connecting two zones with long names', () => {
  it('keeps the model valid', () => {
    const model: Model = {
      format: 'ot-zones',
      version: 1,
      meta: { name: 'x' },
      zones: [
        { id: 'z1', name: 'A'.repeat(2_600), kind: 'control' },
        { id: 'z2', name: 'B'.repeat(2_600), kind: 'operations' },
      ],
      assets: [],
      conduits: [],
    };
    const connected = addConduit(model, { zoneIds: ['z1', 'z2'] }).model;
    const r = parseModelText(serializeModel(connected));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });
});
