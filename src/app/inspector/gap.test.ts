import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../domain/model/derive';
import type { Model } from '../../domain/model/schema';
import { shortfalls } from '../../domain/security-level';
import { assetGap, conduitGap, conduitTargetInfo, shortfallText, zoneAssetGaps } from './gap';

const model: Model = {
  format: 'ot-zones',
  version: 1,
  meta: { name: 'T' },
  zones: [
    { id: 'z1', name: 'Control', kind: 'control', slTarget: [3, 2, 2, 2, 3, 2, 2] },
    { id: 'z2', name: 'Ops', kind: 'operations', slTarget: 2 },
    { id: 'z3', name: 'Unassessed', kind: 'operations' },
  ],
  assets: [
    { id: 'a1', name: 'PLC', type: 'plc', zoneId: 'z1', slCapability: 2 },
    { id: 'a2', name: 'HMI', type: 'hmi', zoneId: 'z1', slCapability: 3 },
    { id: 'a3', name: 'Box', type: 'generic', zoneId: 'z1' },
    { id: 'a4', name: 'Srv', type: 'generic', zoneId: 'z3', slCapability: 1 },
  ],
  conduits: [
    { id: 'c1', name: 'C1', zoneIds: ['z1', 'z2'], type: 'filtering', slCapability: 2 },
    { id: 'c2', name: 'C2', zoneIds: ['z2', 'z3'], type: 'filtering', slTarget: 1, slCapability: 1 },
    { id: 'c3', name: 'C3', zoneIds: ['z1', 'z2'], type: 'filtering' },
  ],
};
const index = buildIndex(model);

describe('security-level gaps', () => {
  it('compares an asset with its zone target per FR', () => {
    const gap = assetGap(model.assets[0]!, index);
    expect(gap.kind).toBe('short');
    if (gap.kind === 'short')
      expect(gap.shortfalls.map((s) => `${s.fr}:${s.gap}`)).toEqual(['IAC:1', 'RDF:1']);
    expect(assetGap(model.assets[1]!, index).kind).toBe('met');
    expect(assetGap(model.assets[3]!, index)).toEqual({ kind: 'unknown', reason: 'its zone has no target' });
  });

  it('compares a conduit with its effective target (own, else the max of its zones)', () => {
    expect(conduitTargetInfo(model.conduits[0]!, index).source).toBe('zones');
    const gap = conduitGap(model.conduits[0]!, index);
    if (gap.kind !== 'short') throw new Error('expected a shortfall');
    expect(gap.shortfalls.map((s) => s.fr)).toEqual(['IAC', 'RDF']);
    expect(conduitTargetInfo(model.conduits[1]!, index).source).toBe('conduit');
    expect(conduitGap(model.conduits[1]!, index).kind).toBe('met');
    expect(conduitGap(model.conduits[2]!, index)).toEqual({
      kind: 'unknown',
      reason: 'no capability stated',
    });
  });

  it('lists the assets of a zone that fall below its target', () => {
    const gaps = zoneAssetGaps(model.zones[0]!, index);
    expect(gaps.below.map((b) => b.asset.id)).toEqual(['a1']);
    expect(gaps).toMatchObject({ unstated: 1, total: 3 });
  });

  it('summarises a uniform shortfall on all seven FRs', () => {
    expect(shortfallText(shortfalls(2, 3))).toBe('all FRs 2<3');
    expect(shortfallText(shortfalls([2, 3, 3, 3, 3, 3, 1], 3))).toBe('IAC 2<3, RA 1<3');
  });
});
