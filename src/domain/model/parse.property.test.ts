import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileModel, modelArb } from '../../../test-support/fuzz/arbitraries';
import {
  damagedDocArb,
  damagesFor,
  onPath,
  pathResolves,
  toDoc,
  wreckedDocArb,
} from '../../../test-support/fuzz/mutations';
import { formatIssue } from './issues';
import { parseModel } from './parse';

const models = modelArb();

// Property tests generate many models; a shared 2-core machine needs room beyond the 5 s default.
const slow = { timeout: 60_000 };

describe('parseModel on random valid models', slow, () => {
  it('accepts every generated model unchanged', () => {
    fc.assert(
      fc.property(models, (model) => {
        const r = parseModel(toDoc(model));
        if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
        expect(r.model).toEqual(model);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a model whose every text field is hostile', () => {
    const r = parseModel(toDoc(hostileModel()));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });
});

describe('parseModel on damaged models', slow, () => {
  it('rejects every single damage with an issue on the damaged path, and every path resolves', () => {
    fc.assert(
      fc.property(damagedDocArb(models), ({ doc, damage }) => {
        const r = parseModel(doc);
        expect(r.ok, damage.what).toBe(false);
        if (r.ok) return;
        expect(r.issues.length).toBeGreaterThan(0);
        for (const issue of r.issues) {
          expect(pathResolves(doc, issue.path), `${formatIssue(issue)} (after: ${damage.what})`).toBe(true);
          expect(typeof issue.message).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
        }
        const hit = r.issues.some((i) => onPath(i.path, damage.at) && i.path.length > 0);
        const atRoot = damage.at.length === 1 && r.issues.some((i) => i.path.length === 0);
        expect(hit || atRoot, `${damage.what} → ${r.issues.map(formatIssue).join(' | ')}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every kind of damage is covered on a fixed model, each rejected', () => {
    const model = hostileModel();
    const damages = damagesFor(model);
    expect(damages.length).toBeGreaterThan(60);
    for (const damage of damages) {
      const doc = toDoc(model);
      damage.apply(doc);
      const r = parseModel(doc);
      expect(r.ok, damage.what).toBe(false);
    }
  });

  it('never throws on piles of damage, and reports only paths that exist', () => {
    fc.assert(
      fc.property(wreckedDocArb(models), (doc) => {
        const r = parseModel(doc);
        if (!r.ok) for (const issue of r.issues) expect(pathResolves(doc, issue.path)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary JSON values, with or without the format marker', () => {
    const anyJson = fc.jsonValue({ maxDepth: 6 });
    const dressed = fc
      .record({
        zones: anyJson,
        assets: anyJson,
        conduits: anyJson,
        meta: anyJson,
        diagram: anyJson,
        policy: anyJson,
      })
      .map((r) => ({ format: 'ot-zones', version: 1, ...r }));
    fc.assert(
      fc.property(fc.oneof(anyJson, dressed), (value) => {
        const r = parseModel(value);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const issue of r.issues) expect(pathResolves(value, issue.path)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses "__proto__" as a record key instead of silently dropping the entry', () => {
    const doc = toDoc(hostileModel());
    const positions = (doc.diagram as { positions: Record<string, unknown> }).positions;
    Object.defineProperty(positions, '__proto__', { value: { x: 1, y: 2 }, enumerable: true });
    const r = parseModel(doc);
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'diagram.positions.__proto__: "__proto__" is reserved and cannot be used as a key',
    ]);
  });
});
