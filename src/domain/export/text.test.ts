import { describe, expect, it } from 'vitest';
import {
  cleanText,
  escapeXml,
  fileStem,
  fitText,
  num,
  REPLACEMENT,
  shorten,
  textWidth,
  xmlText,
} from './text';

describe('cleanText', () => {
  it('replaces bidi overrides, isolates and marks so they cannot reorder what a reader sees', () => {
    expect(cleanText('abc\u202Etxt.exe')).toBe(`abc${REPLACEMENT}txt.exe`);
    expect(cleanText('\u2066x\u2069\u200F')).toBe(`${REPLACEMENT}x${REPLACEMENT}${REPLACEMENT}`);
  });
  it('replaces control characters, non-characters and lone surrogates (all invalid in XML)', () => {
    expect(cleanText('a\u0000b\u0007c\u009Fd\uFFFEe')).toBe(
      `a${REPLACEMENT}b${REPLACEMENT}c${REPLACEMENT}d${REPLACEMENT}e`,
    );
    expect(cleanText('x\uD800y')).toBe(`x${REPLACEMENT}y`);
    expect(cleanText('x\uDC00')).toBe(`x${REPLACEMENT}`);
  });
  it('keeps proper surrogate pairs (emoji, rare CJK)', () => {
    expect(cleanText('pump 🚰 𠀀')).toBe('pump 🚰 𠀀');
  });
  it('turns line breaks and tabs into spaces, or keeps breaks as LF for multi-line fields', () => {
    expect(cleanText('a\r\nb\rc\nd\te')).toBe('a b c d e');
    expect(cleanText('a\r\nb\rc\u2028d', { multiline: true })).toBe('a\nb\nc\nd');
  });
});

describe('escapeXml / xmlText', () => {
  it('escapes every markup character, in text and in both attribute quote styles', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  it('cleans before escaping', () => {
    expect(xmlText('<b>\u202E')).toBe(`&lt;b&gt;${REPLACEMENT}`);
  });
});

describe('fitText', () => {
  it('keeps text that fits', () => {
    expect(fitText('PLC 1', 200, 12)).toBe('PLC 1');
  });
  it('cuts long text with an ellipsis so it fits', () => {
    const cut = fitText('A'.repeat(5000), 150, 12, true);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12, true)).toBeLessThanOrEqual(150);
    expect(cut.length).toBeGreaterThan(5);
  });
  it('never splits a surrogate pair', () => {
    const cut = fitText('🚰'.repeat(100), 60, 12);
    expect(cleanText(cut)).toBe(cut);
  });
});

describe('helpers', () => {
  it('num writes at most one decimal and no negative zero', () => {
    expect(num(1.25)).toBe('1.3');
    expect(num(-0.01)).toBe('0');
    expect(num(10)).toBe('10');
  });
  it('shorten cuts by characters', () => {
    expect(shorten('abcdef', 4)).toBe('abc…');
    expect(shorten('abc', 4)).toBe('abc');
  });
  it('fileStem makes a safe, readable file name', () => {
    expect(fileStem('Riverside Wasser-Aufbereitung (Süd)')).toBe('riverside-wasser-aufbereitung-sud');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('<script>')).toBe('script');
    expect(fileStem('\u202E')).toBe('ot-zones-model');
    expect(fileStem('x'.repeat(300)).length).toBeLessThanOrEqual(80);
  });
});
