/** The title block above the drawing: model name, site, author, date, counts and policy-check summary. */
import type { Severity } from '../../model/schema';
import { summariseCounts } from '../findings';
import { cleanText } from '../text';
import type { Ctx } from './context';
import { displayText, fitLines, linesWidth } from './fit';
import { tag, textLines } from './markup';

/**
 * The block's markup, height and the width its text takes; long names and fact lines wrap (never
 * cut) to `width`.
 */
export function titleBlock(
  ctx: Ctx,
  x: number,
  y: number,
  width: number,
): { svg: string; height: number; textWidth: number } {
  const { model, theme } = ctx;
  const meta = model.meta;
  const facts = [
    meta.site ? `Site: ${meta.site}` : '',
    meta.author ? `Author: ${meta.author}` : '',
    meta.updatedAt ? `Updated: ${meta.updatedAt}` : '',
  ].filter(Boolean);
  const counts = `${model.zones.length} zones · ${model.assets.length} assets · ${model.conduits.length} conduits`;
  const title = fitLines(displayText(cleanText(meta.name)) || 'Untitled model', width, [20, 18, 16], 2, true);
  const titleLine = title.size + 4;
  let cursor = y + title.size + 4;
  const parts = [
    textLines(title.lines, x, cursor, titleLine, { size: title.size, fill: theme.text, bold: true }),
  ];
  cursor += (title.lines.length - 1) * titleLine + 22;
  const factLines = fitLines([...facts, counts].join('   ·   '), width, [12], 3);
  parts.push(textLines(factLines.lines, x, cursor, 16, { size: 12, fill: theme.muted }));
  let textWidth = Math.max(linesWidth(title.lines, title.size, true), linesWidth(factLines.lines, 12));
  cursor += (factLines.lines.length - 1) * 16 + 20;
  if (ctx.evaluation) {
    const c = ctx.evaluation.counts;
    const worst: Severity | 'ok' = c.error ? 'error' : c.warning ? 'warning' : c.info ? 'info' : 'ok';
    const suppressed = ctx.evaluation.suppressed
      ? ` (${ctx.evaluation.suppressed} suppressed by policy)`
      : '';
    const summary = fitLines(`Policy check: ${summariseCounts(c)}${suppressed}`, width - 16, [12], 3);
    parts.push(
      tag('circle', { cx: x + 5, cy: cursor - 4, r: 5, fill: theme.severity[worst] }),
      textLines(summary.lines, x + 16, cursor, 16, { size: 12, fill: theme.text }),
    );
    cursor += (summary.lines.length - 1) * 16;
    textWidth = Math.max(textWidth, 16 + linesWidth(summary.lines, 12));
  }
  return { svg: tag('g', {}, ...parts), height: Math.max(96, cursor - y + 18), textWidth };
}
