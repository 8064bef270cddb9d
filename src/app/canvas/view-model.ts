/**
 * View derivation: React Flow nodes and edges computed from the model (+ its layout, findings,
 * selection and the transient drag overlay). Never a second source of truth.
 *
 * Identity matters: React Flow re-processes only node/edge objects that changed, and custom nodes
 * are memoised on their props. Each element's node is rebuilt only when one of its inputs changed
 * (same zone object, same box, same findings array, same selected flag → same node object).
 *
 * Conduits joining two zones are one edge. A conduit joining three or more zones is drawn as a
 * small junction node at the centre of its zones with one leg edge to each zone: every zone is
 * visibly attached, the name and badges appear once (on the junction), and nothing depends on
 * which zone happens to be listed first.
 */
import type { Edge, Node } from '@xyflow/react';
import { colourOf } from '../../domain/catalog/palette';
import { ownValue } from '../../domain/edit/own';
import { conduitEffectiveTarget, isOneWay } from '../../domain/model/derive';
import type { Asset, Conduit, Model, PaletteColour, Zone } from '../../domain/model/schema';
import type { Finding } from '../../domain/rules/rule';
import type { SlVector } from '../../domain/security-level';
import { conduitPlacementsFor, indexFor } from '../store/derived';
import type { DragOverlay } from '../store/editor-store';
import { evaluationFor, subjectFindings } from '../store/findings';
import { type AssetTile, TileDeriver, tilesOf } from './asset-tiles';
import { JUNCTION_DOT } from './conduit-placement';
import { type Box, layoutFor, SIZE, union } from './geometry';

export type Status = 'error' | 'warning' | 'ok';

export interface ZoneNodeData extends Record<string, unknown> {
  zone: Zone;
  findings: readonly Finding[];
  depth: number;
  /** Overview (large diagram zoomed far out): the zone's own assets, drawn by the zone. */
  tiles?: readonly AssetTile[];
  /** Preset colour from diagram.colors (instead of the kind's colour). */
  colour?: PaletteColour;
}
export interface AssetNodeData extends Record<string, unknown> {
  asset: Asset;
  findings: readonly Finding[];
  colour?: PaletteColour;
}
export interface ConduitView extends Record<string, unknown> {
  conduit: Conduit;
  findings: readonly Finding[];
  status: Status;
  /** Effective SL-T (own or from its zones); undefined when nothing is assessed. */
  target: SlVector | undefined;
  oneWay: boolean;
  colour?: PaletteColour;
}
export interface ConduitEdgeData extends ConduitView {
  /** 'single': the whole conduit; 'leg': one spoke of a junction (label drawn on the junction). */
  role: 'single' | 'leg';
  /** For legs: the zone is the conduit's source zone (zoneIds[0]). */
  fromSource: boolean;
  /** Where the label sits along the line (0 = source end, 1 = target end). */
  labelT: number;
}

export type ZoneFlowNode = Node<ZoneNodeData, 'zone'>;
export type AssetFlowNode = Node<AssetNodeData, 'asset'>;
export type JunctionFlowNode = Node<ConduitView, 'junction'>;
export type FlowNode = ZoneFlowNode | AssetFlowNode | JunctionFlowNode;
export type ConduitFlowEdge = Edge<ConduitEdgeData, 'conduit'>;

const NO_SHIFT = { dx: 0, dy: 0 };

/** Class of the nodes a drag carries along (see compute()). */
export const MOVING_CLASS = 'moving';
export const JUNCTION_PREFIX = 'junction::';
export const JUNCTION_SIZE = JUNCTION_DOT;
const LEG_SEPARATOR = '::leg::';

export function junctionId(conduitId: string): string {
  return `${JUNCTION_PREFIX}${conduitId}`;
}
export function legId(conduitId: string, zoneId: string): string {
  return `${conduitId}${LEG_SEPARATOR}${zoneId}`;
}

/** The model element a React Flow node or edge id stands for (junctions and legs → their conduit). */
export function elementIdOf(flowId: string): string {
  if (flowId.startsWith(JUNCTION_PREFIX)) return flowId.slice(JUNCTION_PREFIX.length);
  const leg = flowId.indexOf(LEG_SEPARATOR);
  return leg >= 0 ? flowId.slice(0, leg) : flowId;
}

export function worstStatus(findings: readonly Finding[]): Status {
  let status: Status = 'ok';
  for (const f of findings) {
    if (f.severity === 'error') return 'error';
    if (f.severity === 'warning') status = 'warning';
  }
  return status;
}

/** Reuses the previous object while every dependency is identical (Object.is). */
class Memo<T> {
  private entries = new Map<string, { deps: readonly unknown[]; value: T }>();
  private seen = new Set<string>();

  get(key: string, deps: readonly unknown[], build: () => T): T {
    this.seen.add(key);
    const prev = this.entries.get(key);
    if (prev && prev.deps.length === deps.length && prev.deps.every((d, i) => Object.is(d, deps[i])))
      return prev.value;
    const value = build();
    this.entries.set(key, { deps, value });
    return value;
  }

  /** Forget entries not used in the last derivation (deleted elements). */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.seen.has(key)) this.entries.delete(key);
    this.seen.clear();
  }
}

export interface View {
  nodes: FlowNode[];
  edges: ConduitFlowEdge[];
}

function withColour(model: Model, id: string): { colour?: PaletteColour } {
  const colour = colourOf(model, id);
  return colour ? { colour } : {};
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function sameVector(a: SlVector | undefined, b: SlVector | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.every((x, i) => x === b[i]);
}

/** Derives the view; one instance per canvas keeps the per-element caches. */
export class ViewDeriver {
  private nodes = new Memo<FlowNode>();
  private edges = new Memo<ConduitFlowEdge>();
  private views = new Memo<ConduitView>();
  private tiles = new TileDeriver();
  private targets = new Map<string, SlVector | undefined>();
  private lastResult: { deps: readonly unknown[]; view: View } | undefined;

  /**
   * Large diagrams (detail.ts): `overview` leaves asset nodes out and lets zones draw their assets
   * as tiles (asset-tiles.ts); `assetWindow` limits the asset nodes to those overlapping it (plus
   * selected ones, which keyboard moves and drags act on).
   */
  derive(
    model: Model,
    selection: readonly string[],
    overlay: DragOverlay | null,
    options: { overview?: boolean; assetWindow?: Box | null } = {},
  ): View {
    const overview = options.overview ?? false;
    const window = options.assetWindow ?? null;
    const deps = [model, selection, overlay, overview, window];
    if (this.lastResult?.deps.every((d, i) => Object.is(d, deps[i]))) return this.lastResult.view;
    const view = this.compute(model, selection, overlay, overview, window);
    this.lastResult = { deps, view };
    return view;
  }

  private compute(
    model: Model,
    selection: readonly string[],
    overlay: DragOverlay | null,
    overview: boolean,
    window: Box | null,
  ): View {
    const layout = layoutFor(model);
    const evaluation = evaluationFor(model);
    const tiles = overview ? this.tiles.tiles(layout, evaluation) : undefined;
    const selected = new Set(selection);
    const nodes: FlowNode[] = [];
    const edges: ConduitFlowEdge[] = [];
    // Elements carried by a drag (the dragged ones and everything inside them) get their own
    // compositor layer while it lasts (`moving` in index.css): moving a layer repaints nothing.
    const moving = new Set<string>();
    const isMoving = (id: string, parentId: string | undefined) => {
      // ownValue, not `in`: ids come from files, and "constructor" is in every object.
      const yes = ownValue(overlay, id) !== undefined || (parentId !== undefined && moving.has(parentId));
      if (yes) moving.add(id);
      return yes;
    };
    // How far the drag has carried each moving zone, so junctions can follow it live.
    const zoneShift = new Map<string, { dx: number; dy: number }>();
    const boxOf = (id: string, box: Box): Box => {
      const o = ownValue(overlay, id);
      return o ? { x: o.x, y: o.y, width: o.width ?? box.width, height: o.height ?? box.height } : box;
    };

    for (const g of layout.zones) {
      const id = g.zone.id;
      const box = boxOf(id, g.rel);
      const findings = subjectFindings(evaluation, id);
      const isSelected = selected.has(id);
      const zoneTiles = tiles && tilesOf(tiles, id);
      const zoneMoving = isMoving(id, g.parentId);
      if (zoneMoving) {
        const own = ownValue(overlay, id);
        const inherited = g.parentId !== undefined ? zoneShift.get(g.parentId) : undefined;
        zoneShift.set(id, own ? { dx: own.x - g.rel.x, dy: own.y - g.rel.y } : (inherited ?? NO_SHIFT));
      }
      nodes.push(
        this.nodes.get(
          id,
          [
            g.zone,
            box.x,
            box.y,
            box.width,
            box.height,
            g.parentId,
            findings,
            isSelected,
            g.depth,
            zoneTiles,
            zoneMoving,
            colourOf(model, id),
          ],
          (): ZoneFlowNode => ({
            id,
            type: 'zone',
            ...(zoneMoving ? { className: MOVING_CLASS } : {}),
            position: { x: box.x, y: box.y },
            width: box.width,
            height: box.height,
            // Known size up front: React Flow keeps handle bounds across node updates.
            measured: { width: box.width, height: box.height },
            ...(g.parentId !== undefined ? { parentId: g.parentId } : {}),
            selected: isSelected,
            ariaLabel: `Zone ${g.zone.name || id}`,
            data: {
              zone: g.zone,
              findings,
              depth: g.depth,
              ...(zoneTiles ? { tiles: zoneTiles } : {}),
              ...withColour(model, id),
            },
          }),
        ),
      );
    }

    for (const g of layout.assets) {
      if (overview) break;
      const id = g.asset.id;
      const isSelected = selected.has(id);
      if (window && !isSelected && !overlaps(g.abs, window)) continue;
      const box = boxOf(id, g.rel);
      const findings = subjectFindings(evaluation, id);
      const assetMoving = isMoving(id, g.asset.zoneId);
      nodes.push(
        this.nodes.get(
          id,
          [g.asset, box.x, box.y, findings, isSelected, assetMoving, colourOf(model, id)],
          (): AssetFlowNode => ({
            id,
            type: 'asset',
            ...(assetMoving ? { className: MOVING_CLASS } : {}),
            position: { x: box.x, y: box.y },
            width: SIZE.assetWidth,
            height: SIZE.assetHeight,
            measured: { width: SIZE.assetWidth, height: SIZE.assetHeight },
            parentId: g.asset.zoneId,
            selected: isSelected,
            connectable: false,
            ariaLabel: `Asset ${g.asset.name || id}`,
            data: { asset: g.asset, findings, ...withColour(model, id) },
          }),
        ),
      );
    }

    const index = indexFor(model);
    // Label spots and junction places depend on the layout only: computed once per model.
    const placements = conduitPlacementsFor(model);
    for (const c of model.conduits) {
      const zones = c.zoneIds.map((zid) => layout.zone.get(zid)).filter((z) => z !== undefined);
      const placement = placements.get(c.id);
      if (zones.length < 2 || !placement) continue;
      const isSelected = selected.has(c.id);
      // Large diagrams: like assets, only conduits whose drawing can reach the window (it lies
      // within the box around their zones). React Flow re-indexes every edge it is given whenever
      // one changes (~4 ms per edit for the 600 conduits of the L plant).
      if (
        window &&
        !isSelected &&
        !c.zoneIds.some((zid) => moving.has(zid)) &&
        !overlaps(union(zones.map((z) => z.abs)), window)
      )
        continue;
      const findings = subjectFindings(evaluation, c.id);
      // Keep the same vector object while its values are unchanged, so the view stays identical.
      let target = conduitEffectiveTarget(c, index);
      const prevTarget = this.targets.get(c.id);
      if (sameVector(prevTarget, target)) target = prevTarget;
      this.targets.set(c.id, target);
      const view = this.views.get(c.id, [c, findings, target, colourOf(model, c.id)], () => ({
        conduit: c,
        findings,
        status: worstStatus(findings),
        target,
        oneWay: isOneWay(c),
        ...withColour(model, c.id),
      }));
      if (placement.kind === 'label') {
        const labelT = placement.t;
        edges.push(
          this.edges.get(c.id, [view, isSelected, labelT], () => ({
            id: c.id,
            type: 'conduit',
            source: c.zoneIds[0]!,
            target: c.zoneIds[1]!,
            selected: isSelected,
            ariaLabel: `Conduit ${c.name || c.id}`,
            data: { ...view, role: 'single', fromSource: false, labelT },
          })),
        );
        continue;
      }
      // Junction near the centre of the zones' centres (absolute; junctions are top-level nodes).
      // While zones of the conduit are dragged, the junction moves by their mean shift (it is
      // placed afresh from the layout once the drag is committed).
      let sx = 0;
      let sy = 0;
      for (const zid of c.zoneIds) {
        const shift = zoneShift.get(zid);
        if (shift) {
          sx += shift.dx / c.zoneIds.length;
          sy += shift.dy / c.zoneIds.length;
        }
      }
      const cx = Math.round(placement.x + sx - JUNCTION_SIZE / 2);
      const cy = Math.round(placement.y + sy - JUNCTION_SIZE / 2);
      const jid = junctionId(c.id);
      nodes.push(
        this.nodes.get(
          jid,
          [view, cx, cy, isSelected],
          (): JunctionFlowNode => ({
            id: jid,
            type: 'junction',
            position: { x: cx, y: cy },
            width: JUNCTION_SIZE,
            height: JUNCTION_SIZE,
            measured: { width: JUNCTION_SIZE, height: JUNCTION_SIZE },
            selected: isSelected,
            draggable: false,
            connectable: false,
            // Selected through its conduit (click handlers), so one conduit is one selection entry.
            selectable: false,
            zIndex: 2,
            ariaLabel: `Conduit ${c.name || c.id}`,
            data: view,
          }),
        ),
      );
      c.zoneIds.forEach((zid, i) => {
        if (!layout.zone.has(zid)) return;
        const eid = legId(c.id, zid);
        edges.push(
          this.edges.get(eid, [view, isSelected, i === 0], () => ({
            id: eid,
            type: 'conduit',
            source: jid,
            target: zid,
            selected: isSelected,
            selectable: false,
            ariaLabel: `Conduit ${c.name || c.id} to ${layout.zone.get(zid)?.zone.name ?? zid}`,
            data: { ...view, role: 'leg', fromSource: i === 0, labelT: 0.5 },
          })),
        );
      });
    }
    this.nodes.sweep();
    this.edges.sweep();
    this.views.sweep();
    return { nodes, edges };
  }
}
