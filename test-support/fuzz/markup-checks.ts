/**
 * Is this HTML/SVG/XML inert? A tolerant tag scanner (HTML is not XML, so no strict parser) that
 * lists everything that could run code or fetch something when the file is opened in a browser,
 * an SVG viewer or draw.io. Because exporters escape every `<` of user text, each `<name` the
 * scanner sees is a real element: if hostile text broke out of its escaping, it shows up here.
 * Test-only code.
 */

export interface Tag {
  name: string;
  attributes: Array<[string, string]>;
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<\/?([A-Za-z][\w:.-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an exporter may use. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_m, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return NAMED[lower] ?? _m;
  });
}

export function tagsOf(markup: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of markup.matchAll(TOKEN)) {
    if (!m[1]) continue;
    const attributes: Array<[string, string]> = [];
    for (const a of (m[2] ?? '').matchAll(ATTRIBUTE)) {
      const raw = a[2] ?? '';
      const unquoted = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
      attributes.push([a[1]!.toLowerCase(), decodeEntities(unquoted)]);
    }
    tags.push({ name: m[1].toLowerCase(), attributes });
  }
  return tags;
}

/** The text a reader sees: tags, comments and CDATA markers removed, entities decoded. */
export function visibleText(markup: string): string {
  return decodeEntities(
    markup
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(TOKEN, ' '),
  );
}

const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'link',
  'portal',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'handler',
  'listener',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'srcset',
  'poster',
]);
/** Links that stay inside the document, and images embedded in it. */
const SAFE_URL = /^(#|data:image\/(png|jpeg|gif|webp);)/i;

/** Everything in the markup that could run code or fetch something; empty when inert. */
export function activeContent(
  markup: string,
  options: { allowedElements?: readonly string[] } = {},
): string[] {
  const allowed = new Set(options.allowedElements ?? []);
  const problems: string[] = [];
  for (const tag of tagsOf(markup)) {
    if (ACTIVE_ELEMENTS.has(tag.name) && !allowed.has(tag.name)) problems.push(`<${tag.name}> element`);
    for (const [name, value] of tag.attributes) {
      if (name.startsWith('on')) problems.push(`<${tag.name} ${name}=…> event handler`);
      if (URL_ATTRIBUTES.has(name) && !SAFE_URL.test(value.trim()))
        problems.push(`<${tag.name} ${name}="${value.slice(0, 60)}"> link or reference`);
      if (name === 'style' && /url\(|expression\(|javascript:/i.test(value))
        problems.push(`<${tag.name} style="${value.slice(0, 60)}"> active style`);
      if (tag.name === 'meta' && name === 'http-equiv' && /refresh/i.test(value))
        problems.push('meta refresh');
    }
  }
  for (const css of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    if (/@import|url\((?!\s*["']?(#|data:image\/))|expression\(|javascript:/i.test(css[1] ?? ''))
      problems.push('style sheet that imports or links something');
  return problems;
}
