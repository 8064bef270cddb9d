/**
 * A compact way to write template models, with an automatic, tidy diagram layout. Only the
 * generator script (build-templates.ts) uses it; the app loads the generated JSON files.
 *
 * Layout conventions (match the editor): asset nodes are 160×56 and positioned relative to their
 * zone; a zone has a 40px header; nested zones are positioned relative to their parent. We leave
 * room for the wider boxes of the exporters (184px), so nothing overlaps anywhere.
 */
import type { Asset, Conduit, Flow, Model, Note, Position, Zone } from '../../domain/model/schema';
import { maxVector, normaliseSl } from '../../domain/security-level';

export const GRID = {
  /** Horizontal step between asset columns. */
  column: 200,
  /** Vertical step between asset rows. */
  row: 76,
  /** Left/right/bottom padding inside a zone. */
  pad: 20,
  /** Top of the first asset row (below the zone header). */
  top: 52,
  /** Gap between nested zones, and between top-level zones in a row (room for a conduit label). */
  nestedGap: 60,
  zoneGap: 150,
  /** Gap between rows of top-level zones (room for conduit labels). */
  rowGap: 110,
  /** Top of nested zones inside their parent (room for the label of a conduit between them). */
  nestedTop: 120,
  /** Narrowest zone: room for the name, kind, Purdue level and SL-T in the header. */
  minZoneWidth: 320,
} as const;

export type AssetSpec = Omit<Asset, 'zoneId'>;

export interface ZoneSpec extends Omit<Zone, 'parentId'> {
  /** Asset columns in the zone (default: up to 3). */
  columns?: number;
  assets: AssetSpec[];
  children?: ZoneSpec[];
}

export interface ConduitSpec extends Omit<Conduit, 'flows'> {
  flows?: Flow[];
}

export interface TemplateSpec {
  /** File name without .json. */
  id: string;
  meta: Model['meta'];
  /** Top-level zones, row by row, top to bottom (highest Purdue level first). */
  rows: ZoneSpec[][];
  conduits: ConduitSpec[];
  notes?: Array<Note & { at?: { x: number; y: number } }>;
}

interface Size {
  width: number;
  height: number;
}

/**
 * Measures a zone and records the positions of its content (relative to it). A zone with nested
 * zones keeps its own assets in columns on the left and its nested zones to the right, starting
 * lower than the header: a conduit between the zone and a nested zone is drawn as a short drop
 * from the header, and its label needs that gap to stay clear of the assets.
 */
function place(spec: ZoneSpec, positions: Record<string, Position>): Size {
  const children = spec.children ?? [];
  const cols = spec.columns ?? (children.length ? 1 : Math.min(3, Math.max(1, spec.assets.length)));
  const assetRows = Math.ceil(spec.assets.length / cols);
  spec.assets.forEach((a, i) => {
    positions[a.id] = {
      x: GRID.pad + (i % cols) * GRID.column,
      y: GRID.top + Math.floor(i / cols) * GRID.row,
    };
  });
  // The last asset row ends 20px above the zone's bottom: that is the bottom padding.
  const assetsWidth = spec.assets.length ? cols * GRID.column + GRID.pad : 0;
  const assetsHeight = spec.assets.length ? GRID.top + assetRows * GRID.row : 150;
  if (children.length === 0) return { width: Math.max(GRID.minZoneWidth, assetsWidth), height: assetsHeight };
  let x = spec.assets.length ? assetsWidth - GRID.pad + GRID.nestedGap : GRID.pad;
  let tallest = 0;
  for (const child of children) {
    const size = place(child, positions);
    positions[child.id] = { x, y: GRID.nestedTop, width: size.width, height: size.height };
    x += size.width + GRID.nestedGap;
    tallest = Math.max(tallest, size.height);
  }
  return {
    width: Math.max(GRID.minZoneWidth, x - GRID.nestedGap + GRID.pad),
    height: Math.max(assetsHeight, GRID.nestedTop + tallest + GRID.pad),
  };
}

function flatten(spec: ZoneSpec, parentId: string | undefined, zones: Zone[], assets: Asset[]) {
  const { columns: _c, assets: own, children, ...zone } = spec;
  zones.push(parentId === undefined ? zone : { ...zone, parentId });
  for (const a of own) assets.push({ ...a, zoneId: spec.id });
  for (const child of children ?? []) flatten(child, spec.id, zones, assets);
}

/**
 * Builds the model. A conduit without `slCapability` gets the per-FR maximum of its zones'
 * targets: the templates show a design whose boundaries meet their targets.
 */
export function buildTemplate(spec: TemplateSpec): Model {
  const zones: Zone[] = [];
  const assets: Asset[] = [];
  const positions: Record<string, Position> = {};
  const sizes = new Map<string, Size>();
  for (const row of spec.rows)
    for (const z of row) {
      flatten(z, undefined, zones, assets);
      sizes.set(z.id, place(z, positions));
    }
  const rowWidth = (row: ZoneSpec[]) =>
    row.reduce((sum, z) => sum + sizes.get(z.id)!.width, 0) + GRID.zoneGap * (row.length - 1);
  const widest = Math.max(...spec.rows.map(rowWidth));
  let y = 0;
  for (const row of spec.rows) {
    let x = Math.round((widest - rowWidth(row)) / 2);
    let tallest = 0;
    for (const z of row) {
      const size = sizes.get(z.id)!;
      positions[z.id] = { x, y, width: size.width, height: size.height };
      x += size.width + GRID.zoneGap;
      tallest = Math.max(tallest, size.height);
    }
    y += tallest + GRID.rowGap;
  }

  const zoneById = new Map(zones.map((z) => [z.id, z]));
  const conduits: Conduit[] = spec.conduits.map((c) => {
    if (c.slCapability !== undefined) return c;
    const max = maxVector(c.zoneIds.map((id) => zoneById.get(id)?.slTarget));
    return max ? { ...c, slCapability: normaliseSl(max) as Conduit['slCapability'] } : c;
  });

  const model: Model = { format: 'ot-zones', version: 1, meta: spec.meta, zones, assets, conduits };
  if (spec.notes?.length) {
    model.notes = spec.notes.map(({ at, ...note }) => {
      if (at) positions[note.id] = { x: at.x, y: at.y, width: 220, height: 110 };
      return note;
    });
  }
  model.diagram = { positions };
  return model;
}
