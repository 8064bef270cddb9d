/**
 * A small, strict XML parser used to prove that our SVG and draw.io files are well-formed and to
 * inspect their structure in tests. It rejects what a conforming parser rejects for the subset we
 * emit (elements, attributes, text, comments, the XML declaration, the five named entities and
 * character references); it does not support DTDs. No dependency: a full XML library would be
 * larger than everything it checks here.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

export function parseXml(text: string): XmlElement {
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    let line = 1;
    let lastBreak = -1;
    for (let i = 0; i < at; i++)
      if (text.charCodeAt(i) === 10) {
        line++;
        lastBreak = i;
      }
    throw new XmlError(message, line, at - lastBreak);
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (!isXmlChar(code)) fail(`character U+${code.toString(16).toUpperCase()} is not allowed in XML`, i);
    if (code > 0xffff) i++;
  }

  const skipSpace = () => {
    SPACE.lastIndex = pos;
    SPACE.exec(text);
    pos = SPACE.lastIndex;
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) return fail('expected a name');
    pos = NAME.lastIndex;
    return m[0];
  };
  const decode = (raw: string, start: number): string =>
    raw.replace(/&([^;]*);|&/g, (whole, ref: string | undefined, offset: number) => {
      if (ref === undefined) return fail('"&" must start an entity such as &amp;', start + offset);
      const hex = /^#x([0-9A-Fa-f]+)$/.exec(ref);
      const dec = /^#([0-9]+)$/.exec(ref);
      if (hex || dec) {
        const code = hex ? Number.parseInt(hex[1]!, 16) : Number(dec![1]);
        if (!isXmlChar(code)) return fail(`character reference ${whole} is not allowed`, start + offset);
        return String.fromCodePoint(code);
      }
      const named = ENTITIES[ref];
      if (named === undefined) return fail(`unknown entity ${whole}`, start + offset);
      return named;
    });
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<!--', pos)) {
        const end = text.indexOf('-->', pos + 4);
        if (end < 0) fail('unclosed comment');
        if (text.slice(pos + 4, end).includes('--')) fail('"--" inside a comment');
        pos = end + 3;
      } else if (text.startsWith('<?', pos)) {
        const end = text.indexOf('?>', pos);
        if (end < 0) fail('unclosed processing instruction');
        pos = end + 2;
      } else return;
    }
  };

  const readElement = (): XmlElement => {
    if (text[pos] !== '<') fail('expected "<"');
    pos++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = pos;
      skipSpace();
      if (text.startsWith('/>', pos)) {
        pos += 2;
        return { name, attributes, children: [] };
      }
      if (text[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('expected whitespace before an attribute');
      const attr = readName();
      if (Object.hasOwn(attributes, attr)) fail(`duplicate attribute "${attr}"`);
      skipSpace();
      if (text[pos] !== '=') fail(`expected "=" after attribute "${attr}"`);
      pos++;
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") return fail('attribute value must be quoted');
      const end = text.indexOf(quote, pos + 1);
      if (end < 0) fail('unclosed attribute value');
      const raw = text.slice(pos + 1, end);
      const lt = raw.indexOf('<');
      if (lt >= 0) fail('"<" is not allowed in an attribute value', pos + 1 + lt);
      attributes[attr] = decode(raw, pos + 1);
      pos = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (pos >= text.length) fail(`element <${name}> is not closed`);
      if (text.startsWith('</', pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== name) fail(`expected </${name}>, found </${closing}>`);
        skipSpace();
        if (text[pos] !== '>') fail('expected ">"');
        pos++;
        return { name, attributes, children };
      }
      if (text.startsWith('<!--', pos)) {
        skipMisc();
        continue;
      }
      if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos);
        if (end < 0) fail('unclosed CDATA section');
        children.push(text.slice(pos + 9, end));
        pos = end + 3;
        continue;
      }
      if (text[pos] === '<') {
        children.push(readElement());
        continue;
      }
      const next = text.indexOf('<', pos);
      const end = next < 0 ? text.length : next;
      const raw = text.slice(pos, end);
      if (raw.includes(']]>')) fail('"]]>" is not allowed in text', pos + raw.indexOf(']]>'));
      children.push(decode(raw, pos));
      pos = end;
    }
  };

  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  if (text.startsWith('<?xml', pos)) {
    const end = text.indexOf('?>', pos);
    if (end < 0) fail('unclosed XML declaration');
    pos = end + 2;
  }
  skipMisc();
  if (text.startsWith('<!DOCTYPE', pos)) fail('DTDs are not supported');
  const root = readElement();
  skipMisc();
  if (pos < text.length) fail('content after the root element');
  return root;
}

/** Every element in document order, the root first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    out.push(el);
    for (const child of el.children) if (typeof child !== 'string') walk(child);
  };
  walk(root);
  return out;
}

/** The concatenated text content of an element and its descendants. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
