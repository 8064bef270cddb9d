/** What every part of the SVG drawing reads: the model, its index and layout, theme, findings, obstacles. */
import { colourHex } from '../../catalog/palette';
import type { DiagramLayout } from '../../layout/diagram';
import type { ModelIndex } from '../../model/derive';
import type { Model } from '../../model/schema';
import { isUniform, type SecurityLevel, toVector } from '../../security-level';
import { type EvaluationView, SEVERITY_LABEL } from '../findings';
import type { SvgTheme } from '../svg-theme';
import type { Obstacles } from './geometry';

export interface Ctx {
  model: Model;
  index: ModelIndex;
  layout: DiagramLayout;
  theme: SvgTheme;
  evaluation: EvaluationView | undefined;
  obstacles: Obstacles;
}

/** The element's preset colour (diagram.colors) for the theme, or undefined for the default. */
export function colourFor(ctx: Ctx, id: string): string | undefined {
  return colourHex(ctx.model, id, ctx.theme.name);
}

export function findingsOf(ctx: Ctx, id: string) {
  return ctx.evaluation?.bySubject.get(id) ?? [];
}

/** The findings as extra tooltip lines (empty when there are none). */
export function findingsNote(list: ReturnType<typeof findingsOf>): string {
  return list.length ? `\n${list.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.message}`).join('\n')}` : '';
}

/** "2" for a uniform level, "[2,2,3,1,2,1,1]" for a vector, "–" when not set. */
export function slShort(sl: SecurityLevel | null | undefined): string {
  if (sl === null || sl === undefined) return '–';
  return isUniform(sl) ? String(toVector(sl)[0]) : `[${toVector(sl).join(',')}]`;
}
