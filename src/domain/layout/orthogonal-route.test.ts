import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import { type Point, routeOrthogonal, UsedSteps } from './orthogonal-route';

const crossesInside = (a: Point, b: Point, o: Box) =>
  Math.max(a.x, b.x) > o.x &&
  Math.min(a.x, b.x) < o.x + o.width &&
  Math.max(a.y, b.y) > o.y &&
  Math.min(a.y, b.y) < o.y + o.height;

function expectClear(route: Point[], obstacles: Box[]) {
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    expect(a.x === b.x || a.y === b.y).toBe(true);
    for (const o of obstacles) expect(crossesInside(a, b, o)).toBe(false);
  }
}

describe('routeOrthogonal', () => {
  const left: Box = { x: 0, y: 0, width: 100, height: 100 };
  const right: Box = { x: 400, y: 0, width: 100, height: 100 };

  it('runs straight between boxes that face each other across free space', () => {
    const route = routeOrthogonal({ box: left }, { box: right }, [])!;
    expect(route).toEqual([
      { x: 100, y: 50 },
      { x: 400, y: 50 },
    ]);
  });

  it('goes around a box in the way, in right angles, and starts and ends on the borders', () => {
    const wall: Box = { x: 200, y: -50, width: 100, height: 250 };
    const route = routeOrthogonal({ box: left }, { box: right }, [wall])!;
    expectClear(route, [wall]);
    expect(route.length).toBeGreaterThan(2);
    const first = route[0]!;
    const last = route[route.length - 1]!;
    expect(first.x === 100 || first.y === 0 || first.y === 100).toBe(true);
    expect(last.x === 400 || last.y === 0 || last.y === 100).toBe(true);
  });

  it('routes from a hub point to a box', () => {
    const wall: Box = { x: 150, y: 150, width: 60, height: 60 };
    const route = routeOrthogonal({ point: { x: 180, y: 300 } }, { box: left }, [wall])!;
    expect(route[0]).toEqual({ x: 180, y: 300 });
    expectClear(route, [wall]);
  });

  it('returns undefined when the end is walled in', () => {
    const ring: Box[] = [
      { x: 350, y: -50, width: 200, height: 20 },
      { x: 350, y: 130, width: 200, height: 20 },
      { x: 350, y: -50, width: 20, height: 200 },
      { x: 530, y: -50, width: 20, height: 200 },
    ];
    expect(routeOrthogonal({ box: left }, { box: right }, ring)).toBeUndefined();
  });

  it('is deterministic, and a second route avoids running on the first where it can', () => {
    const wall: Box = { x: 200, y: -50, width: 100, height: 250 };
    const used = new UsedSteps();
    const a = routeOrthogonal({ box: left }, { box: right }, [wall], { used })!;
    const again = routeOrthogonal({ box: left }, { box: right }, [wall])!;
    expect(again).toEqual(a);
    const b = routeOrthogonal({ box: left }, { box: right }, [wall], { used })!;
    expectClear(b, [wall]);
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
  });
});
