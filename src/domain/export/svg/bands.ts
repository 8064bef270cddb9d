/**
 * What is drawn behind the zones: subsystems, and before them Purdue bands.
 * Purdue bands (diagram.purdueBands) behind the exported drawing: alternating faint bands across
 * the drawing's width, a dashed divider between them and the band's label at its top left.
 */
import type { Box } from '../../layout/geometry';
import { PURDUE_BANDS } from '../../layout/purdue-bands';
import { subsystemBoxes } from '../../layout/subsystems';
import { mix } from '../svg-theme';
import { num } from '../text';
import type { Ctx } from './context';
import { tag, text, titleEl } from './markup';

/** The box the bands cover, to be included in the drawing's extent (undefined without bands). */
export function bandsBox(ctx: Ctx, content: Box): Box | undefined {
  const edges = ctx.model.diagram?.purdueBands;
  if (!edges) return undefined;
  return { x: content.x, y: edges[0]!, width: content.width, height: edges[edges.length - 1]! - edges[0]! };
}

export function drawBands(ctx: Ctx, content: Box): string {
  const edges = ctx.model.diagram?.purdueBands;
  if (!edges) return '';
  const { theme } = ctx;
  const parts: string[] = [];
  PURDUE_BANDS.forEach((band, i) => {
    const y = edges[i]!;
    const height = edges[i + 1]! - y;
    if (i % 2 === 0)
      parts.push(
        tag('rect', {
          x: num(content.x),
          y: num(y),
          width: num(content.width),
          height: num(height),
          fill: mix(theme.background, theme.muted, 0.07),
        }),
      );
    if (i > 0)
      parts.push(
        tag('line', {
          x1: num(content.x),
          y1: num(y),
          x2: num(content.x + content.width),
          y2: num(y),
          stroke: mix(theme.background, theme.muted, 0.5),
          'stroke-width': 1.5,
          'stroke-dasharray': '8 5',
        }),
      );
    parts.push(
      text(band.label.toUpperCase(), content.x + 8, y + 16, { size: 11, bold: true, fill: theme.muted }),
    );
  });
  return tag('g', { class: 'purdue-bands' }, ...parts);
}

/** Subsystems (diagram.subsystems): grey dashed boxes around their zones, name on top, behind zones. */
export function subsystemsBox(ctx: Ctx): Box[] {
  return subsystemBoxes(ctx.model, ctx.layout).map((s) => s.box);
}

export function drawSubsystems(ctx: Ctx): string {
  const { theme } = ctx;
  const parts = subsystemBoxes(ctx.model, ctx.layout).map(({ subsystem, box }) =>
    tag(
      'g',
      { class: 'subsystem' },
      titleEl(`Subsystem ${subsystem.name}`),
      tag('rect', {
        x: num(box.x),
        y: num(box.y),
        width: num(box.width),
        height: num(box.height),
        rx: 14,
        fill: mix(theme.background, theme.muted, 0.05),
        stroke: mix(theme.background, theme.muted, 0.55),
        'stroke-width': 1.2,
        'stroke-dasharray': '6 4',
      }),
      text(subsystem.name || 'Subsystem', box.x + 12, box.y + 17, {
        size: 12,
        bold: true,
        fill: theme.muted,
      }),
    ),
  );
  return parts.join('');
}
