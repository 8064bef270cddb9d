import { describe, expect, it } from 'vitest';
import { bandAt, initialBandEdges, MIN_BAND_HEIGHT, moveDivider, suggestedLevel } from './purdue-bands';

const EDGES = [0, 200, 400, 600, 800, 1000];

describe('Purdue bands', () => {
  it('finds the band holding a y coordinate, none above or below', () => {
    expect(bandAt(EDGES, 10)).toBe(0);
    expect(bandAt(EDGES, 450)).toBe(2);
    expect(bandAt(EDGES, 999)).toBe(4);
    expect(bandAt(EDGES, -1)).toBeUndefined();
    expect(bandAt(EDGES, 1000)).toBeUndefined();
  });

  it('suggests the band level for a zone whose kind does not fit, nothing when it fits', () => {
    // A control zone (default level 1) dropped in the supervisory band (level 2) → 2.
    expect(suggestedLevel(EDGES, 700, { kind: 'control' })).toBe(2);
    // Dropped in the 1–0 band it already fits.
    expect(suggestedLevel(EDGES, 900, { kind: 'control' })).toBeUndefined();
    // An enterprise zone dropped in the DMZ band → 3.5; in the 5–4 band it fits.
    expect(suggestedLevel(EDGES, 300, { kind: 'enterprise' })).toBe(3.5);
    expect(suggestedLevel(EDGES, 100, { kind: 'enterprise' })).toBeUndefined();
    // An external zone (level 5) fits the 5–4 band; a field zone dropped there gets 4.
    expect(suggestedLevel(EDGES, 100, { kind: 'external' })).toBeUndefined();
    expect(suggestedLevel(EDGES, 100, { kind: 'field' })).toBe(4);
    // Outside every band: no suggestion.
    expect(suggestedLevel(EDGES, 2000, { kind: 'field' })).toBeUndefined();
  });

  it('moves a divider within its neighbours, keeping each band at least the minimum height', () => {
    expect(moveDivider(EDGES, 2, 450)).toEqual([0, 200, 450, 600, 800, 1000]);
    expect(moveDivider(EDGES, 2, 10)).toEqual([0, 200, 200 + MIN_BAND_HEIGHT, 600, 800, 1000]);
    expect(moveDivider(EDGES, 2, 5000)).toEqual([0, 200, 600 - MIN_BAND_HEIGHT, 600, 800, 1000]);
    expect(moveDivider(EDGES, 5, 1400)).toEqual([0, 200, 400, 600, 800, 1400]);
  });

  it('lays the first bands out to start at the zones of their levels, increasing', () => {
    const zone = (kind: 'enterprise' | 'dmz' | 'control', y: number) => ({
      zone: { id: kind, name: kind, kind },
      abs: { x: 0, y, width: 300, height: 100 },
      depth: 0,
    });
    const edges = initialBandEdges([zone('enterprise', 0), zone('dmz', 300), zone('control', 900)], {
      x: 0,
      y: 0,
      width: 300,
      height: 1000,
    });
    expect(edges).toHaveLength(6);
    expect(edges[1]).toBe(268);
    expect(edges[4]).toBe(868);
    expect(edges.every((y, i) => i === 0 || y - edges[i - 1]! >= MIN_BAND_HEIGHT)).toBe(true);
  });
});
