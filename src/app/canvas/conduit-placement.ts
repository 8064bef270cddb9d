/**
 * Where every conduit's label (two-zone conduits) or junction (three or more zones) goes, for the
 * whole model at once. The rules are placement.ts's; this module makes them cheap enough for plant
 * scale:
 *
 * - computed once per model, not on every view derivation: a drag or a selection change re-derives
 *   the view every frame, and placement only depends on the layout (labels keep their fraction
 *   along the line while zones are dragged); an edit that leaves the conduits and every zone box
 *   as they were keeps the placements too;
 * - obstacle tests go through grid indexes (zone boxes, labels placed so far) instead of scanning
 *   every zone and label for every candidate spot, which made placement quadratic (about 600
 *   conduits × 800 boxes × up to 18 spots on the 5,000-asset plant).
 *
 * Results are identical to running placement.ts's functions over full obstacle lists in model
 * order (conduit-placement.test.ts checks this).
 */
import { BoxGrid } from '../../domain/layout/box-grid';
import type { Model } from '../../domain/model/schema';
import { floatingSegment } from './edges/floating';
import type { Box, ViewLayout } from './geometry';
import { FRACTIONS, HIT_MARGIN, labelBox, labelSize } from './placement';

/** The junction's dot size (view-model.ts draws it at this size). */
export const JUNCTION_DOT = 18;

export type ConduitPlacement =
  | { kind: 'label'; t: number }
  /** Centre of the junction dot. */
  | { kind: 'junction'; x: number; y: number };

interface ZoneEntry extends Box {
  id: string;
}

/** The zone and its ancestors (as placement.ts walks them). */
function withAncestors(layout: ViewLayout, zoneId: string): string[] {
  const ids: string[] = [];
  for (
    let id: string | undefined = zoneId;
    id !== undefined && !ids.includes(id);
    id = layout.zone.get(id)?.parentId
  )
    ids.push(id);
  return ids;
}

/** placement.ts's overlap test: boxes closer than the margin count as touching. */
function touches(box: Box, o: Box): boolean {
  return (
    box.x < o.x + o.width + HIT_MARGIN &&
    o.x - HIT_MARGIN < box.x + box.width &&
    box.y < o.y + o.height + HIT_MARGIN &&
    o.y - HIT_MARGIN < box.y + box.height
  );
}

/** The query box grown by the margin (and a pixel against rounding): a superset for the grid. */
function reach(box: Box): Box {
  const m = HIT_MARGIN + 1;
  return { x: box.x - m, y: box.y - m, width: box.width + 2 * m, height: box.height + 2 * m };
}

class Obstacles {
  private readonly zones = new BoxGrid<ZoneEntry>(512);
  private readonly assets = new BoxGrid<Box>(256);
  private readonly labels = new BoxGrid<Box>(256);

  constructor(layout: ViewLayout) {
    for (const z of layout.zones) this.zones.add({ ...z.abs, id: z.zone.id });
    for (const a of layout.assets) this.assets.add(a.abs);
  }

  /** Overlaps a zone box (other than those `skip` says to ignore), a placed label or, when asked, an asset card. */
  hits(box: Box, skip: (zoneId: string) => boolean, withAssets: boolean): boolean {
    const area = reach(box);
    for (const i of this.zones.near(area)) {
      const z = this.zones.items[i]!;
      if (!skip(z.id) && touches(box, z)) return true;
    }
    for (const i of this.labels.near(area)) if (touches(box, this.labels.items[i]!)) return true;
    if (withAssets)
      for (const i of this.assets.near(area)) if (touches(box, this.assets.items[i]!)) return true;
    return false;
  }

  place(label: Box): void {
    this.labels.add(label);
  }
}

export function computeConduitPlacements(model: Model, layout: ViewLayout): Map<string, ConduitPlacement> {
  const out = new Map<string, ConduitPlacement>();
  const obstacles = new Obstacles(layout);
  for (const c of model.conduits) {
    const zones = c.zoneIds.map((zid) => layout.zone.get(zid)).filter((z) => z !== undefined);
    if (zones.length < 2) continue;
    const label = labelSize(c.name || c.id);
    if (zones.length === 2) {
      const a = zones[0]!.abs;
      const b = zones[1]!.abs;
      const own = new Set(c.zoneIds);
      const crossed = new Set(c.zoneIds.flatMap((z) => withAncestors(layout, z)));
      const s = floatingSegment(a, b);
      let t = 0.5;
      // First a spot clear of every zone but its own, else one clear of zones it need not cross;
      // both clear of asset cards (a label on a card hides its name and finding badge) before
      // the last resort that allows them.
      const tiers = [
        [own, true],
        [crossed, true],
        [crossed, false],
      ] as const;
      search: for (const [skip, withAssets] of tiers)
        for (const f of FRACTIONS) {
          const x = s.sx + (s.tx - s.sx) * f;
          const y = s.sy + (s.ty - s.sy) * f;
          const box = { x: x - label.width / 2, y: y - label.height / 2, ...label };
          if (!obstacles.hits(box, (id) => skip.has(id), withAssets)) {
            t = f;
            break search;
          }
        }
      obstacles.place(labelBox(a, b, t, label));
      out.set(c.id, { kind: 'label', t });
      continue;
    }
    const centres = zones.map((z) => ({ x: z.abs.x + z.abs.width / 2, y: z.abs.y + z.abs.height / 2 }));
    const centre = {
      x: centres.reduce((sum, p) => sum + p.x, 0) / centres.length,
      y: centres.reduce((sum, p) => sum + p.y, 0) / centres.length,
    };
    // A junction may sit inside the zones that hold all of its zones, nowhere else.
    const [first, ...rest] = c.zoneIds.map((z) => new Set(withAncestors(layout, z).slice(1)));
    const shared = new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id))));
    const place = junctionSpot(centre, label, (box) => obstacles.hits(box, (id) => shared.has(id), true));
    obstacles.place({
      x: place.x - label.width / 2,
      y: place.y - JUNCTION_DOT / 2,
      width: label.width,
      height: JUNCTION_DOT + 4 + label.height,
    });
    out.set(c.id, { kind: 'junction', x: place.x, y: place.y });
  }
  return out;
}

/** placement.ts's junctionPlace with the obstacle test passed in. */
function junctionSpot(
  centre: { x: number; y: number },
  label: { width: number; height: number },
  blocked: (box: Box) => boolean,
): { x: number; y: number } {
  const dot = JUNCTION_DOT;
  const footprint = (p: { x: number; y: number }): Box => ({
    x: p.x - Math.max(dot, label.width) / 2,
    y: p.y - dot / 2,
    width: Math.max(dot, label.width),
    height: dot + 4 + label.height,
  });
  if (!blocked(footprint(centre))) return centre;
  for (let r = 20; r <= 600; r += 20) {
    const steps = Math.max(8, Math.round(r / 10));
    for (let i = 0; i < steps; i++) {
      const angle = (i / steps) * 2 * Math.PI - Math.PI / 2;
      const p = { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
      if (!blocked(footprint(p))) return { x: Math.round(p.x), y: Math.round(p.y) };
    }
  }
  return centre;
}

/** Same zones, parents and boxes: placements made for one layout hold for the other. */
export function sameZoneGeometry(a: ViewLayout, b: ViewLayout): boolean {
  if (a === b) return true;
  if (a.zones.length !== b.zones.length) return false;
  for (let i = 0; i < a.zones.length; i++) {
    const x = a.zones[i]!;
    const y = b.zones[i]!;
    if (
      x.zone.id !== y.zone.id ||
      x.parentId !== y.parentId ||
      x.abs.x !== y.abs.x ||
      x.abs.y !== y.abs.y ||
      x.abs.width !== y.abs.width ||
      x.abs.height !== y.abs.height
    )
      return false;
  }
  return true;
}
