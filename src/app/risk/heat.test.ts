import { describe, expect, it } from 'vitest';
import { workshopModel } from '../../../test-support/risk-fixtures';
import { heatCss, heatMap } from './heat';

describe('heat map', () => {
  it('colours each zone and conduit with risks by its worst residual level, others not at all', () => {
    const m = workshopModel();
    m.risks!.push({ id: 'r-c', subjectId: m.conduits[0]!.id, title: 'x', likelihood: 1, consequence: 1 });
    const heat = heatMap(m);
    expect(heat.map((h) => [h.id, h.levelId])).toEqual([
      ['sup', 'high'],
      ['ctl', 'medium'],
      [m.conduits[0]!.id, 'low'],
    ]);
    expect(new Set(heat.map((h) => h.fill)).size).toBe(3);
  });
  it('escapes ids in the CSS', () => {
    const css = heatCss([{ kind: 'zone', id: 'a"]{}', levelId: 'low', label: 'Low', fill: '#fff' }], (s) =>
      s.replace(/["\\{}\]]/g, (c) => `\\${c}`),
    );
    expect(css).toBe(
      '[data-testid="zone-node"][data-zone-id="a\\"\\]\\{\\}"]{background:#fffcc !important;}',
    );
  });
});
