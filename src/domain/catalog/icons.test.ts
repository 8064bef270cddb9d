import { describe, expect, it } from 'vitest';
import { ASSET_TYPES } from './asset-types';
import { ICON_IDS, ICONS, icon, ZONE_KIND_ICON } from './icons';
import { ZONE_KINDS } from './zone-kinds';

// Every command letter followed by numbers; catches typos that would make a browser drop a path.
const PATH_DATA = /^(?:[MmLlHhVvCcSsQqTtAaZz](?:\s*-?[\d.]+(?:[\s,]*-?[\d.]+)*)?\s*)+$/;

describe('icons', () => {
  it('has an icon for every asset type and zone kind', () => {
    for (const t of ASSET_TYPES) expect(ICON_IDS, t.id).toContain(t.icon);
    for (const k of ZONE_KINDS) expect(ICON_IDS, k).toContain(ZONE_KIND_ICON[k]);
  });

  it('uses well-formed path data only', () => {
    for (const id of ICON_IDS) {
      const data = ICONS[id];
      expect(data.paths.length, id).toBeGreaterThan(0);
      for (const d of data.paths) expect(d, id).toMatch(PATH_DATA);
    }
  });

  it('falls back to the generic icon for unknown ids', () => {
    expect(icon('no-such-icon')).toBe(ICONS.generic);
    expect(icon('constructor')).toBe(ICONS.generic);
    expect(icon('toString')).toBe(ICONS.generic);
    expect(icon('firewall')).toBe(ICONS.firewall);
  });
});
