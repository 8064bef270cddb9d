/**
 * Incremental evaluation. The evaluator keeps, per element, the raw findings its scope's rules
 * produced (before policy), and per subject the policy-applied, sorted findings. An edit is
 * diffed against the previous model by object identity; only the rules and elements the scope
 * contract in rules/rule.ts says the edit can affect run again:
 *
 * - asset added/changed/removed → asset rules for every asset of its old and new zone, zone rules
 *   of both zones;
 * - zone added/changed/removed → zone rules of the zone, its old and new parent and its children;
 *   asset rules of its assets; conduit rules of the conduits touching it; model rules;
 * - conduit added/changed/removed → its conduit rules and model rules;
 * - risk register or risk matrix changed → model rules;
 * - policy or meta changed → the policy is re-applied to every cached raw finding (no rule runs);
 * - diagram or asset changed while Purdue bands are shown → model rules (the band rule reads the drawing);
 * - anything else (diagram, notes) → nothing runs and the previous Evaluation is returned.
 *
 * Findings whose subject's list did not change keep their array identity in `bySubject`, and the
 * whole Evaluation keeps its identity when no finding changed, so the UI re-renders only what
 * changed. The result always equals evaluate(model) (property-tested).
 */
import type { Model } from '../model/schema';
import type { Finding } from '../rules/rule';
import { diffElements, isEmptyDiff } from './diff';
import type { Evaluation } from './evaluation';
import { LayeredMap } from './layered-map';
import { createLiveIndex, type LiveIndex, patchAssets, patchConduits, patchZones } from './live-index';
import { compareFindings, sameFindings } from './order';
import { applyOverride, type PolicyLookup, policyLookup } from './policy';
import { checkAsset, checkConduit, checkModel, checkZone, NO_FINDINGS } from './run-rules';

/** Up to this many changed findings, splicing beats one merge pass over the whole list. */
const SPLICE_LIMIT = 32;

const NO_ASSETS: readonly never[] = [];

export class IncrementalEngine {
  private model: Model;
  private readonly index: LiveIndex;
  private lookup: PolicyLookup;
  /** Raw findings per element, one map per kind (ids of different kinds could clash in bad input). */
  private readonly zoneBuckets = new Map<string, readonly Finding[]>();
  private readonly assetBuckets = new Map<string, readonly Finding[]>();
  private readonly conduitBuckets = new Map<string, readonly Finding[]>();
  private modelBucket: readonly Finding[] = NO_FINDINGS;
  /** Raw findings per subject id, gathered from every bucket. */
  private readonly rawBySubject = new Map<string, Finding[]>();
  private readonly suppressedBySubject = new Map<string, number>();
  private evaluation: Evaluation;
  /** Subjects whose raw findings changed during the current update. */
  private touched = new Set<string>();

  constructor(model: Model) {
    this.model = model;
    this.index = createLiveIndex(model);
    this.lookup = policyLookup(model);
    const index = this.index;
    for (const z of model.zones) this.setBucket(this.zoneBuckets, z.id, checkZone(z, index));
    for (const a of model.assets) this.setBucket(this.assetBuckets, a.id, checkAsset(a, index));
    for (const c of model.conduits) this.setBucket(this.conduitBuckets, c.id, checkConduit(c, index));
    this.setModelBucket(checkModel(index));
    this.evaluation = {
      findings: NO_FINDINGS,
      suppressed: 0,
      counts: { error: 0, warning: 0, info: 0 },
      bySubject: LayeredMap.of(new Map()),
    };
    this.evaluation = this.publish();
  }

  current(): Evaluation {
    return this.evaluation;
  }

  update(model: Model): Evaluation {
    if (model === this.model) return this.evaluation;
    const prev = this.model;
    const index = this.index;
    const zones = diffElements(prev.zones, model.zones, index.zone);
    const assets = diffElements(prev.assets, model.assets, index.asset);
    const conduits = diffElements(prev.conduits, model.conduits, index.conduit);
    this.model = model;
    index.model = model;
    patchZones(index, zones);
    patchAssets(index, assets);
    patchConduits(index, conduits);

    const dirtyZones = new Set<string>();
    const dirtyAssets = new Set<string>();
    const dirtyConduits = new Set<string>();
    let dirtyModel = false;
    const zoneAndItsAssets = (zoneId: string) => {
      dirtyZones.add(zoneId);
      for (const a of index.assetsByZone.get(zoneId) ?? NO_ASSETS) dirtyAssets.add(a.id);
    };

    const assetEdits = [...assets.added, ...assets.removed, ...assets.changed.flat()];
    for (const a of assetEdits) {
      dirtyAssets.add(a.id);
      zoneAndItsAssets(a.zoneId);
    }
    const zoneEdits = [...zones.added, ...zones.removed, ...zones.changed.flat()];
    for (const z of zoneEdits) {
      zoneAndItsAssets(z.id);
      if (z.parentId !== undefined) dirtyZones.add(z.parentId);
      for (const child of index.childZones.get(z.id) ?? []) dirtyZones.add(child.id);
      for (const c of index.conduitsByZone.get(z.id) ?? []) dirtyConduits.add(c.id);
      dirtyModel = true;
    }
    if (!isEmptyDiff(conduits)) {
      for (const c of [...conduits.added, ...conduits.removed, ...conduits.changed.flat()])
        dirtyConduits.add(c.id);
      dirtyModel = true;
    }

    if (model.risks !== prev.risks || model.riskMatrix !== prev.riskMatrix) dirtyModel = true;
    // Purdue bands (rules/zone-outside-purdue-band.ts) read the drawing: while bands are shown, a
    // diagram change or an asset change (zones sized by their assets) re-runs the model rules.
    if (
      (model.diagram?.purdueBands || prev.diagram?.purdueBands) &&
      (model.diagram !== prev.diagram || !isEmptyDiff(assets))
    )
      dirtyModel = true;

    for (const id of dirtyZones) {
      const z = index.zone.get(id);
      this.setBucket(this.zoneBuckets, id, z ? checkZone(z, index) : NO_FINDINGS);
    }
    for (const id of dirtyAssets) {
      const a = index.asset.get(id);
      this.setBucket(this.assetBuckets, id, a ? checkAsset(a, index) : NO_FINDINGS);
    }
    for (const id of dirtyConduits) {
      const c = index.conduit.get(id);
      this.setBucket(this.conduitBuckets, id, c ? checkConduit(c, index) : NO_FINDINGS);
    }
    if (dirtyModel) this.setModelBucket(checkModel(index));

    if (model.policy !== prev.policy || model.meta !== prev.meta) {
      // Cheap full re-evaluation: every subject's findings are re-derived from the cached raw ones.
      this.lookup = policyLookup(model);
      for (const id of this.rawBySubject.keys()) this.touched.add(id);
    }
    this.evaluation = this.publish();
    return this.evaluation;
  }

  private setBucket(buckets: Map<string, readonly Finding[]>, id: string, next: readonly Finding[]): void {
    const old = buckets.get(id) ?? NO_FINDINGS;
    if (sameFindings(old, next)) return;
    if (next.length > 0) buckets.set(id, next);
    else buckets.delete(id);
    this.replaceRaw(old, next);
  }

  private setModelBucket(next: readonly Finding[]): void {
    const old = this.modelBucket;
    if (sameFindings(old, next)) return;
    this.modelBucket = next;
    this.replaceRaw(old, next);
  }

  private replaceRaw(old: readonly Finding[], next: readonly Finding[]): void {
    for (const f of old) {
      const id = f.subject.id;
      const list = this.rawBySubject.get(id);
      const at = list ? list.indexOf(f) : -1;
      if (list && at >= 0) {
        if (list.length === 1) this.rawBySubject.delete(id);
        else list.splice(at, 1);
      }
      this.touched.add(id);
    }
    for (const f of next) {
      const id = f.subject.id;
      const list = this.rawBySubject.get(id);
      if (list) list.push(f);
      else this.rawBySubject.set(id, [f]);
      this.touched.add(id);
    }
  }

  /** Re-derives the touched subjects' findings and builds the next Evaluation from the last one. */
  private publish(): Evaluation {
    const prev = this.evaluation;
    const touched = this.touched;
    this.touched = new Set();
    const removedLists: (readonly Finding[])[] = [];
    const addedLists: (readonly Finding[])[] = [];
    const updates: Array<[string, readonly Finding[] | undefined]> = [];
    let suppressed = prev.suppressed;
    for (const id of touched) {
      const raw = this.rawBySubject.get(id) ?? NO_FINDINGS;
      const shown: Finding[] = [];
      let hidden = 0;
      for (const f of raw) {
        const s = applyOverride(f, this.lookup);
        if (s) shown.push(s);
        else hidden++;
      }
      suppressed += hidden - (this.suppressedBySubject.get(id) ?? 0);
      if (hidden > 0) this.suppressedBySubject.set(id, hidden);
      else this.suppressedBySubject.delete(id);
      shown.sort(compareFindings);
      const old = prev.bySubject.get(id);
      if (shown.length === 0) {
        if (!old) continue;
        updates.push([id, undefined]);
        removedLists.push(old);
      } else if (!old || !sameFindings(old, shown)) {
        updates.push([id, shown]);
        if (old) removedLists.push(old);
        addedLists.push(shown);
      }
    }
    if (updates.length === 0) {
      return suppressed === prev.suppressed ? prev : { ...prev, suppressed };
    }
    const bySubject = (prev.bySubject as LayeredMap<readonly Finding[]>).with(updates);
    const counts = { ...prev.counts };
    for (const list of removedLists) for (const f of list) counts[f.severity]--;
    for (const list of addedLists) for (const f of list) counts[f.severity]++;
    const findings = updateSorted(prev.findings, removedLists, addedLists);
    return { findings, suppressed, counts, bySubject };
  }
}

/** First position whose finding is not before `f` in the sort order. */
function lowerBound(list: readonly Finding[], f: Finding): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareFindings(list[mid]!, f) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A copy of the sorted list without the removed findings (by identity) and with the added ones:
 * by binary search and splice for a few changes, by one filter-and-merge pass for many.
 */
function updateSorted(
  sorted: readonly Finding[],
  removedLists: readonly (readonly Finding[])[],
  addedLists: readonly (readonly Finding[])[],
): Finding[] {
  let changes = 0;
  for (const list of removedLists) changes += list.length;
  for (const list of addedLists) changes += list.length;
  if (changes <= SPLICE_LIMIT) {
    const out = sorted.slice();
    for (const list of removedLists)
      for (const f of list) {
        let at = lowerBound(out, f);
        while (at < out.length && out[at] !== f && compareFindings(out[at]!, f) === 0) at++;
        if (out[at] === f) out.splice(at, 1);
      }
    for (const list of addedLists) for (const f of list) out.splice(lowerBound(out, f), 0, f);
    return out;
  }
  const removed = new Set<Finding>();
  for (const list of removedLists) for (const f of list) removed.add(f);
  const added = addedLists.flat().sort(compareFindings);
  const out: Finding[] = [];
  let j = 0;
  for (const f of sorted) {
    if (removed.has(f)) continue;
    while (j < added.length && compareFindings(added[j]!, f) < 0) out.push(added[j++]!);
    out.push(f);
  }
  while (j < added.length) out.push(added[j++]!);
  return out;
}
