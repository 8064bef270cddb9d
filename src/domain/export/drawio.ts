/**
 * A draw.io / diagrams.net file (uncompressed mxfile XML) so work can continue there: zones are
 * containers (swimlanes) holding their assets and nested zones, conduits are edges between zones.
 * Each shape is an <object> whose attributes carry the model's properties (kind, SL-T, type,
 * controls…), visible and editable under "Edit Data" in draw.io.
 *
 * Safety: draw.io renders labels as HTML when a style says html=1, and substitutes %name%
 * placeholders when an object says placeholders=1. Neither is ever set here, every label is plain
 * text (html=0), no link or tooltip attribute is written, and every value is cleaned and escaped.
 */
import { assetType } from '../catalog/asset-types';
import { colourHex } from '../catalog/palette';
import { ZONE_KIND_INFO } from '../catalog/zone-kinds';
import { layoutDiagram } from '../layout/diagram';
import { PURDUE_BANDS } from '../layout/purdue-bands';
import { subsystemBoxes } from '../layout/subsystems';
import { assetTraits, buildIndex, conduitEffectiveTarget } from '../model/derive';
import { deviceEndsText } from '../model/device-ends';
import type { Conduit, Model } from '../model/schema';
import { conduitDirection, controlLabel } from './csv';
import { type EvaluationView, worstSeverity } from './findings';
import { conduitDrawing, slShort, svgContext } from './svg';
import { deviceSpots } from './svg/conduits';
import { MAX_SHOWN_CHARS } from './svg/fit';
import { mix, THEMES } from './svg-theme';
import { cleanText, escapeXml, num, shorten } from './text';

export interface DrawioOptions {
  /** Colour conduits by finding status and record finding counts as properties. */
  evaluation?: EvaluationView;
}

/** An attribute value: cleaned, escaped, line breaks as character references (XML would fold them). */
function attr(value: string, multiline = false): string {
  return escapeXml(cleanText(value, { multiline })).replace(/\n/g, '&#xa;');
}

/** Labels wrap in draw.io; only absurdly long text is capped (the full name is kept in the `name` property). */
const LABEL_CHARS = MAX_SHOWN_CHARS;

type Props = Record<string, string | number | undefined>;

function object(id: string, label: string, props: Props, cell: string): string {
  let out = `<object id="${attr(id)}" label="${attr(label, true)}"`;
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === '') continue;
    out += ` ${key}="${attr(typeof value === 'number' ? num(value) : value, true)}"`;
  }
  return `${out}>${cell}</object>`;
}

function style(entries: Record<string, string | number>): string {
  return Object.entries(entries)
    .map(([k, v]) => `${k}=${v}`)
    .join(';')
    .concat(';');
}

function geometry(box: { x: number; y: number; width: number; height: number }): string {
  return `<mxGeometry x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" as="geometry"/>`;
}

/**
 * A model id as part of a cell id: anything but letters, digits, '_', '.' and '-' becomes %XXXX (its
 * UTF-16 code unit), so distinct ids stay distinct cells even where XML escaping would have replaced
 * a character (control or bidi characters, lone surrogates) with the same U+FFFD.
 */
const idPart = (id: string) =>
  id.replace(/[^A-Za-z0-9_.-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
const zoneCell = (id: string) => `zone:${idPart(id)}`;

/** What each drawn convention means, only those this drawing uses (draw.io has no SVG legend). */
export function legendLines(model: Model, findings: boolean, devices: boolean): string[] {
  const lines: string[] = [];
  const types = new Set(model.conduits.map((c) => c.type));
  if (model.zones.length)
    lines.push('Zone label: name, then kind · L = Purdue level · SL-T = target security level');
  if (model.zones.some((z) => z.kind === 'external')) lines.push('Dashed zone border: external zone');
  if (types.has('filtering')) lines.push('Solid line: filtering conduit');
  if (types.has('gateway')) lines.push('Dashed line: gateway conduit');
  if (types.has('unidirectional')) lines.push('Thick line: unidirectional conduit (one-way)');
  if (model.conduits.length)
    lines.push(
      'Arrow at one end: one direction; at both ends: both directions; label SL-T / SL-C = target / capability',
    );
  if (devices)
    lines.push("Small brick box on a line: security device (firewall, diode, gateway) at that zone's border");
  const flagged = (t: ReturnType<typeof assetTraits>) =>
    t.safetyRelated || t.wireless || t.transient || t.externalNetwork;
  if (model.assets.some((a) => flagged(assetTraits(a))))
    lines.push(
      'Asset label: name, then type and flags (safety-related, wireless, transient, external network)',
    );
  if (model.assets.some((a) => colourHex(model, a.id)))
    lines.push('Thick coloured card border: colour marker given in the editor');
  if (model.diagram?.subsystems?.length) lines.push('Dashed grey box: subsystem (a group of zones)');
  if (model.diagram?.purdueBands) lines.push('Grey bands: Purdue levels');
  if (findings)
    lines.push(
      'Line and card border colours: red error, amber warning, blue info, green no findings (conduits)',
    );
  return lines;
}

export function exportDrawio(model: Model, options: DrawioOptions = {}): string {
  const theme = THEMES.light;
  const index = buildIndex(model);
  const layout = layoutDiagram(model);
  const evaluation = options.evaluation;
  const findingCount = (id: string) => (evaluation ? (evaluation.bySubject.get(id)?.length ?? 0) : undefined);
  const comments = new Map<string, string[]>();
  for (const n of model.notes ?? [])
    if (n.targetId !== undefined)
      comments.set(n.targetId, [
        ...(comments.get(n.targetId) ?? []),
        n.author ? `${n.author}: ${n.text}` : n.text,
      ]);

  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];

  // Purdue bands first, so draw.io draws them behind everything (locked, like a background).
  const edges = model.diagram?.purdueBands;
  if (edges) {
    const x = layout.extent.x - 40;
    const width = layout.extent.width + 80;
    PURDUE_BANDS.forEach((band, i) => {
      cells.push(
        object(
          `band:${i + 1}`,
          band.label,
          { otzKind: 'purdue-band', levels: band.levels.join(', ') },
          `<mxCell style="${style({
            rounded: 0,
            html: 0,
            locked: 1,
            fillColor: i % 2 === 0 ? '#f1f5f9' : '#ffffff',
            strokeColor: '#94a3b8',
            dashed: 1,
            fontColor: '#475569',
            fontStyle: 1,
            fontSize: 11,
            align: 'left',
            verticalAlign: 'top',
            spacingLeft: 8,
          })}" vertex="1" parent="1">${geometry({ x, y: edges[i]!, width, height: edges[i + 1]! - edges[i]! })}</mxCell>`,
        ),
      );
    });
  }

  // Subsystems behind the zones: plain grey boxes (not containers, so zones keep their parents).
  for (const { subsystem, box } of subsystemBoxes(model, layout))
    cells.push(
      object(
        `subsystem:${idPart(subsystem.id)}`,
        subsystem.name,
        {
          otzKind: 'subsystem',
          otzId: subsystem.id,
          name: subsystem.name,
          description: subsystem.description,
        },
        `<mxCell style="${style({
          rounded: 1,
          arcSize: 4,
          html: 0,
          fillColor: '#f8fafc',
          strokeColor: '#94a3b8',
          dashed: 1,
          fontColor: '#475569',
          fontStyle: 1,
          fontSize: 12,
          align: 'left',
          verticalAlign: 'top',
          spacingLeft: 10,
        })}" vertex="1" parent="1">${geometry(box)}</mxCell>`,
      ),
    );

  for (const zb of layout.zones) {
    const z = zb.zone;
    const colour = colourHex(model, z.id) ?? theme.kind[z.kind];
    const info = ZONE_KIND_INFO[z.kind];
    const level = z.purdueLevel ?? info.defaultPurdueLevel;
    const label = `${shorten(cleanText(z.name), LABEL_CHARS)}\n${info.label} · L${level} · SL-T ${slShort(z.slTarget)}`;
    cells.push(
      object(
        zoneCell(z.id),
        label,
        {
          otzKind: 'zone',
          otzId: z.id,
          name: z.name,
          kind: z.kind,
          purdueLevel: level,
          slTarget: slShort(z.slTarget),
          owner: z.owner,
          description: z.description,
          comments: comments.get(z.id)?.join('\n'),
          findings: findingCount(z.id),
        },
        `<mxCell style="swimlane;${style({
          html: 0,
          whiteSpace: 'wrap',
          container: 1,
          collapsible: 0,
          startSize: 40,
          rounded: 1,
          arcSize: 4,
          fillColor: mix('#ffffff', colour, 0.1),
          swimlaneFillColor: mix('#ffffff', colour, zb.depth === 0 ? 0.045 : 0.03),
          strokeColor: mix('#ffffff', colour, 0.75),
          dashed: z.kind === 'external' ? 1 : 0,
          fontStyle: 1,
          fontSize: 12,
          align: 'left',
          spacingLeft: 10,
          verticalAlign: 'middle',
        })}" vertex="1" parent="${attr(zb.parentId === undefined ? '1' : zoneCell(zb.parentId))}">${geometry(zb.rel)}</mxCell>`,
      ),
    );
  }

  for (const ab of layout.assets) {
    const a = ab.asset;
    const type = assetType(a.type);
    const traits = assetTraits(a);
    const typeLabel = type.id === a.type ? type.label : a.type;
    const flags = [
      traits.safetyRelated ? 'safety-related' : '',
      traits.wireless ? 'wireless' : '',
      traits.transient ? 'transient' : '',
      traits.externalNetwork ? 'external network' : '',
    ].filter(Boolean);
    const worst = worstSeverity(evaluation?.bySubject.get(a.id));
    cells.push(
      object(
        `asset:${idPart(a.id)}`,
        `${shorten(cleanText(a.name), LABEL_CHARS)}\n${typeLabel}${flags.length ? ` · ${flags.join(', ')}` : ''}`,
        {
          otzKind: 'asset',
          otzId: a.id,
          name: a.name,
          type: a.type,
          class: traits.class,
          slCapability: a.slCapability === undefined ? undefined : slShort(a.slCapability),
          flags: flags.join(', '),
          vendor: a.vendor,
          model: a.model,
          addresses: a.addresses?.join(', '),
          description: a.description,
          comments: comments.get(a.id)?.join('\n'),
          findings: findingCount(a.id),
        },
        `<mxCell style="${style({
          rounded: 1,
          html: 0,
          whiteSpace: 'wrap',
          arcSize: 12,
          fillColor: '#ffffff',
          strokeColor: worst ? theme.severity[worst] : (colourHex(model, a.id) ?? theme.cardStroke),
          ...(colourHex(model, a.id) ? { strokeWidth: 2 } : {}),
          fontSize: 11,
          align: 'left',
          spacingLeft: 10,
        })}" vertex="1" parent="${attr(zoneCell(a.zoneId))}">${geometry(ab.rel)}</mxCell>`,
      ),
    );
  }

  for (const nb of layout.notes)
    cells.push(
      object(
        `note:${idPart(nb.note.id)}`,
        shorten(cleanText(nb.note.text, { multiline: true }), 1000),
        { otzKind: 'note', otzId: nb.note.id, author: nb.note.author },
        `<mxCell style="${style({
          shape: 'note',
          html: 0,
          whiteSpace: 'wrap',
          size: 14,
          fillColor: theme.note,
          strokeColor: theme.noteStroke,
          align: 'left',
          verticalAlign: 'top',
          spacing: 8,
          fontSize: 11,
        })}" vertex="1" parent="1">${geometry(nb.box)}</mxCell>`,
      ),
    );

  // The SVG export's orthogonal routes, as waypoints and fixed ports, so draw.io draws the same lines.
  const drawing = conduitDrawing(svgContext(model)).geometries;
  const routes = new Map(
    drawing.flatMap((g) =>
      g.conduit.zoneIds.length === 2 && g.paths[0]!.points.length > 2
        ? [[g.conduit.id, g.paths[0]!.points] as const]
        : [],
    ),
  );
  for (const c of model.conduits) cells.push(...conduitEdges(c));
  // Security device marks (conduit.deviceAt): small boxes on the line where it meets the zone.
  for (const g of drawing)
    deviceSpots(g).forEach((spot, i) => {
      cells.push(
        object(
          `device:${idPart(g.conduit.id)}#${i + 1}`,
          '',
          { otzKind: 'device', otzId: g.conduit.id, name: `Security device of ${g.conduit.name}` },
          `<mxCell style="${style({
            rounded: 1,
            html: 0,
            fillColor: '#ffffff',
            strokeColor: colourHex(model, g.conduit.id) ?? theme.conduit,
            strokeWidth: 1.6,
            shape: 'mxgraph.basic.rect',
          })}" vertex="1" parent="1">${geometry({ x: spot.x - 8, y: spot.y - 6.5, width: 16, height: 13 })}</mxCell>`,
        ),
      );
    });

  /** Style entries and geometry of a routed two-zone conduit (draw.io's own straight line otherwise). */
  function routed(c: Conduit): { style: Record<string, string | number>; geometry: string } {
    const points = routes.get(c.id);
    const from = layout.zone.get(c.zoneIds[0]!)?.abs;
    const to = layout.zone.get(c.zoneIds[1]!)?.abs;
    if (!points || !from || !to)
      return { style: { edgeStyle: 'none' }, geometry: '<mxGeometry relative="1" as="geometry"/>' };
    const first = points[0]!;
    const last = points[points.length - 1]!;
    const fraction = (v: number, start: number, size: number) => num(size ? (v - start) / size : 0.5);
    const inner = points
      .slice(1, -1)
      .map((p) => `<mxPoint x="${num(p.x)}" y="${num(p.y)}"/>`)
      .join('');
    return {
      style: {
        edgeStyle: 'none',
        exitX: fraction(first.x, from.x, from.width),
        exitY: fraction(first.y, from.y, from.height),
        exitPerimeter: 0,
        entryX: fraction(last.x, to.x, to.width),
        entryY: fraction(last.y, to.y, to.height),
        entryPerimeter: 0,
      },
      geometry: `<mxGeometry relative="1" as="geometry"><Array as="points">${inner}</Array></mxGeometry>`,
    };
  }

  function conduitEdges(c: Conduit): string[] {
    const zones = c.zoneIds.filter((id) => layout.zone.has(id));
    if (zones.length < 2) return [];
    const target = conduitEffectiveTarget(c, index);
    const oneWay = conduitDirection(c) === 'forward';
    const worst = worstSeverity(evaluation?.bySubject.get(c.id));
    const colour = colourHex(model, c.id) ?? (evaluation ? theme.severity[worst ?? 'ok'] : theme.conduit);
    const typeLabel = { filtering: 'Filtering', gateway: 'Gateway', unidirectional: 'Unidirectional' }[
      c.type
    ];
    const label = `${shorten(cleanText(c.name), LABEL_CHARS)}\n${typeLabel} · SL-T ${slShort(target)} · SL-C ${slShort(c.slCapability)}`;
    const flows = (c.flows ?? [])
      .map((f) => {
        const from = index.zone.get(f.from)?.name ?? f.from;
        const to = index.zone.get(f.to)?.name ?? f.to;
        const about = f.description ? ` — ${f.description.replace(/\s+/g, ' ')}` : '';
        return `${from} → ${to}: ${f.protocol}${f.port === undefined ? '' : ` ${f.port}`}${about}`;
      })
      .join('\n');
    const [first, ...rest] = zones as [string, ...string[]];
    const route = routed(c);
    // A conduit joining n zones becomes n−1 edges from its first zone; the first carries the label.
    return rest.map((to, i) =>
      object(
        i === 0 ? `conduit:${idPart(c.id)}` : `conduit:${idPart(c.id)}#${i + 1}`,
        i === 0 ? label : '',
        {
          otzKind: 'conduit',
          otzId: c.id,
          name: c.name,
          type: c.type,
          direction: conduitDirection(c),
          securityDevice: deviceEndsText(c.deviceAt, (id) => index.zone.get(id)?.name ?? id, c) || undefined,
          zones: c.zoneIds.map((id) => index.zone.get(id)?.name ?? id).join(oneWay ? ' → ' : ' ↔ '),
          controls: (c.controls ?? []).map(controlLabel).join(', '),
          slTarget: slShort(target),
          slCapability: slShort(c.slCapability),
          untrustedNetwork: c.untrustedNetwork ? 'yes' : undefined,
          remoteAccess: c.remoteAccess ? 'yes' : undefined,
          serviceProvider: c.serviceProvider ? 'yes' : undefined,
          flows,
          description: c.description,
          comments: comments.get(c.id)?.join('\n'),
          findings: findingCount(c.id),
        },
        `<mxCell style="${style({
          ...route.style,
          html: 0,
          rounded: 0,
          endArrow: 'block',
          endFill: 1,
          startArrow: oneWay ? 'none' : 'block',
          startFill: 1,
          strokeColor: colour,
          strokeWidth: c.type === 'unidirectional' ? 3 : 2,
          dashed: c.type === 'gateway' ? 1 : 0,
          fontSize: 11,
          labelBackgroundColor: '#ffffff',
        })}" edge="1" parent="1" source="${attr(zoneCell(first))}" target="${attr(zoneCell(to))}">${route.geometry}</mxCell>`,
      ),
    );
  }

  const legend = legendLines(
    model,
    evaluation !== undefined,
    drawing.some((g) => deviceSpots(g).length > 0),
  );
  if (legend.length)
    cells.push(
      object(
        'legend',
        ['Legend', ...legend.map((l) => `• ${l}`)].join('\n'),
        { otzKind: 'legend' },
        `<mxCell style="${style({
          text: 1,
          html: 0,
          whiteSpace: 'wrap',
          align: 'left',
          verticalAlign: 'top',
          spacing: 10,
          fontSize: 11,
          fontColor: '#475569',
          fillColor: '#ffffff',
          strokeColor: '#cbd5e1',
          rounded: 1,
          arcSize: 4,
        })}" vertex="1" parent="1">${geometry({
          x: layout.extent.x,
          y: layout.extent.y + layout.extent.height + 60,
          width: 560,
          height: 34 + legend.length * 15,
        })}</mxCell>`,
      ),
    );

  const name = attr(model.meta.name || 'ot-zones model');
  return `<?xml version="1.0" encoding="UTF-8"?>
<mxfile host="ot-zones" agent="ot-zones" type="device" compressed="false">
<diagram id="ot-zones" name="${name}">
<mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">
<root>
${cells.join('\n')}
</root>
</mxGraphModel>
</diagram>
</mxfile>
`;
}
