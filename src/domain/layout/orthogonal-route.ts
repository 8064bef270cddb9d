/**
 * Orthogonal connector routing around boxes that stay where the user put them: the conduit runs
 * from one zone's border to another's in horizontal and vertical segments that keep clear of
 * every obstacle box, preferring short routes with few bends.
 *
 * Why our own and not a library: ELK's orthogonal edge routing only exists inside its layered
 * algorithm, which places the nodes itself (the "fixed" algorithm routes nothing), and libavoid-js
 * is a WebAssembly build with an asynchronous start-up and a megabyte of code; both measured in
 * docs/benchmarks.md. This is the sparse orthogonal visibility graph of Wybrow, Marriott and
 * Stuckey (2009) searched with A*: grid lines only where something starts or ends (obstacle
 * edges, the channel midlines between them, the ends' centres), so a route costs milliseconds on a
 * plant. Pure and deterministic: same boxes, same route.
 */
import type { Box } from './geometry';

export interface Point {
  x: number;
  y: number;
}

export interface RouteEnd {
  /** A zone box: the route starts or ends on one of its sides (away from its corners). */
  box?: Box;
  /** A fixed point (a conduit's hub). */
  point?: Point;
}

export interface RouteOptions {
  /** Clearance kept from obstacles and the ends' boxes. */
  clearance?: number;
  /** Cost of one bend, in px of length. */
  bendCost?: number;
  /** Grid steps used by earlier routes cost more, so routes spread over the channels. */
  used?: UsedSteps;
}

/** The grid steps routes have taken so far, to price reuse (keyed by number: this is the hot loop). */
export class UsedSteps {
  private readonly steps = new Map<number, number>();
  add(a: Point, b: Point) {
    const id = stepKey(a.x, a.y, b.x, b.y);
    this.steps.set(id, (this.steps.get(id) ?? 0) + 1);
  }
  count(x1: number, y1: number, x2: number, y2: number): number {
    return this.steps.size === 0 ? 0 : (this.steps.get(stepKey(x1, y1, x2, y2)) ?? 0);
  }
}

/**
 * Weight of the distance-to-go in the search (weighted A*): above 1 the search heads for the goal
 * instead of exploring every equally short detour, several times faster on plant-wide routes, for
 * routes at most this factor longer than the shortest (in practice the same or a bend more).
 */
const GREED = 1.5;

/** Grid size (obstacle-edge lines across × down) up to which channel midlines are added. */
const MIDLINE_LIMIT = 20_000;

const DIRS = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
] as const;

/** Sorted unique values. */
function coords(values: number[]): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > 0.5) out.push(v);
  return out;
}

function lowerBound(list: readonly number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Binary min-heap of (key, state) pairs; ties broken by state so the order never depends on the engine. */
class Heap {
  private keys: number[] = [];
  private states: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, state: number) {
    const k = this.keys;
    const v = this.states;
    let i = k.length;
    k.push(key);
    v.push(state);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  /** Key of the state last popped. */
  poppedKey = 0;
  /** The state with the smallest key (its key in `poppedKey`). */
  pop(): number {
    const k = this.keys;
    const v = this.states;
    const top = v[0]!;
    this.poppedKey = k[0]!;
    const lastK = k.pop()!;
    const lastV = v.pop()!;
    if (k.length) {
      k[0] = lastK;
      v[0] = lastV;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < k.length && this.less(l, m)) m = l;
        if (r < k.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(m, i);
        i = m;
      }
    }
    return top;
  }
  private less(a: number, b: number) {
    const d = this.keys[a]! - this.keys[b]!;
    return d < 0 || (d === 0 && this.states[a]! < this.states[b]!);
  }
  private swap(a: number, b: number) {
    const k = this.keys;
    const v = this.states;
    const tk = k[a]!;
    k[a] = k[b]!;
    k[b] = tk;
    const tv = v[a]!;
    v[a] = v[b]!;
    v[b] = tv;
  }
}

function inflate(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A route from `from` to `to` as a polyline (first point on `from`'s border or its point, last on
 * `to`'s border), or undefined when the obstacles wall every way off. Obstacles far from both ends
 * are ignored at first; the search widens to all of them when that finds nothing.
 */
export function routeOrthogonal(
  from: RouteEnd,
  to: RouteEnd,
  obstacles: readonly Box[],
  options: RouteOptions = {},
): Point[] | undefined {
  const endsBox = unionOf([from, to].map((e) => e.box ?? { ...e.point!, width: 0, height: 0 }));
  for (const margin of [240, Number.POSITIVE_INFINITY]) {
    const region = Number.isFinite(margin) ? inflate(endsBox, margin) : undefined;
    const near = region ? obstacles.filter((o) => intersects(o, region)) : obstacles;
    const route = search(from, to, near, region, options);
    if (route) return route;
    if (!region || near.length === obstacles.length) break;
  }
  return undefined;
}

function unionOf(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const r = Math.max(...boxes.map((b) => b.x + b.width));
  const btm = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: r - x, height: btm - y };
}

function search(
  from: RouteEnd,
  to: RouteEnd,
  obstacleBoxes: readonly Box[],
  region: Box | undefined,
  options: RouteOptions,
): Point[] | undefined {
  const clearance = options.clearance ?? 12;
  const bendCost = options.bendCost ?? 40;
  const used = options.used;
  const padded = obstacleBoxes.map((b) => inflate(b, clearance));
  const endBoxes = [from, to].flatMap((e) => (e.box ? [inflate(e.box, clearance)] : []));
  const walls = [...padded, ...endBoxes];

  const all = region ? region : unionOf([...walls, ...[from, to].map(endBoxOf)]);
  const frame = inflate(all, clearance * 3);
  const xsRaw: number[] = [frame.x, frame.x + frame.width];
  const ysRaw: number[] = [frame.y, frame.y + frame.height];
  for (const w of walls) {
    xsRaw.push(w.x, w.x + w.width);
    ysRaw.push(w.y, w.y + w.height);
  }
  for (const e of [from, to]) {
    const c = centreOf(e);
    xsRaw.push(c.x);
    ysRaw.push(c.y);
  }
  // A straight run where the two ends face each other.
  if (from.box && to.box) {
    const lo = Math.max(from.box.x, to.box.x);
    const hi = Math.min(from.box.x + from.box.width, to.box.x + to.box.width);
    if (hi > lo) xsRaw.push((lo + hi) / 2);
    const top = Math.max(from.box.y, to.box.y);
    const bottom = Math.min(from.box.y + from.box.height, to.box.y + to.box.height);
    if (bottom > top) ysRaw.push((top + bottom) / 2);
  }
  const clip = (v: number, lo: number, hi: number) => v >= lo && v <= hi;
  const edgesX = coords(xsRaw.filter((v) => clip(v, frame.x, frame.x + frame.width)));
  const edgesY = coords(ysRaw.filter((v) => clip(v, frame.y, frame.y + frame.height)));
  // Channel midlines: a route through a gap runs down its middle rather than hugging one side.
  // On plant-wide grids the midlines would quadruple the search; routes then run along clearances.
  const mid = edgesX.length * edgesY.length <= MIDLINE_LIMIT;
  const midlines = (e: number[]) => (mid ? e.slice(1).map((v, i) => (v + e[i]!) / 2) : []);
  const xs = coords([...edgesX, ...midlines(edgesX)]);
  const ys = coords([...edgesY, ...midlines(edgesY)]);
  const nx = xs.length;
  const ny = ys.length;
  const n = nx * ny;
  // blocked node: strictly inside a wall; blockedH[j*nx+i]: step (i,j)→(i+1,j) runs inside one.
  const blockedNode = new Uint8Array(n);
  const blockedH = new Uint8Array(n);
  const blockedV = new Uint8Array(n);
  for (const w of walls) {
    const i0 = lowerBound(xs, w.x);
    const i1 = lowerBound(xs, w.x + w.width + 0.01);
    const j0 = lowerBound(ys, w.y);
    const j1 = lowerBound(ys, w.y + w.height + 0.01);
    for (let j = j0; j < j1; j++) {
      const y = ys[j]!;
      const innerY = y > w.y + 0.01 && y < w.y + w.height - 0.01;
      for (let i = i0; i < i1; i++) {
        const x = xs[i]!;
        const innerX = x > w.x + 0.01 && x < w.x + w.width - 0.01;
        if (innerX && innerY) blockedNode[j * nx + i] = 1;
        if (innerY && i + 1 < i1) blockedH[j * nx + i] = 1;
        if (innerX && j + 1 < j1) blockedV[j * nx + i] = 1;
      }
    }
  }

  const { cost, prev, stamp, generation } = buffers(n * 4);
  // A state's cost counts only when stamped in this search (no clearing of the big arrays).
  const costOf = (t: number) => (stamp[t] === generation ? cost[t]! : Number.POSITIVE_INFINITY);
  const heap = new Heap();
  const goal = to.box ? inflate(to.box, clearance) : undefined;
  const target = to.point;
  const h = (x: number, y: number) => {
    if (target) return Math.abs(x - target.x) + Math.abs(y - target.y);
    const g = goal!;
    const dx = x < g.x ? g.x - x : x > g.x + g.width ? x - g.x - g.width : 0;
    const dy = y < g.y ? g.y - y : y > g.y + g.height ? y - g.y - g.height : 0;
    return dx + dy;
  };

  // Sources: the hub's node, or every node on the padded ring of the start box (not its corners),
  // heading away from the box.
  // Leaving off-centre costs a little, so that of equally good routes the one from the middle of
  // a side wins.
  const start = centreOf(from);
  for (const [node, dir] of portNodes(from, xs, ys, clearance)) {
    const s = node * 4 + dir;
    const x = xs[node % nx]!;
    const y = ys[Math.floor(node / nx)]!;
    stamp[s] = generation;
    prev[s] = -1;
    cost[s] = from.box ? 0.05 * (dir % 2 === 0 ? Math.abs(y - start.y) : Math.abs(x - start.x)) : 0;
    heap.push(cost[s]! + GREED * h(x, y), s);
  }
  const goals = new Map<number, number>();
  for (const [node, dir] of portNodes(to, xs, ys, clearance)) goals.set(node, (dir + 2) % 4);

  let found = -1;
  while (heap.size) {
    const s = heap.pop();
    const popped = heap.poppedKey;
    const node = s >> 2;
    const dir = s & 3;
    const c = cost[s]!;
    // A stale entry: the state was reached more cheaply after this was queued.
    if (popped > c + GREED * h(xs[node % nx]!, ys[Math.floor(node / nx)]!) + 1e-6) continue;
    const arrive = goals.get(node);
    // At a goal the route must enter the end box head-on (or reach the hub from any side).
    if (arrive !== undefined && (to.point || arrive === dir)) {
      found = s;
      break;
    }
    const i = node % nx;
    const j = Math.floor(node / nx);
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const [dx, dy] = DIRS[d]!;
      const ni = i + dx;
      const nj = j + dy;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const next = nj * nx + ni;
      if (blockedNode[next]) continue;
      if (dx !== 0 && blockedH[j * nx + Math.min(i, ni)]) continue;
      if (dy !== 0 && blockedV[Math.min(j, nj) * nx + i]) continue;
      const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const reuse = used ? used.count(xs[i]!, ys[j]!, xs[ni]!, ys[nj]!) : 0;
      const step = length * (1 + reuse * 0.6) + (d === dir ? 0 : bendCost);
      const t = next * 4 + d;
      const nc = c + step;
      if (nc < costOf(t)) {
        stamp[t] = generation;
        cost[t] = nc;
        prev[t] = s;
        heap.push(nc + GREED * h(xs[ni]!, ys[nj]!), t);
      }
    }
  }
  if (found < 0) return undefined;

  const nodes: Point[] = [];
  for (let s = found; s >= 0; s = prev[s]!) {
    const node = s >> 2;
    nodes.push({ x: xs[node % nx]!, y: ys[Math.floor(node / nx)]! });
  }
  nodes.reverse();
  if (used) for (let k = 1; k < nodes.length; k++) used.add(nodes[k - 1]!, nodes[k]!);
  // Stubs from the padded ring back to the real borders.
  const first = from.box ? [onBorder(from.box, nodes[0]!)] : [];
  const last = to.box ? [onBorder(to.box, nodes[nodes.length - 1]!)] : [];
  return simplify([...first, ...nodes, ...last]);
}

/**
 * Search arrays, kept between searches: a plant has hundreds of routes over grids of up to a few
 * hundred thousand nodes, and allocating (and clearing) them per route cost more than the search.
 */
let shared: { cost: Float64Array; prev: Int32Array; stamp: Uint32Array; generation: number } | undefined;
function buffers(size: number) {
  if (!shared || shared.cost.length < size || shared.generation >= 0xfffffff0) {
    const length = Math.max(size, shared ? shared.cost.length : 0);
    shared = {
      cost: new Float64Array(length),
      prev: new Int32Array(length),
      stamp: new Uint32Array(length),
      generation: 0,
    };
  }
  shared.generation++;
  return shared;
}

/**
 * A step between neighbouring grid points as one number: its lower-left end in half pixels (grid
 * coordinates are multiples of 0.5 within ±2^20 px) and whether it runs across or down.
 */
function stepKey(x1: number, y1: number, x2: number, y2: number): number {
  const x = Math.round(Math.min(x1, x2) * 2) + 2 ** 21;
  const y = Math.round(Math.min(y1, y2) * 2) + 2 ** 21;
  return (x * 2 ** 22 + y) * 2 + (y1 === y2 ? 0 : 1);
}

function endBoxOf(e: RouteEnd): Box {
  return e.box ?? { ...e.point!, width: 0, height: 0 };
}

function centreOf(e: RouteEnd): Point {
  const b = endBoxOf(e);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Grid nodes where a route may leave (or reach) an end, with the direction heading away from it. */
function portNodes(
  end: RouteEnd,
  xs: readonly number[],
  ys: readonly number[],
  clearance: number,
): Array<[node: number, dir: number]> {
  const nx = xs.length;
  if (end.point) {
    const i = lowerBound(xs, end.point.x - 0.25);
    const j = lowerBound(ys, end.point.y - 0.25);
    return [0, 1, 2, 3].map((d) => [j * nx + i, d]);
  }
  const b = end.box!;
  const r = inflate(b, clearance);
  // Keep off the rounded corners.
  const inset = Math.min(14, b.width / 4, b.height / 4);
  const out: Array<[number, number]> = [];
  const jTop = lowerBound(ys, r.y - 0.25);
  const jBottom = lowerBound(ys, r.y + r.height - 0.25);
  const iLeft = lowerBound(xs, r.x - 0.25);
  const iRight = lowerBound(xs, r.x + r.width - 0.25);
  for (let i = 0; i < nx; i++) {
    const x = xs[i]!;
    if (x < b.x + inset || x > b.x + b.width - inset) continue;
    out.push([jTop * nx + i, 3], [jBottom * nx + i, 1]);
  }
  for (let j = 0; j < ys.length; j++) {
    const y = ys[j]!;
    if (y < b.y + inset || y > b.y + b.height - inset) continue;
    out.push([j * nx + iLeft, 2], [j * nx + iRight, 0]);
  }
  return out;
}

/** The point on the box's border straight across from `p` on its padded ring. */
function onBorder(b: Box, p: Point): Point {
  if (p.y <= b.y) return { x: p.x, y: b.y };
  if (p.y >= b.y + b.height) return { x: p.x, y: b.y + b.height };
  if (p.x <= b.x) return { x: b.x, y: p.y };
  return { x: b.x + b.width, y: p.y };
}

/** Drops points in the middle of straight runs. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const n = out.length;
    if (n && out[n - 1]!.x === p.x && out[n - 1]!.y === p.y) continue;
    if (n >= 2) {
      const a = out[n - 2]!;
      const b = out[n - 1]!;
      if ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y)) out[n - 1] = p;
      else out.push(p);
    } else out.push(p);
  }
  return out;
}
