/**
 * An asset card: icon tile, name, type, SL-C chip, flag markers (safety, wireless, transient,
 * external network) and finding badge. Name and type wrap and shrink to fit the card; nothing is
 * cut short.
 */
import { assetType } from '../../catalog/asset-types';
import type { AssetGeometry } from '../../layout/geometry';
import { assetTraits } from '../../model/derive';
import { worstSeverity } from '../findings';
import { cleanText, textWidth } from '../text';
import { type Ctx, colourFor, findingsNote, findingsOf, slShort } from './context';
import { displayText, wrapText } from './fit';
import { badge, chipWidth, drawIcon, tag, text, textLines, titleEl } from './markup';

/** Asset flags drawn as markers on the card's bottom edge, in drawing order from the right. */
export const FLAGS = [
  { key: 'safetyRelated', icon: 'shield', label: 'safety-related' },
  { key: 'wireless', icon: 'wireless', label: 'wireless' },
  { key: 'transient', icon: 'laptop', label: 'temporarily connected' },
  { key: 'externalNetwork', icon: 'globe', label: 'reached over an external network' },
] as const;

const SCALES = [1, 0.92, 0.84, 0.76, 0.7];

interface CardText {
  name: string[];
  nameSize: number;
  type: string[];
  typeSize: number;
  /** SL-C chip: after the type's last line, or on a line of its own. */
  slc?: { label: string; size: number; ownLine: boolean };
  height: number;
}

/** The largest scale at which name (≤ 2 lines), type and SL-C chip fit the card's text area. */
export function fitCardText(
  name: string,
  type: string,
  slc: string | undefined,
  width: number,
  height: number,
): CardText {
  let last: CardText | undefined;
  for (const s of SCALES) {
    const nameSize = 12.5 * s;
    const typeSize = 10.5 * s;
    const chipSize = 10 * s;
    const nameLines = wrapText(name, width, nameSize, true);
    const typeLines = wrapText(type, width, typeSize);
    const lastType = typeLines[typeLines.length - 1]!;
    const inline = slc !== undefined && textWidth(lastType, typeSize) + 5 + chipWidth(slc, chipSize) <= width;
    const chipLine = slc !== undefined && !inline;
    const total =
      nameLines.length * nameSize * 1.2 +
      typeLines.length * typeSize * 1.25 +
      (chipLine ? chipSize * 1.7 : 0);
    last = {
      name: nameLines,
      nameSize,
      type: typeLines,
      typeSize,
      slc: slc === undefined ? undefined : { label: slc, size: chipSize, ownLine: chipLine },
      height: total,
    };
    const chipFits = slc === undefined || chipWidth(slc, chipSize) <= width;
    if (nameLines.length <= 2 && typeLines.length <= 2 && total <= height && chipFits) return last;
  }
  return last!;
}

export function drawAsset(ctx: Ctx, ab: AssetGeometry): string {
  const { asset, abs } = ab;
  const { theme } = ctx;
  const type = assetType(asset.type);
  const traits = assetTraits(asset);
  const tone = theme.assetClass[traits.class];
  const typeLabel = type.id === asset.type ? type.label : asset.type;
  const flags = FLAGS.filter((f) => traits[f.key]);
  const findings = findingsOf(ctx, asset.id);
  const worst = worstSeverity(findings);
  const { x, y, width, height } = abs;
  const iconBox = Math.min(36, height - 12);
  const textX = x + 6 + iconBox + 8;
  const maxText = x + width - textX - 8;
  const midY = y + height / 2;
  const slcText = asset.slCapability === undefined ? undefined : `SL-C ${slShort(asset.slCapability)}`;
  const fitted = fitCardText(
    displayText(cleanText(asset.name)) || 'unnamed',
    displayText(cleanText(typeLabel)),
    slcText,
    maxText,
    height - 8,
  );

  // Baselines from the top of the centred text block.
  let cursor = midY - fitted.height / 2;
  const nameLine = fitted.nameSize * 1.2;
  const nameMarkup = textLines(fitted.name, textX, cursor + fitted.nameSize, nameLine, {
    size: fitted.nameSize,
    weight: 600,
    fill: asset.name ? theme.text : theme.muted,
  });
  cursor += fitted.name.length * nameLine;
  const typeLine = fitted.typeSize * 1.25;
  const typeMarkup = textLines(fitted.type, textX, cursor + fitted.typeSize, typeLine, {
    size: fitted.typeSize,
    fill: theme.muted,
  });
  cursor += fitted.type.length * typeLine;
  let slcMarkup = '';
  if (fitted.slc) {
    const { label, size, ownLine } = fitted.slc;
    const w = chipWidth(label, size) - 2;
    const h = size * 1.45;
    const lastType = fitted.type[fitted.type.length - 1]!;
    const chipX = ownLine ? textX : textX + textWidth(lastType, fitted.typeSize) + 5;
    const chipTop = ownLine ? cursor + size * 0.15 : cursor - typeLine + (typeLine - h) / 2 + 0.5;
    slcMarkup =
      tag('rect', { x: chipX, y: chipTop, width: w, height: h, rx: 3, fill: theme.chip }) +
      text(label, chipX + w / 2, chipTop + h / 2 + size * 0.36, {
        size,
        fill: theme.muted,
        bold: true,
        anchor: 'middle',
      });
  }
  const details = [typeLabel, slcText, ...flags.map((f) => f.label)].filter(Boolean);
  return tag(
    'g',
    {},
    titleEl(`${asset.name} — ${details.join(', ')}${findingsNote(findings)}`),
    tag('rect', {
      x,
      y,
      width,
      height,
      rx: 8,
      fill: theme.card,
      stroke: worst ? theme.severity[worst] : theme.cardStroke,
      'stroke-width': worst ? 1.5 : 1,
    }),
    accentBar(ctx, asset.id, x, y, height),
    tag('rect', { x: x + 6, y: midY - iconBox / 2, width: iconBox, height: iconBox, rx: 6, fill: tone.fill }),
    drawIcon(type.icon, x + 6 + (iconBox - 20) / 2, midY - 10, 20, tone.icon),
    nameMarkup,
    typeMarkup,
    slcMarkup,
    ...flags.map((f, i) => {
      const cx = x + width - 14 - i * 19;
      const c = theme.flag[f.key];
      return (
        tag('circle', { cx, cy: y + height, r: 8.5, fill: c.fill, stroke: c.stroke }) +
        drawIcon(f.icon, cx - 5.5, y + height - 5.5, 11, c.icon)
      );
    }),
    worst ? badge(findings.length, worst, x + width - 2, y + 2, theme) : '',
  );
}

/** The preset colour of an asset (diagram.colors) as a bar along the card's left edge. */
function accentBar(ctx: Ctx, id: string, x: number, y: number, height: number): string {
  const colour = colourFor(ctx, id);
  return colour ? tag('rect', { x, y: y + 3, width: 4, height: height - 6, rx: 2, fill: colour }) : '';
}
