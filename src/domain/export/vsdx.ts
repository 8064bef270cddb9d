/**
 * A Visio drawing (.vsdx: an Open Packaging Conventions zip of VisioML parts, built with fflate).
 *
 * - zones → container shapes (User.msvStructureType = "Container") with their name, kind and SL-T
 *   as text at the top; nested zones and assets sit inside them;
 * - assets → rounded boxes with their name and type;
 * - conduits → 1-D connectors along the SVG export's routes, glued (Connects) to their zones, with
 *   the conduit's name, type and SL-T as text; a conduit joining n zones is one connector per zone
 *   from its hub.
 * Every label is text (no pictures of text); the model's ids are kept as shape data
 * (Prop.OtzId / Prop.OtzKind) so the shapes can be traced back.
 *
 * Parts: [Content_Types].xml, _rels/.rels, docProps/core.xml, docProps/app.xml,
 * visio/document.xml (+ rels), visio/pages/pages.xml (+ rels), visio/pages/page1.xml.
 */
import { strToU8, zipSync } from 'fflate';
import { assetType } from '../catalog/asset-types';
import { ZONE_KIND_INFO } from '../catalog/zone-kinds';
import { layoutDiagram } from '../layout/diagram';
import type { Box } from '../layout/geometry';
import { buildIndex, conduitEffectiveTarget } from '../model/derive';
import type { Model } from '../model/schema';
import { conduitDirection } from './csv';
import { conduitDrawing, slShort, svgContext } from './svg';
import { mix, THEMES } from './svg-theme';
import { cleanText, escapeXml } from './text';

const NS = 'http://schemas.microsoft.com/office/visio/2012/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PX_PER_INCH = 96;
const MARGIN = 0.5;

const text = (s: string) => escapeXml(cleanText(s, { multiline: true }));
const n = (v: number) => String(Math.round(v * 10000) / 10000);
const cell = (name: string, value: string | number, extra = '') =>
  `<Cell N="${name}" V="${typeof value === 'number' ? n(value) : escapeXml(value)}"${extra}/>`;

interface Point {
  x: number;
  y: number;
}

function rectangle(): string {
  return `<Section N="Geometry" IX="0">${cell('NoFill', 0)}${cell('NoLine', 0)}<Row T="RelMoveTo" IX="1">${cell('X', 0)}${cell('Y', 0)}</Row><Row T="RelLineTo" IX="2">${cell('X', 1)}${cell('Y', 0)}</Row><Row T="RelLineTo" IX="3">${cell('X', 1)}${cell('Y', 1)}</Row><Row T="RelLineTo" IX="4">${cell('X', 0)}${cell('Y', 1)}</Row><Row T="RelLineTo" IX="5">${cell('X', 0)}${cell('Y', 0)}</Row></Section>`;
}

function props(entries: Record<string, string>): string {
  const rows = Object.entries(entries)
    .map(
      ([k, v]) =>
        `<Row N="${k}">${cell('Label', k)}<Cell N="Value" V="${escapeXml(cleanText(v))}" U="STR"/></Row>`,
    )
    .join('');
  return `<Section N="Property">${rows}</Section>`;
}

export function exportVsdx(model: Model): Uint8Array {
  const theme = THEMES.light;
  const index = buildIndex(model);
  const layout = layoutDiagram(model);
  const ext = layout.extent;
  const pageWidth = Math.max(ext.width / PX_PER_INCH + 2 * MARGIN, 8.5);
  const pageHeight = Math.max(ext.height / PX_PER_INCH + 2 * MARGIN, 5);
  const toX = (px: number) => (px - ext.x) / PX_PER_INCH + MARGIN;
  const toY = (py: number) => pageHeight - ((py - ext.y) / PX_PER_INCH + MARGIN);

  let nextId = 1;
  const shapeOf = new Map<string, number>();
  const shapes: string[] = [];
  const connects: string[] = [];

  const box2d = (b: Box) => {
    const w = b.width / PX_PER_INCH;
    const h = b.height / PX_PER_INCH;
    return (
      cell('PinX', toX(b.x) + w / 2) +
      cell('PinY', toY(b.y) - h / 2) +
      cell('Width', w) +
      cell('Height', h) +
      cell('LocPinX', w / 2, ' F="Width*0.5"') +
      cell('LocPinY', h / 2, ' F="Height*0.5"')
    );
  };

  for (const zb of layout.zones) {
    const z = zb.zone;
    const id = nextId++;
    shapeOf.set(z.id, id);
    const colour = theme.kind[z.kind];
    const label = `${z.name}\n${ZONE_KIND_INFO[z.kind].label} · SL-T ${slShort(z.slTarget)}`;
    shapes.push(
      `<Shape ID="${id}" NameU="Zone.${id}" Name="${escapeXml(cleanText(z.name)).slice(0, 200)}" Type="Shape" LineStyle="0" FillStyle="0" TextStyle="0">` +
        box2d(zb.abs) +
        cell('FillForegnd', mix('#ffffff', colour, zb.depth === 0 ? 0.06 : 0.1)) +
        cell('LineColor', mix('#ffffff', colour, 0.75)) +
        cell('LineWeight', 0.02) +
        cell('LinePattern', z.kind === 'external' ? 2 : 1) +
        cell('VerticalAlign', 0) +
        cell('LeftMargin', 0.1) +
        cell('TxtWidth', zb.abs.width / PX_PER_INCH, ' F="Width"') +
        cell('TxtPinX', zb.abs.width / PX_PER_INCH / 2, ' F="Width*0.5"') +
        cell('TxtLocPinX', zb.abs.width / PX_PER_INCH / 2, ' F="TxtWidth*0.5"') +
        cell('TxtPinY', zb.abs.height / PX_PER_INCH - 0.06, ' F="Height-0.06"') +
        cell('TxtLocPinY', 0.45) +
        cell('TxtHeight', 0.45) +
        `<Section N="User"><Row N="msvStructureType"><Cell N="Value" V="Container" U="STR"/></Row></Section>` +
        props({ OtzKind: 'zone', OtzId: z.id, Kind: z.kind, SlTarget: slShort(z.slTarget) }) +
        `<Section N="Character"><Row IX="0">${cell('Size', 0.1389)}${cell('Style', 1)}</Row></Section>` +
        `<Section N="Paragraph"><Row IX="0">${cell('HorzAlign', 0)}</Row></Section>` +
        rectangle() +
        `<Text>${text(label)}</Text></Shape>`,
    );
  }

  for (const ab of layout.assets) {
    const a = ab.asset;
    const id = nextId++;
    shapeOf.set(a.id, id);
    const type = assetType(a.type);
    shapes.push(
      `<Shape ID="${id}" NameU="Asset.${id}" Name="${escapeXml(cleanText(a.name)).slice(0, 200)}" Type="Shape" LineStyle="0" FillStyle="0" TextStyle="0">` +
        box2d(ab.abs) +
        cell('FillForegnd', '#ffffff') +
        cell('LineColor', theme.cardStroke) +
        cell('LineWeight', 0.0104) +
        cell('Rounding', 0.06) +
        props({
          OtzKind: 'asset',
          OtzId: a.id,
          Type: a.type,
          Zone: index.zone.get(a.zoneId)?.name ?? a.zoneId,
        }) +
        `<Section N="Character"><Row IX="0">${cell('Size', 0.1111)}</Row></Section>` +
        rectangle() +
        `<Text>${text(`${a.name}\n${type.id === a.type ? type.label : a.type}`)}</Text></Shape>`,
    );
  }

  const { geometries } = conduitDrawing(svgContext(model));
  for (const g of geometries) {
    const c = g.conduit;
    const oneWay = conduitDirection(c) === 'forward';
    const typeLabel = { filtering: 'Filtering', gateway: 'Gateway', unidirectional: 'Unidirectional' }[
      c.type
    ];
    const label = `${c.name}\n${typeLabel} · SL-T ${slShort(conduitEffectiveTarget(c, index))}`;
    g.paths.forEach((path, i) => {
      const pts: Point[] = path.points.map((p) => ({ x: toX(p.x), y: toY(p.y) }));
      if (pts.length < 2) return;
      const id = nextId++;
      const xs = pts.map((p) => p.x);
      const ys = pts.map((p) => p.y);
      const minX = Math.min(...xs);
      const minY = Math.min(...ys);
      const w = Math.max(Math.max(...xs) - minX, 0.01);
      const h = Math.max(Math.max(...ys) - minY, 0.01);
      const first = pts[0]!;
      const last = pts[pts.length - 1]!;
      const rows = pts
        .map(
          (p, k) =>
            `<Row T="${k === 0 ? 'MoveTo' : 'LineTo'}" IX="${k + 1}">${cell('X', p.x - minX)}${cell('Y', p.y - minY)}</Row>`,
        )
        .join('');
      const mid = pts[Math.floor(pts.length / 2)]!;
      shapes.push(
        `<Shape ID="${id}" NameU="Conduit.${id}" Name="${escapeXml(cleanText(c.name)).slice(0, 200)}" Type="Shape" LineStyle="0" FillStyle="0" TextStyle="0">` +
          cell('PinX', minX + w / 2) +
          cell('PinY', minY + h / 2) +
          cell('Width', w) +
          cell('Height', h) +
          cell('LocPinX', w / 2) +
          cell('LocPinY', h / 2) +
          cell('BeginX', first.x) +
          cell('BeginY', first.y) +
          cell('EndX', last.x) +
          cell('EndY', last.y) +
          cell('ObjType', 2) +
          cell('LineColor', theme.conduit) +
          cell('LineWeight', c.type === 'unidirectional' ? 0.03 : 0.02) +
          cell('LinePattern', c.type === 'gateway' ? 2 : 1) +
          cell('BeginArrow', path.arrowAtStart ? 4 : 0) +
          cell('EndArrow', path.arrowAtEnd ? 4 : 0) +
          cell('TxtPinX', mid.x - minX) +
          cell('TxtPinY', mid.y - minY) +
          cell('TxtWidth', 1.8) +
          cell('TxtHeight', 0.4) +
          cell('TxtLocPinX', 0.9) +
          cell('TxtLocPinY', 0.2) +
          cell('TextBkgnd', 2) +
          props({
            OtzKind: 'conduit',
            OtzId: c.id,
            Type: c.type,
            Direction: oneWay ? 'forward' : 'bidirectional',
          }) +
          `<Section N="Character"><Row IX="0">${cell('Size', 0.1111)}</Row></Section>` +
          `<Section N="Geometry" IX="0">${cell('NoFill', 1)}${rows}</Section>` +
          (i === 0 ? `<Text>${text(label)}</Text>` : '') +
          '</Shape>',
      );
      // Glue: a two-zone conduit's route runs from its first zone to its second; a hub's spokes end on their zone.
      const ends: Array<['BeginX' | 'EndX', string | undefined]> =
        g.hub === undefined
          ? [
              ['BeginX', c.zoneIds[0]],
              ['EndX', c.zoneIds[1]],
            ]
          : [['EndX', c.zoneIds[i]]];
      for (const [from, zone] of ends) {
        const to = zone === undefined ? undefined : shapeOf.get(zone);
        if (to !== undefined)
          connects.push(
            `<Connect FromSheet="${id}" FromCell="${from}" FromPart="${from === 'BeginX' ? 9 : 12}" ToSheet="${to}" ToCell="PinX" ToPart="3"/>`,
          );
      }
    });
  }

  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const name = model.meta.name || 'ot-zones model';
  const files: Record<string, string> = {
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/visio/document.xml" ContentType="application/vnd.ms-visio.drawing.main+xml"/><Override PartName="/visio/pages/pages.xml" ContentType="application/vnd.ms-visio.pages+xml"/><Override PartName="/visio/pages/page1.xml" ContentType="application/vnd.ms-visio.page+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/document" Target="visio/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/core.xml': `${xml}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${text(name)}</dc:title><dc:creator>ot-zones</dc:creator></cp:coreProperties>`,
    'docProps/app.xml': `${xml}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>ot-zones</Application></Properties>`,
    'visio/document.xml': `${xml}<VisioDocument xmlns="${NS}" xmlns:r="${R_NS}" xml:space="preserve"><DocumentSettings TopPage="0" DefaultTextStyle="0" DefaultLineStyle="0" DefaultFillStyle="0" DefaultGuideStyle="0"/><Colors/><FaceNames/><StyleSheets><StyleSheet ID="0" NameU="No Style" Name="No Style">${cell('EnableLineProps', 1)}${cell('EnableFillProps', 1)}${cell('EnableTextProps', 1)}${cell('LineWeight', 0.0104)}${cell('LineColor', '#000000')}${cell('LinePattern', 1)}${cell('FillForegnd', '#ffffff')}${cell('FillPattern', 1)}${cell('VerticalAlign', 1)}<Section N="Character"><Row IX="0">${cell('Font', 'Calibri')}${cell('Color', '#1e293b')}${cell('Size', 0.1111)}</Row></Section><Section N="Paragraph"><Row IX="0">${cell('HorzAlign', 1)}</Row></Section></StyleSheet></StyleSheets></VisioDocument>`,
    'visio/_rels/document.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/pages" Target="pages/pages.xml"/></Relationships>`,
    'visio/pages/pages.xml': `${xml}<Pages xmlns="${NS}" xmlns:r="${R_NS}" xml:space="preserve"><Page ID="0" NameU="Zones and conduits" Name="Zones and conduits"><PageSheet>${cell('PageWidth', pageWidth)}${cell('PageHeight', pageHeight)}${cell('PageScale', 1, ' U="IN_F"')}${cell('DrawingScale', 1, ' U="IN_F"')}${cell('DrawingSizeType', 0)}</PageSheet><Rel r:id="rId1"/></Page></Pages>`,
    'visio/pages/_rels/pages.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/page" Target="page1.xml"/></Relationships>`,
    'visio/pages/page1.xml': `${xml}<PageContents xmlns="${NS}" xmlns:r="${R_NS}" xml:space="preserve"><Shapes>${shapes.join('')}</Shapes>${connects.length ? `<Connects>${connects.join('')}</Connects>` : ''}</PageContents>`,
  };
  const zip: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(files)) zip[path] = strToU8(content);
  // A fixed date keeps the bytes reproducible (the CLI and the app give the same file).
  return zipSync(zip, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
