/**
 * Text hygiene shared by every exporter. Names and descriptions come from files other people
 * wrote, so before any of it reaches an SVG, HTML, XML or CSV file it is made inert:
 * - control characters cannot break the output format (XML forbids most of them outright);
 * - bidi overrides and isolates cannot reorder what a reader sees ("Trojan Source" style tricks);
 * - markup characters are escaped for the target format by the caller (escapeXml here).
 */

export { type CleanOptions, cleanText, REPLACEMENT } from '../text/clean-text';

import { type CleanOptions, cleanText } from '../text/clean-text';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for XML/HTML content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  // Most text and every number has nothing to escape: skip the replace (and its copy) then.
  return MARKUP_CHAR.test(text) ? text.replace(MARKUP_CHARS, (ch) => XML_ESCAPES[ch] ?? ch) : text;
}
const MARKUP_CHAR = /[&<>"']/;
const MARKUP_CHARS = /[&<>"']/g;

/** cleanText then escapeXml: the one call exporters use for user text in markup. */
export function xmlText(input: string, options: CleanOptions = {}): string {
  return escapeXml(cleanText(input, options));
}

/**
 * Approximate advance widths (in ems) of a proportional sans-serif font. The domain module has no
 * DOM to measure text, and the reader's font is not known anyway (we name a generic stack), so a
 * table close to Arial/Helvetica is good enough to decide where a name must be cut.
 */
const NARROW = new Set([..."il.,:;!|'`ijtfrI()[]{} "]);
const WIDE = new Set([...'mwMW@%']);
function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.86;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (ch >= '0' && ch <= '9') return 0.56;
  const code = ch.codePointAt(0) ?? 0;
  // CJK and other wide scripts take about a full em.
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || code >= 0xac00)) return 1;
  return 0.53;
}

/** Bold glyphs are wider; and the reader's fallback font (DejaVu Sans, say) may be wider than Arial. */
const BOLD = 1.08;
const SAFETY = 1.06;

/** Estimated width in px of `text` at `fontSize` px; bold text is a little wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize * (bold ? BOLD : 1) * SAFETY;
}

/**
 * The text, cut with an ellipsis so that it fits `maxWidth` px. Cuts at code points, never inside
 * a surrogate pair. The caller keeps the full text elsewhere (a <title>, a table).
 */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const ellipsis = '…';
  const budget = maxWidth - textWidth(ellipsis, fontSize, bold);
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = charWidth(ch) * fontSize * (bold ? BOLD : 1) * SAFETY;
    if (used + w > budget) break;
    used += w;
    out += ch;
  }
  return `${out.trimEnd()}${ellipsis}`;
}

/** Cuts very long text for table cells and messages, keeping the end readable. */
export function shorten(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/** A number written compactly and identically on every platform: at most one decimal, no -0. */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A safe file name stem from a model name: letters, digits, dash and underscore only. */
export function fileStem(name: string): string {
  const stem = cleanText(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
    .toLowerCase();
  return stem || 'ot-zones-model';
}
