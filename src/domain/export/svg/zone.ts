/**
 * A zone: body, header band with kind icon, name, kind, Purdue level and SL-T chips, finding badge.
 * The name is never cut: when it does not fit beside the chips, the chips move to a second header
 * row under it; when it does not fit the header's width either, it wraps to two lines at a smaller
 * size and the chips go to the top right of the body.
 */
import { ZONE_KIND_ICON } from '../../catalog/icons';
import { ZONE_KIND_INFO } from '../../catalog/zone-kinds';
import { SIZE, type ZoneGeometry } from '../../layout/geometry';
import { worstSeverity } from '../findings';
import { mix } from '../svg-theme';
import { cleanText, num, textWidth } from '../text';
import { type Ctx, colourFor, findingsNote, findingsOf, slShort } from './context';
import { displayText, fitLines } from './fit';
import { badge, chip, chipWidth, drawIcon, tag, text, textLines, titleEl } from './markup';

const NAME_X = 36;

export function drawZone(ctx: Ctx, zb: ZoneGeometry): string {
  const { zone, abs, depth } = zb;
  const { theme } = ctx;
  const colour = colourFor(ctx, zone.id) ?? theme.kind[zone.kind];
  const kindInfo = ZONE_KIND_INFO[zone.kind];
  const level = zone.purdueLevel ?? kindInfo.defaultPurdueLevel;
  const header = SIZE.header;
  const r = 10;
  const { x, y, width, height } = abs;
  const findings = findingsOf(ctx, zone.id);
  const worst = worstSeverity(findings);
  const unset = zone.slTarget === null || zone.slTarget === undefined;
  const name = displayText(cleanText(zone.name)) || 'unnamed zone';
  const nameFill = zone.name ? theme.text : theme.muted;

  const slLabel = `SL-T ${slShort(zone.slTarget)}`;
  const slColours = {
    fill: unset ? theme.card : colour,
    text: unset ? theme.muted : '#ffffff',
    stroke: unset ? theme.cardStroke : undefined,
  };
  const purdueLabel = `L${level}`;
  const purdueColours = { fill: mix(theme.background, colour, 0.18), text: theme.text };
  const right = x + width - 10 - (worst ? 26 : 0);
  const nameX = x + NAME_X;
  const chipsWidth = (size: number) => chipWidth(slLabel, size) + 5 + chipWidth(purdueLabel, size);
  const parts: string[] = [];

  // Chips in a row ending at `end`, Purdue level then SL-T.
  const chipRow = (end: number, top: number, size: number) => {
    const sl = chipWidth(slLabel, size);
    const pl = chipWidth(purdueLabel, size);
    return (
      chip(purdueLabel, end - sl - 5 - pl, top, purdueColours, size) +
      chip(slLabel, end - sl, top, slColours, size)
    );
  };

  const oneRow = fitLines(name, right - chipsWidth(10.5) - 8 - nameX, [13, 12], 1, true);
  if (oneRow.fits) {
    // One row: name, kind (when it fits), chips on the right.
    const nameEnd = nameX + textWidth(oneRow.lines[0]!, oneRow.size, true) + 8;
    const kindFits = textWidth(kindInfo.label, 11) <= right - chipsWidth(10.5) - 8 - nameEnd;
    parts.push(
      text(oneRow.lines[0]!, nameX, y + 25, { size: oneRow.size, fill: nameFill, bold: true }),
      kindFits ? text(kindInfo.label, nameEnd, y + 25, { size: 11, fill: theme.muted }) : '',
      chipRow(right, y + 11, 10.5),
    );
  } else {
    const twoRows = fitLines(name, right - nameX, [12, 11, 10], 1, true);
    if (twoRows.fits) {
      // Name on the first row, chips (and the kind when it fits) on the second.
      const chipsEnd = nameX + chipsWidth(9.5);
      parts.push(
        text(twoRows.lines[0]!, nameX, y + 16, { size: twoRows.size, fill: nameFill, bold: true }),
        chipRow(chipsEnd, y + 21, 9.5),
        textWidth(kindInfo.label, 10) <= right - chipsEnd - 8
          ? text(kindInfo.label, chipsEnd + 8, y + 32, { size: 10, fill: theme.muted })
          : '',
      );
    } else {
      // A long name in a narrow zone: two lines (or more, never cut) across the header; the chips
      // go to the body's top right, in the padding above its content.
      const wrapped = fitLines(name, right - nameX, [11, 10, 9], 2, true);
      const lineHeight = wrapped.size + 2;
      parts.push(
        textLines(
          wrapped.lines,
          nameX,
          y + header / 2 - ((wrapped.lines.length - 1) * lineHeight) / 2 + 4,
          lineHeight,
          {
            size: wrapped.size,
            fill: nameFill,
            bold: true,
          },
        ),
        chipRow(x + width - 6, y + header + 2, 9),
      );
    }
  }
  if (worst) parts.push(badge(findings.length, worst, x + width - 19, y + header / 2, theme));

  // Header band: top corners rounded, bottom edge straight.
  const headerPath = `M${num(x)},${num(y + header)} V${num(y + r)} Q${num(x)},${num(y)} ${num(x + r)},${num(y)} H${num(x + width - r)} Q${num(x + width)},${num(y)} ${num(x + width)},${num(y + r)} V${num(y + header)} Z`;
  const tooltip = `${zone.name} — ${kindInfo.label} zone, Purdue level ${level}, SL-T ${slShort(zone.slTarget)}${findingsNote(findings)}`;
  return tag(
    'g',
    {},
    titleEl(tooltip),
    tag('rect', {
      x,
      y,
      width,
      height,
      rx: r,
      fill:
        depth === 0
          ? mix(theme.background, colour, theme.bodyTint)
          : mix(theme.card, colour, theme.bodyTint * 0.7),
      stroke: mix(theme.background, colour, 0.75),
      'stroke-width': 1.5,
      'stroke-dasharray': zone.kind === 'external' ? '6 4' : undefined,
    }),
    tag('path', { d: headerPath, fill: mix(theme.background, colour, theme.headerTint) }),
    tag('line', {
      x1: x,
      y1: y + header,
      x2: x + width,
      y2: y + header,
      stroke: mix(theme.background, colour, 0.3),
      'stroke-width': 1,
    }),
    drawIcon(ZONE_KIND_ICON[zone.kind], x + 12, y + (header - 17) / 2, 17, colour),
    ...parts,
  );
}
