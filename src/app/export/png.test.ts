import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../domain/export/svg';
import { generatePlant } from '../../domain/generate/plant-generator';
import { demoModel } from '../../samples';
import { pixelSize, usableScale } from './png';

describe('PNG size and scale', () => {
  it('gives whole pixels, exactly 2x and 4x the 1x size', () => {
    const one = pixelSize(2503.4, 1597.2, 1);
    expect(one).toEqual({ width: 2504, height: 1598 });
    expect(pixelSize(2503.4, 1597.2, 2)).toEqual({ width: 2 * one.width, height: 2 * one.height });
    expect(pixelSize(2503.4, 1597.2, 4)).toEqual({ width: 4 * one.width, height: 4 * one.height });
  });

  it('keeps the asked scale for the demo diagram', () => {
    const { width, height } = renderSvg(demoModel());
    for (const scale of [1, 2, 4]) expect(usableScale(width, height, scale)).toBe(scale);
  });

  it('halves the scale until the picture fits a browser canvas', () => {
    // 20,000 px wide: too wide at 1x (16,000 px a side), fits at 0.5x.
    expect(usableScale(20_000, 1_000, 1)).toBe(0.5);
    expect(usableScale(20_000, 1_000, 4)).toBe(0.5);
    // 10,000 x 10,000 at 2x is 400 Mpx: too many pixels although each side would be allowed at 1x.
    expect(usableScale(10_000, 10_000, 2)).toBe(1);
    expect(usableScale(15_000, 15_000, 1)).toBe(0.5);
  });

  it('gives up below 1/16 (SVG is the format for such a drawing)', () => {
    expect(usableScale(16_000 * 17, 100, 1)).toBeUndefined();
    expect(usableScale(16_000 * 16, 100, 1)).toBe(1 / 16);
  });

  it('fits a 5,000-asset plant by lowering the scale', () => {
    const { width, height } = renderSvg(generatePlant('L'));
    const scale = usableScale(width, height, 4)!;
    expect(scale).toBeLessThan(1);
    const px = pixelSize(width, height, scale);
    expect(px.width).toBeLessThanOrEqual(16_000);
    expect(px.width * px.height).toBeLessThanOrEqual(120_000_000);
    expect(px.width).toBeGreaterThan(8_000); // no lower than needed
    // Generating the plant and routing its 600 conduits takes a few seconds on a loaded machine
    // (speed is measured by bench/export-routing.ts, not here).
  }, 60_000);
});
