/**
 * The heat map: each zone and conduit coloured by its worst residual risk. Pure, so it is tested
 * without a browser; the overlay turns the result into CSS.
 */
import type { Model } from '../../domain/model/schema';
import { riskAssessmentOf, worstResidual } from '../../domain/risk/scoring';
import { heatFill } from './level-style';

export interface HeatEntry {
  kind: 'zone' | 'conduit';
  id: string;
  levelId: string;
  label: string;
  fill: string;
}

export function heatMap(model: Model): HeatEntry[] {
  const { matrix, bySubject } = riskAssessmentOf(model);
  const count = matrix.data.levels.length;
  const out: HeatEntry[] = [];
  for (const [kind, list] of [
    ['zone', model.zones],
    ['conduit', model.conduits],
  ] as const)
    for (const e of list) {
      const worst = worstResidual(matrix, bySubject.get(e.id) ?? []);
      const level = worst?.residualLevel;
      if (!level) continue;
      out.push({
        kind,
        id: e.id,
        levelId: level.id,
        label: level.label,
        fill: heatFill(matrix.rank(level.id), count),
      });
    }
  return out;
}

/** CSS that paints the canvas's zone boxes and conduit labels (ids escaped for selectors). */
export function heatCss(entries: readonly HeatEntry[], escapeId: (s: string) => string): string {
  return entries
    .map((e) =>
      e.kind === 'zone'
        ? `[data-testid="zone-node"][data-zone-id="${escapeId(e.id)}"]{background:${e.fill}cc !important;}`
        : `[data-testid="conduit-label"][data-conduit-id="${escapeId(e.id)}"]{background:${e.fill} !important;border-color:#0f172a !important;}`,
    )
    .join('\n');
}
