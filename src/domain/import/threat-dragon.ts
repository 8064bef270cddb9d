/**
 * OWASP Threat Dragon v2 JSON → model.
 *
 * - trust-boundary boxes → zones (a box inside a box is nested); the kind is guessed from the name;
 * - actors, processes and stores → assets in the smallest boundary box holding their centre
 *   (outside every box: an "Outside any trust boundary" zone); threats become comments;
 * - flows whose ends lie in different zones → conduit flows, protocol from the flow's protocol
 *   field, else its name/label ("HTTPS" → HTTPS; a trailing number is the port); bidirectional
 *   flows give a flow each way; flows inside one zone are dropped and counted;
 * - the first trust-boundary curve (a line, not an area) splits the elements outside every box
 *   into two zones, one per side (kind control: the file does not say which side is trusted);
 *   further curves and every diagram after the first are listed as dropped; text blocks are notes.
 */
import { plural } from '../text/plural';
import { type ImportResult, joinText, ModelBuilder, nameText } from './interop-model';
import { guessAssetType } from './shape-types';
import { arrayAt, isRecord, parseJsonSource, type Source, str } from './structured';

const ELEMENTS = new Set(['actor', 'process', 'store']);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e6 ? v : 0);

function boxOf(cell: Record<string, unknown>): Box | undefined {
  if (!isRecord(cell.position) || !isRecord(cell.size)) return undefined;
  return {
    x: num(cell.position.x),
    y: num(cell.position.y),
    width: num(cell.size.width),
    height: num(cell.size.height),
  };
}

function cellName(cell: Record<string, unknown>): string | undefined {
  const data = isRecord(cell.data) ? cell.data : {};
  const attrs = isRecord(cell.attrs) ? cell.attrs : {};
  const label = isRecord(attrs.label) ? str(attrs.label.text) : undefined;
  const text = isRecord(attrs.text) ? str(attrs.text.text) : undefined;
  const labels = arrayAt(cell.labels)
    .map((l) =>
      typeof l === 'string'
        ? l
        : isRecord(l) && isRecord(l.attrs) && isRecord(l.attrs.labelText)
          ? str(l.attrs.labelText.text)
          : undefined,
    )
    .find((t) => t?.trim());
  return [str(data.name), label, text, labels].find((t) => t !== undefined && t.trim() !== '');
}

interface Pt {
  x: number;
  y: number;
}

/** Which side (0 or 1) of a polyline a point lies on: the sign of the cross product with the nearest segment. */
function sideOf(line: readonly Pt[], p: Pt): 0 | 1 {
  let best = Number.POSITIVE_INFINITY;
  let cross = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    const d = (a.x + t * dx - p.x) ** 2 + (a.y + t * dy - p.y) ** 2;
    if (d < best) {
      best = d;
      cross = dx * (p.y - a.y) - dy * (p.x - a.x);
    }
  }
  return cross >= 0 ? 1 : 0;
}

function pointOf(v: unknown): Pt | undefined {
  return isRecord(v) && typeof v.x === 'number' && typeof v.y === 'number'
    ? { x: num(v.x), y: num(v.y) }
    : undefined;
}

export function importThreatDragon(text: string): ImportResult {
  return importThreatDragonSource(parseJsonSource(text));
}

export function importThreatDragonSource(source: Source): ImportResult {
  const doc = source.value;
  const at = source.place;
  const summary = isRecord(doc) && isRecord(doc.summary) ? doc.summary : {};
  const diagrams = isRecord(doc) && isRecord(doc.detail) ? arrayAt(doc.detail.diagrams) : [];
  const b = new ModelBuilder(
    nameText(summary.title, 'Imported Threat Dragon model'),
    joinText(str(summary.description), str(summary.owner) ? `Owner: ${str(summary.owner)}` : undefined),
  );
  if (diagrams.length === 0) {
    b.dropped('$.detail.diagrams', 'the model has no diagram');
    return b.build();
  }
  diagrams.slice(1).forEach((d, k) => {
    const title = nameText(isRecord(d) ? d.title : '', String(k + 2));
    b.dropped(
      at(['detail', 'diagrams', k + 1]),
      `diagram "${title}" not imported (only the first diagram is)`,
    );
  });
  const diagram = diagrams[0];
  const cells = isRecord(diagram) ? arrayAt(diagram.cells) : [];
  const base = ['detail', 'diagrams', 0, 'cells'];

  // Boundary boxes → zones, outer ones first; a box inside another is nested in it.
  const boxes = cells
    .map((c, i) => ({ c, i }))
    .filter(
      (e): e is { c: Record<string, unknown>; i: number } =>
        isRecord(e.c) && e.c.shape === 'trust-boundary-box',
    )
    .map((e) => ({ ...e, box: boxOf(e.c) ?? { x: 0, y: 0, width: 0, height: 0 } }))
    .sort((p, q) => q.box.width * q.box.height - p.box.width * p.box.height);
  const inside = (outer: Box, x: number, y: number) =>
    x >= outer.x && x <= outer.x + outer.width && y >= outer.y && y <= outer.y + outer.height;
  const zoneOfPoint = (x: number, y: number, except?: number) => {
    let best: (typeof boxes)[number] | undefined;
    for (const z of boxes)
      if (
        z.i !== except &&
        inside(z.box, x, y) &&
        (!best || z.box.width * z.box.height < best.box.width * best.box.height)
      )
        best = z;
    return best;
  };
  const zoneId = new Map<number, string>();
  for (const z of boxes) {
    // The smallest other box that holds this one whole.
    let parent: (typeof boxes)[number] | undefined;
    for (const o of boxes)
      if (
        o.i !== z.i &&
        zoneId.has(o.i) &&
        inside(o.box, z.box.x, z.box.y) &&
        inside(o.box, z.box.x + z.box.width, z.box.y + z.box.height) &&
        (!parent || o.box.width * o.box.height < parent.box.width * parent.box.height)
      )
        parent = o;
    const data = isRecord(z.c.data) ? z.c.data : {};
    const parentBox = parent ? parent.box : { x: 0, y: 0 };
    const id = b.addZone(
      {
        name: nameText(cellName(z.c), 'Trust boundary'),
        parentId: parent ? zoneId.get(parent.i) : undefined,
        description: str(data.description)?.trim() || undefined,
      },
      at([...base, z.i]),
    );
    zoneId.set(z.i, id);
    b.place(id, {
      x: z.box.x - parentBox.x,
      y: z.box.y - parentBox.y,
      width: Math.max(1, z.box.width),
      height: Math.max(1, z.box.height),
    });
  }

  // A trust-boundary line (curve) splits the elements outside every box into its two sides.
  const curves = cells
    .map((c, i) => ({ c, i }))
    .filter(
      (e): e is { c: Record<string, unknown>; i: number } =>
        isRecord(e.c) && e.c.shape === 'trust-boundary-curve',
    );
  const divider = curves
    .map(({ c, i }) => {
      const ends = [pointOf(c.source), ...arrayAt(c.vertices).map(pointOf), pointOf(c.target)];
      return ends.every((p) => p !== undefined) && ends.length >= 2
        ? { c, i, line: ends as Pt[] }
        : undefined;
    })
    .find((d) => d !== undefined);
  const sideZones: Array<string | undefined> = [undefined, undefined];
  const sideBoxes: Array<Array<[string, Box]>> = [[], []];
  const sideZone = (side: 0 | 1): string => {
    const known = sideZones[side];
    if (known) return known;
    const d = divider!;
    const label = nameText(cellName(d.c), 'trust boundary');
    const xs = d.line.map((p) => p.x);
    const ys = d.line.map((p) => p.y);
    const vertical = Math.max(...ys) - Math.min(...ys) >= Math.max(...xs) - Math.min(...xs);
    const probe = vertical
      ? { x: Math.min(...xs) - 10_000, y: (Math.min(...ys) + Math.max(...ys)) / 2 }
      : { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: Math.min(...ys) - 10_000 };
    const first = sideOf(d.line, probe) === side;
    const where = vertical ? (first ? 'West' : 'East') : first ? 'North' : 'South';
    const id = b.addZone(
      {
        name: `${where} of "${label}"`,
        kind: 'control',
        description: `Threat Dragon elements on the ${where.toLowerCase()} side of the trust boundary line "${label}".`,
      },
      at([...base, d.i]),
    );
    b.guessed(
      at([...base, d.i]),
      `trust boundary line "${label}": elements on its ${where.toLowerCase()} side form a zone; the file does not say which side is trusted, so its kind is control (check)`,
    );
    sideZones[side] = id;
    return id;
  };

  let outside: string | undefined;
  const outsideBoxes: Array<[string, Box]> = [];
  const assetZone = new Map<string, string>();
  const assetName = new Map<string, string>();
  cells.forEach((c, i) => {
    if (!isRecord(c)) return;
    const place = at([...base, i]);
    const shape = str(c.shape) ?? '';
    const data = isRecord(c.data) ? c.data : {};
    if (shape === 'trust-boundary-box' || shape === 'flow') return;
    if (shape === 'td-text-block' || shape === 'text') {
      const t = cellName(c);
      if (t?.trim()) {
        b.addNote(t.trim());
        b.guessed(place, 'text block kept as a note');
      }
      return;
    }
    if (shape === 'trust-boundary-curve') {
      if (divider?.i !== i)
        b.dropped(
          place,
          `trust boundary line "${nameText(cellName(c), 'unnamed')}": only the first line splits the drawing; this one is not a zone`,
        );
      return;
    }
    if (!ELEMENTS.has(shape)) {
      b.dropped(place, `shape "${shape}" is not imported`);
      return;
    }
    const box = boxOf(c) ?? { x: 0, y: 0, width: 0, height: 0 };
    const z = zoneOfPoint(box.x + box.width / 2, box.y + box.height / 2);
    let zone = z ? zoneId.get(z.i) : undefined;
    const name = nameText(cellName(c), shape);
    let side: 0 | 1 | undefined;
    if (!zone && divider) {
      side = sideOf(divider.line, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      zone = sideZone(side);
    }
    if (!zone) {
      outside ??= b.addZone({ name: 'Outside any trust boundary' }, '(whole file)');
      zone = outside;
      b.guessed(
        place,
        `${shape} "${name}" lies in no trust boundary box; put in "Outside any trust boundary"`,
      );
    }
    const guess = guessAssetType(name, shape === 'store' ? 'storage' : '');
    if (!guess.known)
      b.guessed(place, `${shape} "${name}": type not recognised, imported as a generic asset`);
    const id = b.addAsset({
      name,
      type: guess.type,
      zoneId: zone,
      description: joinText(
        str(data.description),
        `Threat Dragon ${shape}`,
        data.outOfScope === true ? `Out of scope: ${str(data.reasonOutOfScope) || 'yes'}` : undefined,
      ),
    });
    if (z) b.place(id, { x: box.x - z.box.x, y: box.y - z.box.y });
    else if (side !== undefined) sideBoxes[side]!.push([id, box]);
    else outsideBoxes.push([id, box]);
    assetZone.set(str(c.id) ?? '', zone);
    assetName.set(str(c.id) ?? '', name);
    for (const t of arrayAt(data.threats))
      if (isRecord(t))
        b.addNote(
          `Threat Dragon threat "${nameText(t.title, '?')}" (${str(t.status) ?? 'no status'}, ${str(t.severity) ?? 'no severity'}, ${str(t.type) ?? ''})${str(t.description) ? `: ${str(t.description)}` : ''}${str(t.mitigation) ? `\nMitigation: ${str(t.mitigation)}` : ''}`,
          id,
        );
  });

  if (outside) b.placeAround(outside, outsideBoxes);
  sideZones.forEach((zone, side) => {
    if (zone) b.placeAround(zone, sideBoxes[side]!);
  });

  let within = 0;
  cells.forEach((c, i) => {
    if (!isRecord(c) || c.shape !== 'flow') return;
    const place = at([...base, i]);
    const data = isRecord(c.data) ? c.data : {};
    const end = (v: unknown) => (isRecord(v) ? str(v.cell) : undefined);
    const src = end(c.source);
    const dst = end(c.target);
    const label = cellName(c)?.trim() ?? '';
    const from = src ? assetZone.get(src) : undefined;
    const to = dst ? assetZone.get(dst) : undefined;
    if (!from || !to) {
      b.dropped(
        place,
        `flow${label ? ` "${nameText(label, '')}"` : ''} is not attached to two elements at both ends`,
      );
      return;
    }
    if (from === to) {
      within++;
      b.dropped(
        place,
        `flow "${assetName.get(src!)}" → "${assetName.get(dst!)}" stays inside one zone (no conduit)`,
      );
      return;
    }
    const named = str(data.protocol)?.trim() || label;
    const m = /^(.*?)[\s:/]+(\d{1,5})$/.exec(named);
    const port = m && Number(m[2]) <= 65535 ? Number(m[2]) : undefined;
    const protocol = (port !== undefined ? m![1]! : named) || 'unspecified';
    if (!named)
      b.guessed(
        place,
        `flow "${assetName.get(src!)}" → "${assetName.get(dst!)}" names no protocol: recorded as "unspecified"`,
      );
    const description = joinText(
      `${assetName.get(src!)} → ${assetName.get(dst!)}`,
      label && label !== named ? label : undefined,
      data.isEncrypted === true ? 'encrypted' : undefined,
      data.isPublicNetwork === true ? 'over a public network' : undefined,
    );
    const conduit = b.connect(from, to, { from, to, protocol, port, description });
    if (data.isBidirectional === true)
      b.connect(to, from, { from: to, to: from, protocol, port, description });
    if (conduit && data.isPublicNetwork === true) conduit.untrustedNetwork = true;
  });
  if (within) b.dropped(at([...base]), `${plural(within, 'flow')} inside one zone dropped`);
  return b.build();
}

export function looksLikeThreatDragon(value: unknown): boolean {
  return (
    isRecord(value) &&
    isRecord(value.detail) &&
    Array.isArray(value.detail.diagrams) &&
    isRecord(value.summary)
  );
}
