import { describe, expect, it } from 'vitest';
import { THEMES } from '../export/svg-theme';
import { ZONE_KIND_COLOR } from './zone-colours';
import { ZONE_KINDS } from './zone-kinds';

describe('zone colours', () => {
  it('gives every zone kind one #rrggbb colour, the one the light export theme uses', () => {
    for (const kind of ZONE_KINDS) {
      expect(ZONE_KIND_COLOR[kind]).toMatch(/^#[0-9a-f]{6}$/);
      expect(THEMES.light.kind[kind]).toBe(ZONE_KIND_COLOR[kind]);
    }
  });

  it('does not share a colour between two kinds', () => {
    const colours = Object.values(ZONE_KIND_COLOR);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
