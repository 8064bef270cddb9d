/**
 * draw.io / diagrams.net (and design.iec62443.au's draw.io output) → model.
 *
 * - Pages: an <mxfile> may hold several <diagram> pages, plain or compressed (base64 of raw
 *   DEFLATE of the URL-encoded XML); one page is imported (`page`: 1-based number or name).
 * - Zones: containers, swimlanes, group shapes, and any box that geometrically contains another
 *   shape — by containment, not only by `parent` (design.iec62443.au writes assets as siblings of
 *   their zone). A plain box whose label reads like a zone ("Level 3", "DMZ", "Zone…") is a zone
 *   too. A zone inside another zone's box is nested in it.
 * - Assets: every other shape, in the smallest zone containing its centre; the type is guessed
 *   from style and label (shape-types.ts); shapes outside every zone go to an "Outside any zone"
 *   zone. Free text becomes a note.
 * - Conduits: edges between zones, or between shapes in different zones; the edge's label is the
 *   flow's protocol (a trailing number its port). Edges inside one zone, dangling edges and
 *   self-loops are dropped and listed.
 * - Our own export (cells with otzKind/otzId) comes back with its ids, kinds and properties.
 */
import { Inflate, strFromU8 } from 'fflate';
import { assetType } from '../catalog/asset-types';
import { CONTROLS } from '../catalog/controls';
import { ZONE_KIND_INFO, ZONE_KINDS, type ZoneKind } from '../catalog/zone-kinds';
import { LIMITS } from '../model/limits';
import type { Conduit, Flow } from '../model/schema';
import { maxVector, vectorsEqual } from '../security-level';
import { ImportError, type ImportResult, joinText, ModelBuilder, nameText } from './interop-model';
import { parseXml, type XmlElement } from './safe-xml';
import { guessAssetType } from './shape-types';

export interface DrawioOptions {
  /** 1-based page number or page name; default the first page. */
  page?: string | number | undefined;
}

export interface DrawioPage {
  name: string;
  /** The page's <mxGraphModel> (decoded when the page was compressed). */
  model: XmlElement;
  /** Added to the decoded page's line numbers to name the place ("page 2, line 14"). */
  label: string;
}

/** Most bytes a compressed page may inflate to. */
const MAX_INFLATED = 20 * 1024 * 1024;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

function base64Bytes(text: string, place: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) throw new ImportError(place, 'the compressed page is not base64 text');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** base64 → raw inflate (bounded) → URL-decode: draw.io's compressed page. */
export function decodeCompressedPage(text: string, place: string): string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED)
      throw new ImportError(place, `the compressed page expands beyond ${MAX_INFLATED / 1024 / 1024} MB`);
    chunks.push(chunk);
  });
  try {
    inflate.push(base64Bytes(text, place), true);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(place, 'the compressed page cannot be inflated (damaged file?)');
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  const encoded = strFromU8(bytes, true);
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new ImportError(place, 'the compressed page is not URL-encoded text');
  }
}

/** The pages of a draw.io file, decoded. */
export function drawioPages(text: string): DrawioPage[] {
  const root = parseXml(text);
  if (root.name === 'mxGraphModel') return [{ name: 'Page-1', model: root, label: '' }];
  if (root.name !== 'mxfile')
    throw new ImportError(
      `XML line ${root.line}`,
      `expected <mxfile> or <mxGraphModel>, found <${root.name}>`,
    );
  const diagrams = root.children.filter((c) => c.name === 'diagram');
  if (diagrams.length === 0)
    throw new ImportError(`XML line ${root.line}`, 'the draw.io file has no <diagram> page');
  return diagrams.map((d, i) => {
    const name = d.attrs.name || `Page-${i + 1}`;
    const inline = d.children.find((c) => c.name === 'mxGraphModel');
    if (inline) return { name, model: inline, label: '' };
    const place = `page ${i + 1} (XML line ${d.line})`;
    if (!d.text.trim()) throw new ImportError(place, 'the page is empty');
    const decoded = parseXml(decodeCompressedPage(d.text.trim(), place));
    if (decoded.name !== 'mxGraphModel')
      throw new ImportError(place, `expected <mxGraphModel> in the compressed page, found <${decoded.name}>`);
    return { name, model: decoded, label: `page ${i + 1} (decoded) ` };
  });
}

function pickPage(pages: DrawioPage[], page: DrawioOptions['page'], b: ModelBuilder): DrawioPage {
  if (page === undefined || page === '') {
    if (pages.length > 1)
      b.dropped(
        '(whole file)',
        `the file has ${pages.length} pages (${pages.map((p) => `"${p.name}"`).join(', ')}); only page 1 "${pages[0]!.name}" was imported (choose another with --page)`,
      );
    return pages[0]!;
  }
  const n = typeof page === 'number' ? page : /^\d+$/.test(page) ? Number(page) : undefined;
  const found = n !== undefined ? pages[n - 1] : pages.find((p) => p.name === page);
  if (!found)
    throw new ImportError(
      '',
      `no page ${JSON.stringify(String(page))}; the file has ${pages.map((p, i) => `${i + 1} "${p.name}"`).join(', ')}`,
    );
  return found;
}

interface Cell {
  id: string;
  parent: string | undefined;
  vertex: boolean;
  edge: boolean;
  source: string | undefined;
  target: string | undefined;
  style: Record<string, string>;
  styleText: string;
  label: string;
  props: Record<string, string>;
  geo: { x: number; y: number; width: number; height: number; relative: boolean } | undefined;
  line: number;
}

function parseStyle(style: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const part of style.split(';')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) out[part] = '1';
    else out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

/** An HTML label as plain text: line breaks kept, tags removed, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&#(\d{1,7});/g, (_, n: string) => String.fromCodePoint(Math.min(Number(n), 0x10ffff)))
    .replace(/&amp;/gi, '&');
}

const number = (v: string | undefined) => {
  const n = v === undefined ? Number.NaN : Number(v);
  return Number.isFinite(n) && Math.abs(n) <= LIMITS.coordinate ? n : 0;
};

function readCells(model: XmlElement, label: string): Cell[] {
  const root = model.children.find((c) => c.name === 'root');
  if (!root) throw new ImportError(`${label}XML line ${model.line}`, '<mxGraphModel> has no <root>');
  const cells: Cell[] = [];
  for (const el of root.children) {
    let cellEl: XmlElement | undefined;
    let props: Record<string, string> = {};
    let value: string | undefined;
    if (el.name === 'mxCell') {
      cellEl = el;
      value = el.attrs.value;
    } else if (el.name === 'object' || el.name === 'UserObject') {
      cellEl = el.children.find((c) => c.name === 'mxCell');
      props = el.attrs;
      value = el.attrs.label;
    } else continue;
    if (!cellEl) continue;
    const id = props.id ?? cellEl.attrs.id;
    if (id === undefined) continue;
    const styleText = cellEl.attrs.style ?? '';
    const style = parseStyle(styleText);
    const raw = value ?? '';
    const text = style.html === '1' ? htmlToText(raw) : raw;
    const g = cellEl.children.find((c) => c.name === 'mxGeometry');
    cells.push({
      id,
      parent: cellEl.attrs.parent,
      vertex: cellEl.attrs.vertex === '1',
      edge: cellEl.attrs.edge === '1',
      source: cellEl.attrs.source,
      target: cellEl.attrs.target,
      style,
      styleText,
      label: text,
      props,
      geo: g
        ? {
            x: number(g.attrs.x),
            y: number(g.attrs.y),
            width: number(g.attrs.width),
            height: number(g.attrs.height),
            relative: g.attrs.relative === '1',
          }
        : undefined,
      line: el.line,
    });
  }
  return cells;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const contains = (outer: Box, x: number, y: number) =>
  x >= outer.x && x <= outer.x + outer.width && y >= outer.y && y <= outer.y + outer.height;
const containsBox = (outer: Box, inner: Box) =>
  contains(outer, inner.x, inner.y) && contains(outer, inner.x + inner.width, inner.y + inner.height);
const area = (b: Box) => b.width * b.height;

const ZONE_WORDS =
  /\b(zone|level|l[0-5](\.5)?|dmz|network|segment|enclave|cell|area|site|enterprise|corporate|vpc|subnet|internet|purdue)\b/i;

function isContainerStyle(s: Record<string, string>, styleText: string): boolean {
  return (
    s.container === '1' ||
    s.swimlane !== undefined ||
    styleText.startsWith('swimlane') ||
    s.group !== undefined ||
    /mxgraph\.\w+\.group|groupCenter|\.(vpc|subnet|region|cloud_group)\b/i.test(s.shape ?? '') ||
    /group/i.test(s.grIcon ?? '')
  );
}

const isPlainBox = (s: Record<string, string>) =>
  (s.shape === undefined || s.shape === 'rect' || s.shape === 'rectangle') &&
  s.image === undefined &&
  s.text === undefined;

function parseSl(text: string | undefined): number | number[] | undefined {
  if (!text) return undefined;
  const t = text.trim();
  if (/^[0-4]$/.test(t)) return Number(t);
  const v = /^\[([0-4](?:,[0-4]){6})\]$/.exec(t.replace(/\s+/g, ''));
  return v ? v[1]!.split(',').map(Number) : undefined;
}

const CONTROL_BY_LABEL = new Map(CONTROLS.map((c) => [c.label.toLowerCase(), c.id]));
const purdueFromLabel = (label: string): number | undefined => {
  const m = /\b(?:level|l)\s*(3\.5|[0-5])\b/i.exec(label);
  return m ? Number(m[1]) : undefined;
};
const PURDUE = new Set([0, 1, 2, 3, 3.5, 4, 5]);

const DRAWING_AIDS = new Set(['legend', 'purdue-band', 'subsystem', 'device']);

export function importDrawio(text: string, options: DrawioOptions = {}): ImportResult {
  const pages = drawioPages(text);
  const b = new ModelBuilder('Imported draw.io diagram');
  const page = pickPage(pages, options.page, b);
  const cells = readCells(page.model, page.label);
  const where = (c: Cell) => `${page.label}cell "${c.id.slice(0, 40)}" (XML line ${c.line})`;
  const byId = new Map(cells.map((c) => [c.id, c]));
  const layers = new Set(cells.filter((c) => !c.vertex && !c.edge).map((c) => c.id));

  // Absolute boxes (draw.io geometry is relative to a vertex parent).
  const abs = new Map<string, Box>();
  const absOf = (c: Cell, depth = 0): Box => {
    const known = abs.get(c.id);
    if (known) return known;
    const g = c.geo ?? { x: 0, y: 0, width: 0, height: 0 };
    const parent = c.parent === undefined ? undefined : byId.get(c.parent);
    const base = parent?.vertex && depth < 100 ? absOf(parent, depth + 1) : { x: 0, y: 0 };
    const box = { x: base.x + g.x, y: base.y + g.y, width: g.width, height: g.height };
    abs.set(c.id, box);
    return box;
  };

  // Our export's drawing aids (legend, Purdue bands, subsystem boxes, security device marks) are
  // not zones, assets or notes: they are left out rather than read back as shapes.
  const vertices = cells.filter(
    (c) =>
      c.vertex &&
      !(c.parent && byId.get(c.parent)?.edge) &&
      !layers.has(c.id) &&
      !DRAWING_AIDS.has(c.props.otzKind ?? ''),
  );

  const edgeLabels = new Map<string, string[]>();
  for (const c of cells)
    if (c.vertex && c.parent && byId.get(c.parent)?.edge && c.label.trim())
      edgeLabels.set(c.parent, [...(edgeLabels.get(c.parent) ?? []), c.label.trim()]);

  // Classify vertices.
  const ours = (c: Cell) => c.props.otzKind;
  const textOnly = (c: Cell) => c.style.text !== undefined || c.styleText.startsWith('text;');
  const shapes = vertices.filter((c) => !textOnly(c) && ours(c) !== 'note');
  const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const zoneCells = new Set<string>();
  for (const c of shapes) {
    if (ours(c) === 'zone') zoneCells.add(c.id);
    else if (ours(c)) continue;
    else if (isContainerStyle(c.style, c.styleText)) zoneCells.add(c.id);
    else {
      const box = absOf(c);
      const holds = shapes.some((o) => {
        if (o === c) return false;
        const ob = absOf(o);
        const p = centre(ob);
        return area(ob) < area(box) && contains(box, p.x, p.y);
      });
      if (holds && (isPlainBox(c.style) || ZONE_WORDS.test(c.label))) zoneCells.add(c.id);
      else if (isPlainBox(c.style) && ZONE_WORDS.test(c.label) && box.width >= 120 && box.height >= 40)
        zoneCells.add(c.id);
    }
  }

  // The zone of a shape: its draw.io parent when that is a zone, else the smallest zone box holding it.
  const zoneList = [...zoneCells].map((id) => byId.get(id)!);
  const enclosing = (c: Cell, whole: boolean): Cell | undefined => {
    const parent = c.parent ? byId.get(c.parent) : undefined;
    if (parent && zoneCells.has(parent.id)) return parent;
    const box = absOf(c);
    const p = centre(box);
    let best: Cell | undefined;
    for (const z of zoneList) {
      if (z === c) continue;
      const zb = absOf(z);
      if (area(zb) <= area(box)) continue;
      if (whole ? !containsBox(zb, box) : !contains(zb, p.x, p.y)) continue;
      if (!best || area(zb) < area(absOf(best))) best = z;
    }
    return best;
  };

  // Zones, parents first.
  const zoneParent = new Map(zoneList.map((z) => [z.id, enclosing(z, true)?.id]));
  const depthOf = (id: string): number => {
    let d = 0;
    for (let p = zoneParent.get(id); p && d < 100; p = zoneParent.get(p)) d++;
    return d;
  };
  const zoneId = new Map<string, string>();
  for (const z of [...zoneList].sort((a, c) => depthOf(a.id) - depthOf(c.id))) {
    const parentCell = zoneParent.get(z.id);
    const parentId = parentCell ? zoneId.get(parentCell) : undefined;
    const p = z.props;
    const name = nameText(p.name ?? z.label, 'Zone');
    const ownKind = ZONE_KINDS.includes(p.kind as ZoneKind) ? (p.kind as ZoneKind) : undefined;
    // Our export writes the effective level: keep it only where it differs from the kind's default.
    const written = p.purdueLevel !== undefined ? Number(p.purdueLevel) : undefined;
    const level =
      written === undefined
        ? purdueFromLabel(z.label)
        : ownKind && written === ZONE_KIND_INFO[ownKind].defaultPurdueLevel
          ? undefined
          : written;
    const id = b.addZone(
      {
        id: p.otzKind === 'zone' ? p.otzId : undefined,
        name,
        kind: ownKind,
        purdueLevel: level !== undefined && PURDUE.has(level) ? (level as 0) : undefined,
        slTarget: parseSl(p.slTarget),
        parentId,
        owner: p.owner ? nameText(p.owner, '') : undefined,
        description: joinText(p.description, ours(z) ? undefined : extraProps(p)),
      },
      where(z),
    );
    zoneId.set(z.id, id);
    const box = absOf(z);
    const base = parentCell ? absOf(byId.get(parentCell)!) : { x: 0, y: 0 };
    b.place(id, {
      x: box.x - base.x,
      y: box.y - base.y,
      width: Math.max(box.width, 1),
      height: Math.max(box.height, 1),
    });
  }

  let outside: string | undefined;
  const outsideZone = () => {
    outside ??= b.addZone(
      {
        name: 'Outside any zone',
        kind: 'external',
        description: 'Shapes of the draw.io page that no zone contains.',
      },
      '(whole file)',
    );
    return outside;
  };

  // Assets.
  const assetZone = new Map<string, string>();
  const outsideBoxes: Array<[string, Box]> = [];
  for (const c of shapes) {
    if (zoneCells.has(c.id) || ours(c) === 'conduit') continue;
    const p = c.props;
    const zoneCell = enclosing(c, false);
    let zone = zoneCell ? zoneId.get(zoneCell.id)! : undefined;
    if (!zone) {
      zone = outsideZone();
      b.guessed(where(c), `shape "${nameText(c.label, c.id)}" lies in no zone; put in "Outside any zone"`);
    }
    const name = nameText(p.name ?? c.label, stencilName(c.style));
    let type = p.type;
    if (ours(c) !== 'asset' || !type) {
      const guess = guessAssetType(c.label, c.styleText);
      type = guess.type;
      if (!guess.known)
        b.guessed(where(c), `shape "${name}": type not recognised, imported as a generic asset`);
    }
    // Our export writes the effective flags: keep only those that differ from the type's defaults.
    const flags = new Set((p.flags ?? '').split(',').map((f) => f.trim()));
    const defaults = assetType(type);
    const flag = (key: 'safetyRelated' | 'wireless' | 'transient' | 'externalNetwork', word: string) =>
      ours(c) === 'asset' && flags.has(word) !== (defaults[key] ?? false) ? flags.has(word) : undefined;
    const id = b.addAsset({
      id: ours(c) === 'asset' ? p.otzId : undefined,
      name,
      type,
      zoneId: zone,
      slCapability: parseSl(p.slCapability),
      safetyRelated: flag('safetyRelated', 'safety-related'),
      wireless: flag('wireless', 'wireless'),
      transient: flag('transient', 'transient'),
      externalNetwork: flag('externalNetwork', 'external network'),
      vendor: p.vendor ? nameText(p.vendor, '') : undefined,
      model: p.model ? nameText(p.model, '') : undefined,
      addresses: p.addresses ? p.addresses.split(/,\s*/).filter(Boolean) : undefined,
      description: joinText(p.description, ours(c) ? undefined : extraProps(p)),
    });
    assetZone.set(c.id, zone);
    const box = absOf(c);
    if (zoneCell) {
      const zb = absOf(zoneCell);
      b.place(id, { x: box.x - zb.x, y: box.y - zb.y });
    } else outsideBoxes.push([id, box]);
  }
  if (outside) b.placeAround(outside, outsideBoxes);

  // Notes: free text and our own sticky notes.
  for (const c of vertices)
    if ((textOnly(c) || ours(c) === 'note') && c.label.trim()) {
      const note = c.props.author ? `${c.label.trim()}\n— ${c.props.author}` : c.label.trim();
      b.addNote(note);
      b.guessed(where(c), 'free text kept as a note');
    } else if (textOnly(c)) b.dropped(where(c), 'empty text shape');

  // Conduits: ours first (their own ids and properties), then every other edge.
  const endZone = (id: string | undefined): string | undefined => {
    for (
      let c = id ? byId.get(id) : undefined, d = 0;
      c && d < 100;
      c = c.parent ? byId.get(c.parent) : undefined, d++
    ) {
      if (zoneId.has(c.id)) return zoneId.get(c.id);
      if (assetZone.has(c.id)) return assetZone.get(c.id);
    }
    return undefined;
  };
  const endName = (id: string | undefined) => (id ? nameText(byId.get(id)?.label, id) : '?');
  const oursById = new Map<string, { cells: Cell[]; zones: string[] }>();
  for (const e of cells.filter((c) => c.edge && ours(c) === 'conduit' && c.props.otzId)) {
    const entry = oursById.get(e.props.otzId!) ?? { cells: [], zones: [] };
    entry.cells.push(e);
    for (const end of [e.source, e.target]) {
      const z = endZone(end);
      if (z && !entry.zones.includes(z)) entry.zones.push(z);
    }
    oursById.set(e.props.otzId!, entry);
  }
  for (const [otzId, { cells: edges, zones }] of oursById) {
    const first = edges[0]!;
    if (zones.length < 2) {
      b.dropped(where(first), `conduit "${otzId}" is not attached to two zones`);
      continue;
    }
    b.addConduit(ourConduit(otzId, first.props, zones, b));
  }

  for (const e of cells) {
    if (!e.edge || ours(e) === 'conduit') continue;
    const label = [e.label.trim(), ...(edgeLabels.get(e.id) ?? [])].filter(Boolean).join(' ');
    if (!e.source || !e.target) {
      b.dropped(where(e), `edge${label ? ` "${nameText(label, '')}"` : ''} is not attached at both ends`);
      continue;
    }
    const from = endZone(e.source);
    const to = endZone(e.target);
    if (!from || !to) {
      b.dropped(where(e), 'edge joins shapes that are not imported (text or edge labels)');
      continue;
    }
    if (from === to) {
      b.dropped(
        where(e),
        e.source === e.target
          ? 'edge loops back to its own shape'
          : `edge "${endName(e.source)}" → "${endName(e.target)}" stays inside one zone (no conduit)`,
      );
      continue;
    }
    const m = /^(.*?)[\s:/]+(\d{1,5})$/.exec(label);
    const port = m && Number(m[2]) <= 65535 ? Number(m[2]) : undefined;
    const protocol = port !== undefined ? m![1]! : label;
    const between = `${endName(e.source)} → ${endName(e.target)}`;
    const conduit = b.connect(
      from,
      to,
      protocol ? { from, to, protocol, port, description: between } : undefined,
      {},
    );
    if (conduit && !protocol)
      conduit.description = joinText(conduit.description, `edge ${between} (no label)`);
  }

  return b.build();
}

/** "ec2" for shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.ec2: a name for an unlabelled shape. */
function stencilName(style: Record<string, string>): string {
  const stencil = style.resIcon ?? style.shape;
  return stencil ? (stencil.split('.').pop() ?? 'Asset') : 'Asset';
}

/** Properties a foreign <object> carries beyond its label, kept in the description. */
function extraProps(p: Record<string, string>): string | undefined {
  const lines = Object.entries(p)
    .filter(([k, v]) => !['id', 'label', 'placeholders', 'tooltip', 'link'].includes(k) && v.trim() !== '')
    .map(([k, v]) => `${k}: ${v}`);
  return lines.length ? lines.join('\n') : undefined;
}

/** A conduit from our own draw.io export: its properties, its flows ("A → B: proto port"). */
function ourConduit(id: string, p: Record<string, string>, zones: string[], b: ModelBuilder): Conduit {
  const type = p.type === 'gateway' || p.type === 'unidirectional' ? p.type : 'filtering';
  const c: Conduit = { id, name: nameText(p.name, id), zoneIds: zones, type };
  if (p.direction === 'forward' && type !== 'unidirectional') c.direction = 'forward';
  if (p.controls)
    c.controls = p.controls
      .split(/,\s*/)
      .filter(Boolean)
      .map((label) => CONTROL_BY_LABEL.get(label.toLowerCase()) ?? label);
  const capability = parseSl(p.slCapability);
  if (capability !== undefined) c.slCapability = capability;
  const target = parseSl(p.slTarget);
  const derived = maxVector(zones.map((z) => b.zone(z)?.slTarget));
  if (target !== undefined && !(derived && vectorsEqual(target, derived))) c.slTarget = target;
  if (p.untrustedNetwork === 'yes') c.untrustedNetwork = true;
  if (p.remoteAccess === 'yes') c.remoteAccess = true;
  if (p.serviceProvider === 'yes') c.serviceProvider = true;
  if (p.description) c.description = p.description;
  const byName = (name: string) =>
    zones.find((z) => b.zone(z)?.name === name) ?? zones.find((z) => z === name);
  const flows: Flow[] = [];
  for (const line of (p.flows ?? '').split('\n')) {
    const cut = line.indexOf(' — ');
    const about = cut >= 0 ? line.slice(cut + 3) : '';
    const m = /^(.*) → (.*): (.+?)(?: (\d{1,5}|any))?$/.exec(cut >= 0 ? line.slice(0, cut) : line);
    const from = m ? byName(m[1]!) : undefined;
    const to = m ? byName(m[2]!) : undefined;
    if (!m || !from || !to) {
      if (line.trim())
        b.dropped(`conduit "${id}"`, `flow "${nameText(line, '')}" names no zone of the conduit`);
      continue;
    }
    const flow: Flow = { from, to, protocol: m[3]! };
    if (m[4] !== undefined) flow.port = m[4] === 'any' ? 'any' : Number(m[4]);
    if (about) flow.description = about;
    flows.push(flow);
  }
  if (flows.length) c.flows = flows;
  return c;
}

/** Whether text looks like a draw.io file (for format detection). */
export function looksLikeDrawio(text: string): boolean {
  return /<mxfile[\s>]|<mxGraphModel[\s>]/.test(text.slice(0, 4096));
}
