/**
 * Editor commands shared by the canvas, the palette, the toolbar and keyboard shortcuts. Each one
 * is a single `applyEdit` (one undo step) built from the pure operations in src/domain/edit.
 * Geometry comes from the layout the user sees (see geometry.ts), so positions are converted
 * between zones exactly as they are drawn.
 */
import { assetType } from '../../domain/catalog/asset-types';
import { type PurdueLevel, ZONE_KIND_INFO, type ZoneKind } from '../../domain/catalog/zone-kinds';
import { addAsset, addConduit, addZone } from '../../domain/edit/add';
import {
  extractFragment,
  type Fragment,
  type FragmentGeometry,
  pasteFragment,
} from '../../domain/edit/fragment';
import { hasOwnEntry, ownValue } from '../../domain/edit/own';
import { moveElements, type Point, positionOf, setPositions } from '../../domain/edit/positions';
import { removeElementsDetailed } from '../../domain/edit/remove';
import { reparentAsset, reparentZone } from '../../domain/edit/reparent';
import { updateZone } from '../../domain/edit/update';
import { freeSpotNear } from '../../domain/layout/free-spot';
import { bandEdges, suggestedLevel } from '../../domain/layout/purdue-bands';
import type { Model, Position } from '../../domain/model/schema';
import { plural } from '../../domain/text/plural';
import { useEditor } from '../store/editor-store';
import { toast } from '../store/toasts';
import {
  type Box,
  belowDiagram,
  deepestZoneAt,
  freeSlotInZone,
  layoutFor,
  SIZE,
  snap,
  subtreeZoneIds,
  union,
  type ViewLayout,
} from './geometry';
import { onPinned } from './layout-edit';

function editor() {
  return useEditor.getState();
}

/** Runs an edit; an error from the domain (refused edit) becomes a toast and leaves the model alone. */
function tryEdit(label: string, edit: (m: Model) => Model): boolean {
  try {
    editor().applyEdit(label, onPinned(edit));
    return true;
  } catch (error) {
    toast(error instanceof Error ? capitalise(error.message) : String(error), 'error');
    return false;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ORIGIN = { x: 0, y: 0 };

function zoneOrigin(layout: ViewLayout, zoneId: string | undefined): Point {
  return zoneId === undefined ? ORIGIN : (layout.zone.get(zoneId)?.abs ?? ORIGIN);
}

/** Keeps a child's top-left inside its zone, below the header. */
function clampInto(zoneId: string | undefined, p: Point): Point {
  if (zoneId === undefined) return { x: snap(p.x), y: snap(p.y) };
  return { x: snap(Math.max(SIZE.pad, p.x)), y: snap(Math.max(SIZE.header, p.y)) };
}

export const ASSET_OUTSIDE_ZONE = 'Assets always live in a zone: drop it inside one.';

/** Palette drop of an asset at a canvas point: it joins the deepest zone there, else is refused. */
export function addAssetAt(type: string, point: Point): string | null {
  const layout = layoutFor(editor().model);
  const zone = deepestZoneAt(layout, point);
  if (!zone) {
    toast(ASSET_OUTSIDE_ZONE, 'error');
    return null;
  }
  const wanted = clampInto(zone.zone.id, {
    x: point.x - zone.abs.x - SIZE.assetWidth / 2,
    y: point.y - zone.abs.y - SIZE.assetHeight / 2,
  });
  // Never on top of another asset or nested zone: the nearest free spot in the zone.
  const rel = freeSpotIn(layout, zone.zone.id, { width: SIZE.assetWidth, height: SIZE.assetHeight }, wanted);
  return insertAsset(type, zone.zone.id, rel);
}

/**
 * The free spot (top-left, relative to the parent) nearest to `wanted` for a box of `size` among
 * the children of zone `parentId` (top-level zones when undefined), ignoring the ids in `except`.
 * Drops and pastes use it so nothing lands on top of another element.
 */
function freeSpotIn(
  layout: ViewLayout,
  parentId: string | undefined,
  size: { width: number; height: number },
  wanted: Point,
  except: ReadonlySet<string> = new Set(),
): Point {
  const taken = [
    ...layout.assets.filter((a) => a.asset.zoneId === parentId && !except.has(a.asset.id)).map((a) => a.rel),
    ...layout.zones.filter((z) => z.parentId === parentId && !except.has(z.zone.id)).map((z) => z.rel),
  ];
  // Zone-sized boxes search in coarser steps, so the search reaches past a neighbouring zone.
  const big = size.width > 2 * SIZE.assetWidth || size.height > 2 * SIZE.assetHeight;
  return freeSpotNear(taken, size, wanted, {
    step: big ? SIZE.gap : SIZE.grid,
    maxRings: 100,
    gap: 16,
    ...(parentId !== undefined ? { within: { minX: SIZE.pad, minY: SIZE.header } } : {}),
  });
}

/**
 * Moves just-pasted root elements off whatever they landed on: the roots sharing a parent move
 * together (keeping their arrangement) to the nearest free spot for their bounding box.
 */
function clearOfOthers(model: Model, rootIds: readonly string[]): Model {
  const layout = layoutFor(model);
  const pasted = new Set(rootIds);
  const groups = new Map<string | undefined, { id: string; rel: Box }[]>();
  for (const id of rootIds) {
    const zone = layout.zone.get(id);
    const asset = layout.asset.get(id);
    const parent = zone ? zone.parentId : asset?.asset.zoneId;
    const rel = zone?.rel ?? asset?.rel;
    if (!rel) continue;
    groups.set(parent, [...(groups.get(parent) ?? []), { id, rel }]);
  }
  const moves: Record<string, Point> = {};
  for (const [parent, members] of groups) {
    const box = union(members.map((m) => m.rel));
    const spot = freeSpotIn(layout, parent, box, box, pasted);
    const dx = spot.x - box.x;
    const dy = spot.y - box.y;
    if (dx === 0 && dy === 0) continue;
    for (const m of members) moves[m.id] = { x: m.rel.x + dx, y: m.rel.y + dy };
  }
  return Object.keys(moves).length ? moveElements(model, moves) : model;
}

function insertAsset(type: string, zoneId: string, position: Point): string | null {
  let id: string | null = null;
  const ok = tryEdit(`Add ${assetType(type).label}`, (m) => {
    const added = addAsset(m, { type, zoneId, position });
    id = added.id;
    return added.model;
  });
  if (ok && id) editor().select([id]);
  return id;
}

/** Palette drop of a zone: nested in the deepest zone at the point, or top-level on bare canvas. */
export function addZoneAt(kind: ZoneKind, point: Point): string | null {
  const layout = layoutFor(editor().model);
  const parent = deepestZoneAt(layout, point);
  const size = newZoneSize(parent?.zone.id);
  const origin = zoneOrigin(layout, parent?.zone.id);
  const rel = clampInto(parent?.zone.id, {
    x: point.x - origin.x - size.width / 2,
    y: point.y - origin.y - SIZE.header / 2,
  });
  // Purdue bands shown: the zone takes the level of the band its box lands in, when its kind's
  // default level is not one the band covers (same undo step as the drop).
  const edges = bandEdges(editor().model);
  const level = edges
    ? suggestedLevel(edges, point.y - SIZE.header / 2 + size.height / 2, { kind })
    : undefined;
  return insertZone(kind, parent?.zone.id, rel, size, level);
}

function newZoneSize(parentId: string | undefined) {
  if (parentId === undefined) return { width: SIZE.newZoneWidth, height: SIZE.newZoneHeight };
  return { width: SIZE.assetWidth * 2 + SIZE.gap + SIZE.pad * 2, height: SIZE.zoneMinHeight + 20 };
}

function insertZone(
  kind: ZoneKind,
  parentId: string | undefined,
  position: Point,
  size: { width: number; height: number },
  purdueLevel?: PurdueLevel,
) {
  let id: string | null = null;
  const ok = tryEdit(`Add ${ZONE_KIND_INFO[kind].label} zone`, (m) => {
    const added = addZone(m, { kind, ...(parentId !== undefined ? { parentId } : {}), position, size });
    id = added.id;
    return purdueLevel === undefined ? added.model : updateZone(added.model, added.id, { purdueLevel });
  });
  if (ok && id) editor().select([id]);
  return id;
}

/** The zone keyboard insertion targets: the selected zone, or the zone of the selected asset. */
export function selectedZoneId(): string | undefined {
  const { model, selection } = editor();
  for (const id of selection) {
    if (model.zones.some((z) => z.id === id)) return id;
    const asset = model.assets.find((a) => a.id === id);
    if (asset) return asset.zoneId;
  }
  return undefined;
}

/** Keyboard insertion of an asset (palette item + Enter): into the selected zone, at a free spot. */
export function addAssetToSelectedZone(type: string): string | null {
  const zoneId = selectedZoneId();
  if (zoneId === undefined) {
    toast('Select a zone first: assets always live in a zone.', 'error');
    return null;
  }
  const layout = layoutFor(editor().model);
  const slot = freeSlotInZone(layout, zoneId, { width: SIZE.assetWidth, height: SIZE.assetHeight });
  const id = insertAsset(type, zoneId, slot);
  if (id) editor().reveal(id);
  return id;
}

/** Keyboard insertion of a zone: inside the selected zone, else below the diagram. */
export function addZoneByKeyboard(kind: ZoneKind): string | null {
  const layout = layoutFor(editor().model);
  const parentId = selectedZoneId();
  const size = newZoneSize(parentId);
  const position = parentId !== undefined ? freeSlotInZone(layout, parentId, size) : belowDiagram(layout);
  const id = insertZone(kind, parentId, position, size);
  if (id) editor().reveal(id);
  return id;
}

/** Connect gesture: a filtering conduit between two zones, selected afterwards. */
export function connectZones(fromZoneId: string, toZoneId: string): string | null {
  if (fromZoneId === toZoneId) return null;
  let id: string | null = null;
  const ok = tryEdit('Add conduit', (m) => {
    const added = addConduit(m, { zoneIds: [fromZoneId, toZoneId] });
    id = added.id;
    return added.model;
  });
  if (ok && id) editor().select([id]);
  return id;
}

export interface Move {
  id: string;
  /** Relative to the element's current parent zone (as React Flow reports it). */
  position: Point;
}

/**
 * Commits moved elements (drag stop or keyboard nudge). With `reparent`, an element whose centre
 * lands in another zone moves into it (position converted to that zone); an asset dropped outside
 * every zone refuses the whole move.
 */
export function commitMoves(label: string, moves: readonly Move[], reparent: boolean): boolean {
  const layout = layoutFor(editor().model);
  let refused = false;
  const edit = (m: Model): Model => {
    let next = m;
    for (const { id, position } of moves) {
      const zone = layout.zone.get(id);
      const asset = layout.asset.get(id);
      if (!zone && !asset) continue;
      const parentId = zone ? zone.parentId : asset!.asset.zoneId;
      const origin = zoneOrigin(layout, parentId);
      const size = zone ? zone.rel : asset!.rel;
      const abs = { x: origin.x + position.x, y: origin.y + position.y };
      const centre = { x: abs.x + size.width / 2, y: abs.y + size.height / 2 };
      if (zone) {
        const target = reparent ? deepestZoneAt(layout, centre, subtreeZoneIds(layout, id)) : undefined;
        const targetId = reparent ? target?.zone.id : parentId;
        if (targetId !== parentId) {
          const o = zoneOrigin(layout, targetId);
          next = reparentZone(next, id, targetId, clampInto(targetId, { x: abs.x - o.x, y: abs.y - o.y }));
        } else next = moveElements(next, { [id]: { x: snap(position.x), y: snap(position.y) } });
        continue;
      }
      if (reparent) {
        const target = deepestZoneAt(layout, centre);
        if (!target) {
          refused = true;
          return m;
        }
        if (target.zone.id !== parentId) {
          const o = target.abs;
          next = reparentAsset(
            next,
            id,
            target.zone.id,
            clampInto(target.zone.id, { x: abs.x - o.x, y: abs.y - o.y }),
          );
          continue;
        }
      }
      next = moveElements(next, { [id]: { x: snap(position.x), y: snap(position.y) } });
    }
    return next;
  };
  const ok = tryEdit(label, edit);
  if (refused) {
    editor().setDragOverlay(null);
    toast(ASSET_OUTSIDE_ZONE, 'error');
    return false;
  }
  return ok;
}

/** Commits a zone resize: its new box and (when resized from the top/left) its children's new offsets. */
export function commitResize(
  boxes: Readonly<Record<string, { x: number; y: number; width?: number; height?: number }>>,
) {
  const updates: Record<string, Position> = {};
  const model = editor().model;
  for (const [id, b] of Object.entries(boxes)) {
    const stored = positionOf(model, id);
    const p: Position = { ...stored, x: snap(b.x), y: snap(b.y) };
    if (b.width !== undefined) p.width = snap(b.width);
    if (b.height !== undefined) p.height = snap(b.height);
    updates[id] = p;
  }
  tryEdit('Resize zone', (m) => setPositions(m, updates));
  editor().setDragOverlay(null);
}

/** Arrow-key nudge of the selected zones and assets. */
export function nudgeSelection(dx: number, dy: number): void {
  const { model, selection } = editor();
  const layout = layoutFor(model);
  const moves: Move[] = [];
  for (const id of selection) {
    const g = layout.zone.get(id) ?? layout.asset.get(id);
    if (g) moves.push({ id, position: { x: g.rel.x + dx, y: g.rel.y + dy } });
  }
  if (moves.length) commitMoves('Nudge', moves, false);
}

export function deleteSelection(): void {
  const { selection } = editor();
  if (selection.length === 0) return;
  let count = 0;
  tryEdit(selection.length === 1 ? 'Delete element' : `Delete ${selection.length} elements`, (m) => {
    const { model, removed } = removeElementsDetailed(m, selection);
    count = removed.size;
    return model;
  });
  if (count > 0)
    toast(`Deleted ${plural(count, 'element')}. Ctrl+Z brings ${count > 1 ? 'them' : 'it'} back.`);
}

export function selectAll(): void {
  const { model, select } = editor();
  select([
    ...model.zones.map((z) => z.id),
    ...model.assets.map((a) => a.id),
    ...model.conduits.map((c) => c.id),
  ]);
}

/** Geometry of what the user sees, for copying (unplaced elements copy where they are drawn). */
export function viewGeometry(model: Model): FragmentGeometry {
  const layout = layoutFor(model);
  return {
    relative: (id) => {
      const g = layout.zone.get(id) ?? layout.asset.get(id);
      const stored = positionOf(model, id);
      if (!g) return stored;
      return { ...stored, x: g.rel.x, y: g.rel.y };
    },
    absolute: (id) => {
      const g = layout.zone.get(id) ?? layout.asset.get(id);
      return g ? { x: g.abs.x, y: g.abs.y } : undefined;
    },
  };
}

export function copySelectionFragment(): Fragment | null {
  const { model, selection } = editor();
  return extractFragment(model, selection, viewGeometry(model));
}

/**
 * Pastes a fragment. Into the selected zone when one is selected (and it is not what was copied,
 * so copy + paste of a zone gives a sibling copy); otherwise next to the originals, shifted by
 * `offset`. The pasted elements are selected.
 */
export function pasteFragmentHere(fragment: Fragment, offset: Point, label = 'Paste'): string[] {
  const zoneId = selectedZoneId();
  const into =
    zoneId !== undefined && !hasOwnEntry(fragment.roots, zoneId) && editor().selection.includes(zoneId)
      ? zoneId
      : undefined;
  let rootIds: string[] = [];
  const origin =
    into !== undefined
      ? freeSlotInZone(layoutFor(editor().model), into, fragmentRootSize(fragment))
      : undefined;
  const ok = tryEdit(label, (m) => {
    const pasted = pasteFragment(m, fragment, {
      ...(into !== undefined ? { into } : {}),
      ...(origin ? { origin } : {}),
      offset,
    });
    rootIds = pasted.rootIds;
    // Beside the originals or in the selected zone, but never on top of another element.
    return clearOfOthers(pasted.model, rootIds);
  });
  if (ok && rootIds.length) editor().select(rootIds);
  return rootIds;
}

function fragmentRootSize(fragment: Fragment) {
  const ids = Object.keys(fragment.roots);
  if (ids.length === 1) {
    const p = ownValue(fragment.positions, ids[0]!);
    const isZone = fragment.zones.some((z) => z.id === ids[0]);
    if (isZone) return { width: p?.width ?? SIZE.newZoneWidth, height: p?.height ?? SIZE.zoneMinHeight };
  }
  return { width: SIZE.assetWidth, height: SIZE.assetHeight };
}

/** Ctrl+D: copy and paste the selection next to itself. */
export function duplicateSelection(): void {
  const fragment = copySelectionFragment();
  if (!fragment) return;
  // Paste beside the originals, not into a selected zone.
  const { selection } = editor();
  editor().select([]);
  const ids = pasteFragmentHere(fragment, { x: 2 * SIZE.gap, y: 2 * SIZE.gap }, 'Duplicate');
  if (ids.length === 0) editor().select(selection);
}
