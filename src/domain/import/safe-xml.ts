/**
 * Reading XML from other tools, safely: no DTD at all (so no external entities and no entity
 * expansion — a billion-laughs file is refused before parsing), bounded size and nesting, and a
 * small element tree whose elements carry their line number, so importers can name the place.
 * fast-xml-parser does the parsing with its own entity processing switched off; the five
 * predefined entities and character references are decoded here.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkSize, ImportError } from './interop-model';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text content directly inside the element (decoded, concatenated). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export const XML_LIMITS = { bytes: 20 * 1024 * 1024, depth: 64 } as const;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else stays as written. */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\uFFFD';
    }
    return PREDEFINED[ref] ?? whole;
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Deepest element nesting (cheap scan, before the parser recurses). */
function nesting(text: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[1]) depth--;
    else if (!m[2]) {
      depth++;
      if (depth > max) max = depth;
      if (max > XML_LIMITS.depth) return max;
    }
  }
  return max;
}

type Ordered = Record<string, unknown>;

export function parseXml(input: string): XmlElement {
  checkSize(input, XML_LIMITS.bytes);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const starts = lineStarts(text);
  const doctype = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST)\b/i.exec(text);
  if (doctype)
    throw new ImportError(
      `XML line ${lineAt(starts, doctype.index)}`,
      `document type declarations (<!${doctype[1]!.toUpperCase()}>) are not accepted: they can fetch other files or expand entities without bound`,
    );
  if (nesting(text) > XML_LIMITS.depth)
    throw new ImportError('', `XML is nested deeper than ${XML_LIMITS.depth} elements`);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true)
    throw new ImportError(
      `XML line ${valid.err.line}, column ${valid.err.col}`,
      `not well-formed XML: ${valid.err.msg.slice(0, 200)}`,
    );
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    allowBooleanAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    captureMetaData: true,
    maxNestedTags: XML_LIMITS.depth + 1,
  });
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  let nodes: Ordered[];
  try {
    nodes = parser.parse(text) as Ordered[];
  } catch (error) {
    throw new ImportError(
      '',
      `not readable as XML: ${error instanceof Error ? error.message.slice(0, 200) : ''}`,
    );
  }
  const convert = (node: Ordered): XmlElement | string | null => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined) return null;
    if (name === '#text') return decodeXmlText(String(node[name]));
    if (name.startsWith('?') || name === '#comment' || name === '#cdata') return null;
    const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
    const attrs: Record<string, string> = Object.create(null);
    for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = decodeXmlText(v === true ? '' : String(v));
    const start = (node as { [k: symbol]: { startIndex?: number } })[meta]?.startIndex ?? 0;
    const element: XmlElement = { name, attrs, children: [], text: '', line: lineAt(starts, start) };
    for (const child of (node[name] as Ordered[]) ?? []) {
      const c = convert(child);
      if (typeof c === 'string') element.text += c;
      else if (c) element.children.push(c);
    }
    return element;
  };
  const roots = nodes.map(convert).filter((n): n is XmlElement => typeof n === 'object' && n !== null);
  if (roots.length !== 1) throw new ImportError('', 'an XML file has exactly one root element');
  return roots[0]!;
}

/** Every descendant element named `name` (depth first, document order). */
export function descendants(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}
