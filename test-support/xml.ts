/**
 * Reads the XML our exporters write (SVG, draw.io) in tests: fast-xml-parser's validator proves
 * the file is well-formed (an independent, well-kept parser rather than one of our own), then its
 * parser gives a small element tree to inspect. Two XML 1.0 rules the validator does not enforce
 * are checked here as well: one root element, and no control characters.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

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

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

// Characters XML 1.0 does not allow anywhere, raw or as a character reference.
// biome-ignore lint/complexity/useRegexLiterals: a literal would spell the control characters, which noControlCharactersInRegex refuses
const NOT_XML_CHAR = new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|&#0*(?:[0-8]|1[124-9]|2\\d|3[01]);|&#x0*(?:[0-8bcef]|1[0-9a-f]);',
  'i',
);

function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: Ordered): XmlElement | string | null {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  if (name === '#text') return String(node[name]);
  if (name.startsWith('?') || name === '#comment') return null;
  const children = (node[name] as Ordered[])
    .map(toElement)
    .filter((c): c is XmlElement | string => c !== null);
  return { name, attributes: { ...(node[':@'] ?? {}) }, children };
}

/** Parses a whole document; throws an XmlError naming the line and column if it is not well-formed. */
export function parseXml(text: string): XmlElement {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlError(valid.err.msg, valid.err.line, valid.err.col);
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) {
    const at = positionOf(text, bad.index);
    throw new XmlError('character not allowed in XML', at.line, at.column);
  }
  const roots = (parser.parse(text) as Ordered[])
    .map(toElement)
    .filter((n): n is XmlElement => n !== null && typeof n !== 'string');
  if (roots.length !== 1) throw new XmlError(`expected one root element, found ${roots.length}`, 1, 1);
  return roots[0]!;
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
