import { describe, expect, it } from 'vitest';
import { freeSpotNear } from './free-spot';

const size = { width: 100, height: 50 };

describe('freeSpotNear', () => {
  it('keeps the wanted spot when it is free', () => {
    expect(
      freeSpotNear([{ x: 300, y: 300, width: 50, height: 50 }], size, { x: 0, y: 0 }, { step: 20 }),
    ).toEqual({
      x: 0,
      y: 0,
    });
  });

  it('moves off an element it would cover, to the nearest free spot', () => {
    const taken = [{ x: 0, y: 0, width: 160, height: 60 }];
    const spot = freeSpotNear(taken, size, { x: 20, y: 0 }, { step: 20, gap: 10 });
    const box = { ...spot, ...size };
    expect(box.x < 160 + 10 && box.x + box.width > -10 && box.y < 60 + 10 && box.y + box.height > -10).toBe(
      false,
    );
    expect(Math.hypot(spot.x - 20, spot.y)).toBeLessThan(120);
  });

  it('stays within the given area (below a zone header)', () => {
    const taken = [{ x: 0, y: 40, width: 400, height: 60 }];
    const spot = freeSpotNear(taken, size, { x: 0, y: 40 }, { step: 20, within: { minX: 16, minY: 40 } });
    expect(spot.y).toBeGreaterThanOrEqual(100);
    expect(spot.x).toBeGreaterThanOrEqual(16);
  });
});
