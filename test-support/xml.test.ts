import { describe, expect, it } from 'vitest';
import { allElements, parseXml, textContent, XmlError } from './xml';

describe('parseXml', () => {
  it('parses elements, attributes, entities and the XML declaration', () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<svg a="1 &amp; 2" b='&#x3c;'><!-- c --><text>x &lt; y</text><g/></svg>\n`,
    );
    expect(root.name).toBe('svg');
    expect(root.attributes).toEqual({ a: '1 & 2', b: '<' });
    expect(allElements(root).map((e) => e.name)).toEqual(['svg', 'text', 'g']);
    expect(textContent(root)).toBe('x < y');
  });

  const bad: Array<[string, string]> = [
    ['<a><b></a></b>', "Expected closing tag 'b'"],
    ['<a x=1/>', 'without value'],
    ['<a x="1" x="2"/>', 'repeated'],
    ['<a>& b</a>', "char '&' is not expected"],
    ['<a/><b/>', 'one root element'],
    ['<a>', 'Unclosed'],
    ['<a>\u0001</a>', 'not allowed in XML'],
    ['<a>&#0;</a>', 'not allowed in XML'],
  ];
  it.each(bad)('rejects %s', (text, message) => {
    expect(() => parseXml(text)).toThrow(message);
  });

  it('names the line and column of the problem', () => {
    try {
      parseXml('<a>\n  <b x=1/>\n</a>');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XmlError);
      expect((error as XmlError).line).toBe(2);
    }
  });
});
